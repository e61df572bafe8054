"""The layers of docs/ARCHITECTURE.md, checked on the import graph of the sources."""

from __future__ import annotations

from tests.support.imports import cycles, import_graph

#: What each layer may import (besides itself and the standard library).
ALLOWED = {
    "ametieditor.model": {"ametieditor.model", "ametieditor.i18n"},
    "ametieditor.io": {"ametieditor.io", "ametieditor.i18n"},
    "ametieditor.formats": {"ametieditor.formats", "ametieditor.model", "ametieditor.io",
                            "ametieditor.i18n", "ametieditor.resources", "ametieditor.paths"},
    "ametieditor.commands": {"ametieditor.commands", "ametieditor.model", "ametieditor.i18n"},
    # resources: the bundled correct text that tells ordinary words (spelling/diacritics.py)
    "ametieditor.spelling": {"ametieditor.spelling", "ametieditor.model", "ametieditor.io",
                             "ametieditor.i18n", "ametieditor.paths", "ametieditor.resources"},
    "ametieditor.wording": {"ametieditor.wording", "ametieditor.model", "ametieditor.io",
                            "ametieditor.i18n", "ametieditor.paths", "ametieditor.resources"},
    "ametieditor.storage": {"ametieditor.storage", "ametieditor.formats", "ametieditor.model",
                            "ametieditor.io", "ametieditor.i18n", "ametieditor.paths"},
}
#: Nothing but the GUI imports the GUI (the CLI shares functions below it).
GUI = "ametieditor.gui"


def test_no_module_imports_itself_back_through_others() -> None:
    assert cycles(import_graph()) == []


def test_each_layer_imports_only_the_layers_below_it() -> None:
    graph = import_graph()
    wrong = []
    for module, targets in graph.items():
        for layer, allowed in ALLOWED.items():
            if module == layer or module.startswith(layer + "."):
                wrong += [(module, target) for target in targets
                          if not any(target == ok or target.startswith(ok + ".")
                                     for ok in allowed)]
    assert wrong == []


def test_only_the_gui_imports_the_gui() -> None:
    graph = import_graph()
    outside = [(module, target) for module, targets in graph.items()
               if not module.startswith(GUI) for target in targets if target.startswith(GUI)]
    assert outside == []


def test_model_knows_no_qt_and_no_files() -> None:
    from pathlib import Path

    model = Path(__file__).resolve().parents[1] / "ametieditor" / "model"
    for path in model.glob("*.py"):
        source = path.read_text("utf-8")
        assert "PySide6" not in source, path
        assert "os.environ" not in source, path
        assert "open(" not in source, path


def test_modules_and_functions_a_reader_can_hold_in_mind() -> None:
    """No module over 600 lines, no function over 60 (scripts/check_sizes.py)."""
    from tests.support.scripts import load_script

    assert load_script("check_sizes").offenders() == []
