"""The named-item lists (requirements, competencies, additional competencies).

The drag moves a real mouse under Xvfb (tests/gui/x11_drag.py): offscreen Qt,
where the other tests run, has no drag and drop at all.
"""

from __future__ import annotations

from tests.gui.x11_drag import run_scenario


def test_dragging_an_item_with_the_mouse_moves_it_and_undoes_in_one_step() -> None:
    steps = run_scenario("requirements")
    assert steps["start"]["labels"] == ["Haridus", "Keeleoskus", "Arvutioskus"]

    # "Haridus" dragged onto the lower edge of the third item: it lands after it.
    moved = steps["first_below_third"]
    assert moved["during_drag"]["indicator"][-1:] == [["BelowItem", 2]]
    assert moved["labels"] == ["Keeleoskus", "Arvutioskus", "Haridus"]  # in the document
    assert moved["shown"] == moved["labels"]  # and in the list
    assert moved["current_row"] == 2  # the editors follow the dragged item
    assert (moved["name_field"], moved["text_field"]) == ("Haridus", "Kõrgharidus.")
    assert moved["undo_steps"] == 1

    undone = steps["undo_once"]  # one Ctrl+Z
    assert undone["labels"] == ["Haridus", "Keeleoskus", "Arvutioskus"]
    assert undone["shown"] == undone["labels"]
    assert undone["undo_steps"] == 0
    assert undone["current_row"] == 0  # the selection goes back with the item
    assert undone["name_field"] == "Haridus"
