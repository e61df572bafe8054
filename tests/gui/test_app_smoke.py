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
    assert QCoreApplication.organizationName() == ""
