"""Abi › Kasutusjuhend (F1): the Estonian guide opens offline, pictures and all."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument

from ametieditor.gui.help import SOURCE_GUIDE


def _pictures() -> list[str]:
    return re.findall(r"!\[[^\]]*\]\(([^)]+)\)", SOURCE_GUIDE.read_text(encoding="utf-8"))


def _image_widths(browser) -> list[float]:
    widths = []
    block = browser.document().begin()
    while block.isValid():
        for item in block:
            image = item.fragment().charFormat().toImageFormat()
            if image.isValid():
                widths.append(image.width())
        block = block.next()
    return widths


def test_f1_opens_the_guide_with_its_pictures(qtbot, window, dialogs) -> None:
    qtbot.keyClick(window.navigator, Qt.Key.Key_F1)
    guide = window.help.guide
    assert guide is not None and guide.isVisible()
    assert not guide.isModal()
    browser = guide.browser
    text = browser.toPlainText()
    assert text.startswith("Ametieditori kasutusjuhend")
    for heading in ("Otsi ja asenda", "Eelmise aasta failid", "Uus redaktsioon ja võrdlemine"):
        assert heading in text
    assert "# " not in text and "**" not in text  # rendered, not shown as markdown
    pictures = _pictures()
    assert len(pictures) >= 5
    for picture in pictures:
        image = browser.document().resource(QTextDocument.ResourceType.ImageResource,
                                            QUrl(picture))
        assert image is not None and not image.isNull(), picture
    # A narrow window shows the pictures narrower, never cut off or scrolled sideways.
    guide.resize(700, 600)
    qtbot.waitUntil(lambda: 0 < max(_image_widths(browser)) <= browser.viewport().width())
    # F1 again shows the same window; the menu entry is there too.
    qtbot.keyClick(window.navigator, Qt.Key.Key_F1)
    assert window.help.guide is guide
    assert window.help.action in window.menus["help"].actions()
    assert window.help.action.text() == "&Kasutusjuhend"
    guide.close()


def test_every_picture_of_the_guide_is_in_the_repository() -> None:
    for picture in _pictures():
        assert (SOURCE_GUIDE.parent / picture).is_file(), picture
