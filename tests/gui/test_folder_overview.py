"""Fail › Kausta ülevaade… and Seaded › Ülevaatuse intervall…, driven in the window."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QPushButton

from ametieditor.formats import registry
from ametieditor.gui.folder_overview import FolderOverview, OverviewWindow
from ametieditor.gui.overview_table import OVERDUE
from ametieditor.model.document import Approval, Meta
from ametieditor.model.folder_overview import COLUMNS
from tests.conftest import DATA
from tests.gui.conftest import when_modal
from tests.gui.helpers import click, type_text

KEYS = [column.key for column in COLUMNS]
#: file name -> (sample, title, unit, approval date, decree, revision)
POSTS = {
    "oigus.ametijuhend": ("001", "Õigusnõunik", "Õigusosakond", "2024-01-31", "12", 3),
    "koordinaator.ametijuhend": ("002", "Koordinaator", "Arendusosakond", "2022-05-10", "7", 10),
    "nounik.ametijuhend": ("003", "Nõunik", "Arendusosakond", "", "", 2),
    "alam/analyytik.ametijuhend": ("001", "Analüütik", "Õigusosakond", "2025-12-01", "40", 1),
}


def _sample(number: str) -> Path:
    return next(DATA.glob(f"{number}_*.ametijuhend"))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Four job descriptions (one in a subfolder) and one damaged file."""
    root = tmp_path / "osakond"
    for name, (sample, title, unit, date, decree, revision) in POSTS.items():
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        document = registry.load(_sample(sample)).document
        document.general.title, document.general.unit = title, unit
        document.approval = Approval("Peadirektori", date, decree) if date else None
        document.meta = Meta(revision=revision)
        registry.save(document, target)
    damaged = root / "katki.ametijuhend"
    shutil.copy(_sample("001"), damaged)
    damaged.write_bytes(damaged.read_bytes()[:300])
    return root


def _choose(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *args, **kwargs: str(folder)))


def _open_overview(qtbot, window, monkeypatch, folder: Path) -> OverviewWindow:
    _choose(monkeypatch, folder)
    feature = window.features.get(FolderOverview)
    feature.action.trigger()  # read in a worker thread: the window comes when done
    qtbot.waitUntil(lambda: feature.view is not None and feature.view.isVisible(),
                    timeout=20000)
    assert feature.view is not None
    return feature.view


def _column(view: OverviewWindow, key: str) -> list[str]:
    column = KEYS.index(key)
    proxy = view.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def _click_header(qtbot, view: OverviewWindow, key: str) -> None:
    header = view.table.horizontalHeader()
    column = KEYS.index(key)
    view.table.scrollTo(view.proxy.index(0, column))
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    assert 0 <= x < header.viewport().width()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


def _cell_pos(view: OverviewWindow, row: int) -> QPoint:
    return view.table.visualRect(view.proxy.index(row, 1)).center()


def test_the_overview_lists_every_post_and_the_unreadable_file(qtbot, window, monkeypatch,
                                                               folder) -> None:
    view = _open_overview(qtbot, window, monkeypatch, folder)
    assert [header for header in (view.model.headerData(c, Qt.Orientation.Horizontal)
                                  for c in range(len(COLUMNS)))] == \
        [column.estonian for column in COLUMNS]
    assert _column(view, "file") == ["alam/analyytik.ametijuhend", "koordinaator.ametijuhend",
                                     "nounik.ametijuhend", "oigus.ametijuhend"]
    row = _column(view, "file").index("oigus.ametijuhend")
    cells = [view.proxy.index(row, column).data() for column in range(len(COLUMNS))]
    assert cells[1:8] == ["Õigusnõunik", "Õigusosakond", "Juhtivspetsialist (lastemaja)",
                          "31.01.2024", "12", "3", ""]  # no review interval set yet
    assert int(cells[8]) == len(view.model.rows[view.proxy.mapToSource(
        view.proxy.index(row, 0)).row()].problems)
    # The damaged file is listed with its reason, and counted in the status line.
    assert view.unreadable.count() == 1
    assert "katki.ametijuhend" in view.unreadable.item(0).text()
    assert not view.unreadable.isHidden()
    status = view.status.text()
    assert status.startswith("4 ametijuhendit, ")
    assert "1 faili ei saanud lugeda" in status
    # Rows with problems show them: the count, the tooltip and the details pane.
    with_problems = [r for r in range(view.proxy.rowCount())
                     if int(view.proxy.index(r, KEYS.index("problem_count")).data()) > 0]
    assert with_problems, "the samples without approval have problems"
    r = with_problems[0]
    source_row = view.model.rows[view.proxy.mapToSource(view.proxy.index(r, 0)).row()]
    assert source_row.problems[0] in view.proxy.index(r, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert view.proxy.index(r, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=_cell_pos(view, r))
    assert source_row.problems[0] in view.details.toPlainText()


def test_sorting_compares_dates_and_numbers(qtbot, window, monkeypatch, folder) -> None:
    view = _open_overview(qtbot, window, monkeypatch, folder)
    _click_header(qtbot, view, "revision")
    assert _column(view, "revision") == ["1", "2", "3", "10"]  # as text "10" would come first
    _click_header(qtbot, view, "revision")
    assert _column(view, "revision") == ["10", "3", "2", "1"]
    _click_header(qtbot, view, "approved")
    assert _column(view, "approved") == ["10.05.2022", "31.01.2024", "01.12.2025", ""]
    _click_header(qtbot, view, "approved")  # descending: the empty date stays last
    assert _column(view, "approved") == ["01.12.2025", "31.01.2024", "10.05.2022", ""]
    _click_header(qtbot, view, "problem_count")
    counts = [int(count) for count in _column(view, "problem_count")]
    assert counts == sorted(counts)


def _set_interval(qtbot, window, months: int) -> None:
    def answer(dialog) -> None:
        dialog.spin.setValue(months)
        ok = next(b for b in dialog.findChildren(QPushButton) if b.text() == "OK")
        click(qtbot, ok)

    when_modal(answer)
    window.features.get(FolderOverview).interval_action.trigger()


def test_review_interval_fills_the_review_column_and_sorts_by_it(qtbot, window, monkeypatch,
                                                                  folder) -> None:
    from ametieditor.storage.folder_settings import review_months

    view = _open_overview(qtbot, window, monkeypatch, folder)
    calls = []
    monkeypatch.setattr(registry, "load_or_error",
                        lambda path: calls.append(path))  # nothing may be read again
    _set_interval(qtbot, window, 24)
    assert review_months() == 24
    _click_header(qtbot, view, "review_due")
    assert _column(view, "review_due") == ["10.05.2024", "31.01.2026", "01.12.2027", ""]
    assert _column(view, "title") == ["Koordinaator", "Õigusnõunik", "Analüütik", "Nõunik"]
    # Passed review dates (today is 23.11.2026 in the tests) stand out.
    column = KEYS.index("review_due")
    colours = [view.proxy.index(row, column).data(Qt.ItemDataRole.ForegroundRole)
               for row in range(3)]
    assert [brush is not None and brush.color() == OVERDUE for brush in colours] == \
        [True, True, False]
    _click_header(qtbot, view, "review_due")
    assert _column(view, "review_due") == ["01.12.2027", "31.01.2026", "10.05.2024", ""]
    _set_interval(qtbot, window, 0)  # "pole määratud"
    assert review_months() is None
    assert _column(view, "review_due") == ["", "", "", ""]
    assert calls == []


def _type(qtbot, view: OverviewWindow, text: str) -> None:
    view.filter_edit.clear()
    type_text(qtbot, view.filter_edit, text)


def test_the_filter_ignores_case_and_diacritics(qtbot, window, monkeypatch, folder) -> None:
    view = _open_overview(qtbot, window, monkeypatch, folder)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.filter_edit.hasFocus()
    _type(qtbot, view, "Õigusnõu")
    assert _column(view, "file") == ["oigus.ametijuhend"]
    _type(qtbot, view, "OIGUSNOU")
    assert _column(view, "file") == ["oigus.ametijuhend"]
    _type(qtbot, view, "arendus")
    assert _column(view, "file") == ["koordinaator.ametijuhend", "nounik.ametijuhend"]
    assert "näidatud 2" in view.status.text()
    _type(qtbot, view, "arendus nõunik")
    assert _column(view, "file") == ["nounik.ametijuhend"]
    _type(qtbot, view, "31.01.2024")  # dates as shown
    assert _column(view, "file") == ["oigus.ametijuhend"]
    view.filter_edit.clear()
    assert len(_column(view, "file")) == 4


def test_double_click_and_enter_open_the_file(qtbot, window, monkeypatch, folder) -> None:
    view = _open_overview(qtbot, window, monkeypatch, folder)
    row = _column(view, "file").index("koordinaator.ametijuhend")
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=_cell_pos(view, row))
    assert window.files.path is None  # one click selects, it does not open
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton,
                      pos=_cell_pos(view, row))
    assert window.files.path == folder / "koordinaator.ametijuhend"
    assert window.session.document.general.title == "Koordinaator"
    row = _column(view, "file").index("nounik.ametijuhend")
    view.table.setCurrentIndex(view.proxy.index(row, 1))
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert window.files.path == folder / "nounik.ametijuhend"
    assert view.isVisible()  # Enter opened the file, it did not close the overview


def test_export_writes_the_rows_shown_in_order(qtbot, window, dialogs, monkeypatch, folder,
                                               tmp_path) -> None:
    view = _open_overview(qtbot, window, monkeypatch, folder)
    _type(qtbot, view, "arendus")
    _click_header(qtbot, view, "revision")
    _click_header(qtbot, view, "revision")  # descending: 10 (Koordinaator), then 2
    target = tmp_path / "ülevaade"
    dialogs.save_names = [str(target)]
    click(qtbot, view.export_button)
    data = (tmp_path / "ülevaade.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8-sig").split("\r\n")
    assert lines[0] == ";".join(column.estonian for column in COLUMNS)
    assert [line.split(";")[:2] for line in lines[1:3]] == [
        ["koordinaator.ametijuhend", "Koordinaator"], ["nounik.ametijuhend", "Nõunik"]]
    assert lines[3:] == [""]
    assert "critical" not in dialogs.kinds()


def test_a_failed_export_names_the_file(qtbot, window, dialogs, monkeypatch, folder,
                                        tmp_path) -> None:
    view = _open_overview(qtbot, window, monkeypatch, folder)
    target = tmp_path / "puudub" / "ülevaade.csv"
    dialogs.save_names = [str(target)]
    click(qtbot, view.export_button)
    [message] = dialogs.texts("critical")
    assert str(target) in message
    assert not target.exists()


def test_refresh_reads_changes(qtbot, window, monkeypatch, folder) -> None:
    view = _open_overview(qtbot, window, monkeypatch, folder)
    document = registry.load(folder / "nounik.ametijuhend").document
    document.general.title = "Vanemnõunik"
    registry.save(document, folder / "nounik.ametijuhend")
    (folder / "katki.ametijuhend").unlink()
    click(qtbot, view.refresh_button)
    qtbot.waitUntil(lambda: "Vanemnõunik" in _column(view, "title"), timeout=20000)
    assert view.unreadable.count() == 0 and view.unreadable.isHidden()
    assert "0 faili ei saanud lugeda" in view.status.text()
    document.general.title = "Juhtivnõunik"
    registry.save(document, folder / "nounik.ametijuhend")
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: "Juhtivnõunik" in _column(view, "title"), timeout=20000)


def test_katkesta_stops_without_a_partial_table(qtbot, window, monkeypatch, folder) -> None:
    started, released = threading.Event(), threading.Event()
    load = registry.load_or_error

    def slow(path: Path):
        started.set()
        released.wait(20)
        return load(path)

    monkeypatch.setattr(registry, "load_or_error", slow)
    _choose(monkeypatch, folder)
    feature = window.features.get(FolderOverview)
    feature.action.trigger()
    job = feature.job
    assert job is not None
    qtbot.waitUntil(lambda: started.is_set() and job.dialog.isVisible(), timeout=20000)
    assert "Loen faile" in job.dialog.labelText()
    [cancel] = [b for b in job.dialog.findChildren(QPushButton) if b.text() == "Katkesta"]
    with qtbot.waitSignal(job.cancelled, timeout=20000):
        click(qtbot, cancel)
        released.set()
    assert not job.running
    assert feature.view is None  # no table at all, not a partial one
    # The next reading works as usual.
    monkeypatch.setattr(registry, "load_or_error", load)
    feature.action.trigger()
    qtbot.waitUntil(lambda: feature.view is not None and feature.view.isVisible(),
                    timeout=20000)
    assert len(_column(feature.view, "file")) == 4


def test_folder_check_gets_its_results_through_the_same_worker(qtbot, window, monkeypatch,
                                                               folder) -> None:
    _choose(monkeypatch, folder)
    check = window.folder_check
    check.action.trigger()
    job = check.job
    assert job is not None and job.running  # off the GUI thread: not done yet
    with qtbot.waitSignal(job.finished_reading, timeout=20000):
        pass
    results = check.results
    assert results is not None and check.dock is not None and check.dock.isVisible()
    texts = [results.item(row).text() for row in range(results.count())]
    assert any("katki.ametijuhend" in text for text in texts), texts
    assert check.dock.windowTitle().startswith("Kausta kontroll (")


def test_stopping_during_the_comparison_gives_no_result(folder) -> None:
    from ametieditor.gui.folder_reading import read_and_compare

    steps: list[tuple[str, int, int]] = []
    result = read_and_compare(folder, reading=lambda d, t: steps.append(("read", d, t)),
                              comparing=lambda d, t: steps.append(("compare", d, t)),
                              stopped=lambda: any(step[0] == "compare" for step in steps))
    assert result is None
    assert ("read", 5, 5) in steps  # every file was read (the damaged one too)
    assert any(step[0] == "compare" for step in steps)  # stopped in the comparison
    done = read_and_compare(folder, reading=lambda d, t: None, comparing=lambda d, t: None,
                            stopped=lambda: False)
    assert done is not None
    assert len(done.summaries) == 4 and len(done.errors) == 1


def test_text_sorts_in_the_estonian_alphabet() -> None:
    from ametieditor.gui.overview_table import sort_key
    from ametieditor.model.folder_overview import OverviewRow

    titles = ["Tõlk", "Šoför", "Zooloog", "Žürii liige", "Ülem", "Õpetaja", "sekretär",
              "Ärijuht", "Öövalvur", "Vanemjurist", "Jurist 10", "Jurist 9"]
    rows = [OverviewRow(title, title, title, "", "", None, "", "", None, None, ())
            for title in titles]
    ordered = sorted(rows, key=lambda row: sort_key(row, "title"))
    assert [row.title for row in ordered] == [
        "Jurist 9", "Jurist 10", "sekretär", "Šoför", "Zooloog", "Žürii liige", "Tõlk",
        "Vanemjurist", "Õpetaja", "Ärijuht", "Öövalvur", "Ülem"]


def test_the_selection_follows_its_row_through_a_sort_and_refresh_keeps_the_order(
        qtbot, window, monkeypatch, folder) -> None:
    """The model sorts its own rows (not the proxy, pair by pair): the selected post stays
    selected, equal keys keep their order, and re-read rows come in the chosen order."""
    view = _open_overview(qtbot, window, monkeypatch, folder)
    row = _column(view, "file").index("nounik.ametijuhend")
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=_cell_pos(view, row))
    for order in (["1", "2", "3", "10"], ["10", "3", "2", "1"]):  # the post moves up, back
        _click_header(qtbot, view, "revision")
        assert _column(view, "revision") == order
        selected = view.table.selectionModel().selectedRows()
        assert [index.data() for index in selected] == ["nounik.ametijuhend"]
        assert view.table.currentIndex().row() == \
            _column(view, "file").index("nounik.ametijuhend")
    _click_header(qtbot, view, "unit")  # two posts each in two units: ties keep the order
    assert _column(view, "unit") == ["Arendusosakond", "Arendusosakond",
                                     "Õigusosakond", "Õigusosakond"]
    assert _column(view, "revision") == ["10", "2", "3", "1"]  # by revision within a unit
    view.proxy.set_filter_text("osakond")
    click(qtbot, view.refresh_button)
    qtbot.waitUntil(lambda: view.status.text().startswith("4 ametijuhendit"), timeout=20000)
    qtbot.wait(50)
    assert _column(view, "unit") == ["Arendusosakond", "Arendusosakond",
                                     "Õigusosakond", "Õigusosakond"]


def test_sorting_in_the_model_puts_empty_cells_last_and_keeps_ties_in_order(qtbot) -> None:
    import datetime as dt

    from ametieditor.gui.overview_table import OverviewModel, OverviewProxy
    from ametieditor.model.folder_overview import OverviewRow

    def row(name: str, revision: int | None) -> OverviewRow:
        return OverviewRow(source=name, shown_path=name, title="", unit="", manager="",
                           approved=None, approval_text="", decree="", revision=revision,
                           review_due=None, problems=())

    model, proxy = OverviewModel(), OverviewProxy()
    proxy.setSourceModel(model)
    model.set_rows([row("a", 2), row("b", None), row("c", 1), row("d", 2), row("e", 1)],
                   dt.date(2026, 12, 4))
    column = KEYS.index("revision")
    names = lambda: [proxy.index(r, 0).data() for r in range(proxy.rowCount())]  # noqa: E731
    proxy.sort(column, Qt.SortOrder.AscendingOrder)
    assert names() == ["c", "e", "a", "d", "b"]
    proxy.sort(column, Qt.SortOrder.DescendingOrder)
    assert names() == ["a", "d", "c", "e", "b"]  # equal revisions keep their order
    model.set_rows([row("x", 1), row("y", 3), row("z", None)], dt.date(2026, 12, 4))
    assert names() == ["y", "x", "z"]  # new rows in the order last chosen
