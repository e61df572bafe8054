"""English through Qt's translation system; the choice is stored and reaches i18n."""

from __future__ import annotations

import importlib.util

import pytest
from PySide6.QtCore import QSettings

from ametieditor.gui.language import apply_language
from ametieditor.i18n import current_language
from tests.conftest import REPO

TS = REPO / "resources" / "translations" / "ametieditor_en.ts"
QM = TS.with_suffix(".qm")


def test_the_committed_qm_is_compiled_from_the_committed_ts(tmp_path) -> None:
    spec = importlib.util.spec_from_file_location(
        "build_translations", REPO / "scripts" / "build_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    fresh = tmp_path / "fresh.qm"
    module.release(TS, fresh)
    assert QM.read_bytes() == fresh.read_bytes(), "run scripts/build_translations.py"
    assert 'type="unfinished"' not in TS.read_text(encoding="utf-8")


@pytest.fixture
def english():
    QSettings().setValue("language", "en")
    yield apply_language()
    apply_language("et")


def test_english_interface_and_messages(qtbot, english, dialogs, own) -> None:
    from ametieditor.gui.app import create_window

    assert english == "en"
    assert current_language() == "en"
    window = create_window()
    own(window)
    assert [menu.title() for menu in window.menus.values()][:3] == ["&File", "&Edit", "&View"]
    assert window.navigator.item(1).text() == "2. Purpose"
    assert window.windowTitle().startswith("Untitled")
    assert window.panes["general"].ui.titleLabel.text() == "1.1 Post &title"
    assert "1.1 Ametinimetus: field is empty" in [
        window.check_panel.item(row).text() for row in range(window.check_panel.count())]


def test_choosing_a_language_in_the_menu_is_remembered(qtbot, window, dialogs) -> None:
    try:
        window.language_actions["en"].trigger()
        assert QSettings().value("language") == "en"
        assert current_language() == "en"
        assert dialogs.texts("information")  # "after a restart"
    finally:
        apply_language("et")
    assert current_language() == "et"
