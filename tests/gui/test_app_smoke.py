from ametieditor.gui.app import create_window
from tests.conftest import DATA


def test_window_opens_a_file(qtbot) -> None:
    window = create_window(DATA / "legacy" / "v0_draft.expected.ametijuhend")
    qtbot.addWidget(window)
    window.show()
    assert "Koordinaator" in window.windowTitle()
    text = window.findChild(object, "outline").toPlainText()
    assert "3. TEENISTUSÜLESANDED" in text
