"""The compare window says which side is last year's and which the new one."""

from __future__ import annotations

import datetime as dt
import re

from ametieditor.formats import xml_format
from ametieditor.model.revision import new_revision
from tests.conftest import DATA

NATIVE_001 = DATA / "001_peaspetsialist_lastemaja.ametijuhend"


def test_compare_with_the_previous_revision_names_both_sides(qtbot, window, dialogs) -> None:
    dialogs.open_name = str(NATIVE_001)
    window.menu_bar.open_action.trigger()
    window.revisions.new_revision_action.trigger()
    window.revisions.compare_previous_action.trigger()
    dialog = window.revisions.compare_dialog
    view = dialog.view
    old_line, new_line = view.sides_label.text().split("<br>")
    assert old_line.startswith(f"Varasem: <b>{NATIVE_001.name}</b> — redaktsioon 1, "
                               "kinnitatud 11.06.2023")
    assert new_line.startswith("Uus: <b>001_peaspetsialist_lastemaja (redaktsioon 2)</b> — "
                               "redaktsioon 2, salvestatud ")
    today = dt.date.today().strftime("%d.%m.%Y")
    assert re.search(rf"salvestatud {re.escape(today)} \d\d:\d\d$", new_line)
    assert view.sides_label.isVisible()
    # The side-by-side table heads each column with the same, and the window's title.
    html = view.to_html()
    assert "redaktsioon 1, kinnitatud 11.06.2023" in html
    assert "redaktsioon 2, salvestatud" in html
    assert dialog.windowTitle() == (f"Redaktsioonide võrdlus: {NATIVE_001.name} → "
                                    "001_peaspetsialist_lastemaja (redaktsioon 2)")


def test_compare_with_a_file_shows_that_files_details(qtbot, window, dialogs, tmp_path) -> None:
    last_year = tmp_path / "2025.ametijuhend"
    old = xml_format.read(NATIVE_001)
    revision = new_revision(old, dt.datetime(2025, 11, 20, 10, 15))
    xml_format.write(revision, last_year)
    dialogs.open_name = str(NATIVE_001)
    window.menu_bar.open_action.trigger()
    dialogs.open_name = str(last_year)
    window.revisions.compare_action.trigger()
    old_line, new_line = window.revisions.compare_dialog.view.sides_label.text().split("<br>")
    assert old_line == ("Varasem: <b>2025.ametijuhend</b> — redaktsioon 2, "
                        "salvestatud 20.11.2025 10:15")
    assert new_line == (f"Uus: <b>{NATIVE_001.name}</b> — kinnitatud 11.06.2023")
