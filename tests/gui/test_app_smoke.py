from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ametieditor.gui.app import create_window
from tests.conftest import DATA


def test_window_opens_a_file(qtbot, own) -> None:
    window = create_window(DATA / "legacy" / "v0_draft.expected.ametijuhend")
    own(window)
    window.show()
    assert "Koordinaator" in window.windowTitle()
    texts = [window.navigator.item(row).text() for row in range(window.navigator.count())]
    assert "3. Ülesanded ja tulemused" in texts
    assert window.panes["duties"].ui.headingLabel.text() == "3. TEENISTUSÜLESANDED"
    assert QCoreApplication.applicationName() == "Ametieditor"
    assert QCoreApplication.organizationName() == "Ametieditor"
    from PySide6.QtCore import QSettings

    settings_file = Path(QSettings().fileName())
    assert settings_file.parts[-2:] == ("Ametieditor", "Ametieditor.conf")


def test_the_first_window_does_not_load_python_docx() -> None:
    import os
    import subprocess
    import sys

    from tests.conftest import REPO, SAMPLE_FILES

    code = ("import sys; from PySide6.QtWidgets import QApplication; app = QApplication([]); "
            "from ametieditor.gui.app import create_window; "
            f"window = create_window(__import__('pathlib').Path({str(SAMPLE_FILES[0])!r})); "
            "window.show(); app.processEvents(); "
            "print(sorted(m for m in sys.modules if m == 'docx' or m.startswith('docx.')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=REPO, check=True,
                            env=dict(os.environ, PYTHONPATH=str(REPO),
                                     QT_QPA_PLATFORM="offscreen"))
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_panes_are_made_when_first_shown(qtbot, window) -> None:
    assert set(window.panes) == {"general"}
    window.navigator.setCurrentRow(2)
    assert window.stack.currentWidget() is window.panes["duties"]
    assert window.panes["duties"].ui.headingLabel.text() == "3. TEENISTUSKOHUSTUSED"
    window.menus["edit"].aboutToShow.emit()
    texts = [action.text() for action in window.menu_bar.duty_menu.actions()]
    assert "Lisa rida &allapoole" in texts


def test_undo_history_lists_one_step_per_field(qtbot, window) -> None:
    from tests.gui.helpers import click, type_text

    edit = window.panes["general"].ui.titleEdit
    click(qtbot, edit)
    type_text(qtbot, edit, "Jurist")
    unit = window.panes["general"].ui.unitEdit
    click(qtbot, unit)
    type_text(qtbot, unit, "Õigus")
    window.undo_dock.toggleViewAction().trigger()
    assert window.undo_dock.isVisible()
    model = window.undo_view.model()
    texts = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
    assert texts == ["<algne>", "Muuda: Ametinimetus", "Muuda: Struktuuriüksus"]
    window.undo_view.setCurrentIndex(model.index(1, 0))  # click back in history
    assert window.session.document.general.unit == ""
    assert unit.text() == ""
    assert window.session.document.general.title == "Jurist"


def test_features_come_just_after_the_first_paint(qtbot, own) -> None:
    """The window with its file paints first; revisions, wording, spelling… follow."""
    from PySide6.QtCore import QEvent, QObject

    from ametieditor.storage.lock import lock_path
    from tests.conftest import SAMPLE_FILES

    window = create_window(SAMPLE_FILES[0])
    own(window)
    from ametieditor.gui.revisions import Revisions
    from ametieditor.gui.wording_actions import WordingActions

    assert not window.features_ready and window.features.find(Revisions) is None
    assert lock_path(SAMPLE_FILES[0]).exists()  # locks are there before the first file

    class PaintOrder(QObject):
        features_at_first_paint: bool | None = None

        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint and self.features_at_first_paint is None:
                self.features_at_first_paint = window.features_ready
            return False

    order = PaintOrder(window)
    window.installEventFilter(order)
    later: list[bool] = []
    window.when_started(
        lambda: later.append(window.features.find(WordingActions) is not None))
    window.show()
    qtbot.waitUntil(lambda: window.features_ready)
    assert order.features_at_first_paint is False
    assert later == [True]  # run once the features are in
    window.when_started(lambda: later.append(False))  # already in: at once
    assert later == [True, False]
    names = [action.objectName() for action in window.menus["file"].actions()]
    assert "newRevision" in names and "compareWithFile" in names
    assert window.spelling is not None and window.folder_check is not None
    # The pane made before the features came gets them too: its fields are spell-checked
    # (the speller itself starts a little later).
    from ametieditor.gui.spell_highlighter import SpellMenu

    title_edit = window.panes["general"].ui.titleEdit
    qtbot.waitUntil(lambda: bool(title_edit.findChildren(SpellMenu)), timeout=5000)
    window.session.undo_stack.setClean()


def test_a_foreign_file_from_the_command_line_gets_its_import_report(qtbot, own) -> None:
    from tests.conftest import SAMPLES

    sample = sorted(SAMPLES.glob("*.txt"))[0]
    window = create_window(sample)
    own(window)
    assert window.features_ready  # installed before opening: the report needs them
    assert window.import_docks.report is not None
    assert window.import_docks.report_source == sample.name
    window.session.undo_stack.setClean()


def test_ctrl_y_and_ctrl_shift_z_both_redo(qtbot, window) -> None:
    """Each key once on the Redo action: a key bound twice is ambiguous and does nothing."""
    from PySide6.QtCore import Qt

    from tests.gui.helpers import click, type_text

    keys = [sequence.toString() for sequence in window.menu_bar.redo_action.shortcuts()]
    assert len(keys) == len(set(keys)) and {"Ctrl+Y", "Ctrl+Shift+Z"} <= set(keys)
    edit = window.panes["general"].ui.titleEdit
    click(qtbot, edit)
    type_text(qtbot, edit, "Jurist")
    control = Qt.KeyboardModifier.ControlModifier
    for redo in (control, control | Qt.KeyboardModifier.ShiftModifier):
        qtbot.keyClick(edit, Qt.Key.Key_Z, control)
        assert window.session.document.general.title == ""
        key = Qt.Key.Key_Y if redo == control else Qt.Key.Key_Z
        qtbot.keyClick(edit, key, redo)
        assert window.session.document.general.title == "Jurist"
        assert edit.text() == "Jurist"
