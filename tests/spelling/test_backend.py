"""Where the speller engine is found: the installed wheel, or the packaged build's folder."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ametieditor.spelling import backend


def test_in_development_the_wheels_vabamorf_folder_is_used() -> None:
    assert backend.bundled_folder() is None
    folder = backend.wheel_folder()
    assert folder.parent.name == "estnltk"
    assert (folder / "morf.py").is_file()
    assert backend._vabamorf_folder() == folder
    assert backend.is_installed()


def test_packaged_build_looks_only_in_its_own_folder(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert backend.bundled_folder() == tmp_path / backend.BUNDLED_FOLDER
    # Built without the ``spell`` extra: the wheel in this venv must not be used.
    assert not backend.is_installed()
    with pytest.raises(backend.SpellerUnavailable,
                       match="selles paigalduses puudub eesti keele speller"):
        backend._vabamorf_folder()
    (tmp_path / backend.BUNDLED_FOLDER).mkdir()
    (tmp_path / backend.BUNDLED_FOLDER / "morf.py").write_text("", encoding="utf-8")
    assert backend._vabamorf_folder() == tmp_path / backend.BUNDLED_FOLDER
    assert backend.is_installed()


def test_the_standard_language_lexicon_is_chosen_never_the_slang_one() -> None:
    names = ["2020-01-22_nosp", "2019-05-01_sp", "2020-01-22_sp", "readme"]
    assert backend.spelling_lexicon(names) == "2020-01-22_sp"
    assert backend.spelling_lexicon(["2020-01-22_nosp"]) is None
