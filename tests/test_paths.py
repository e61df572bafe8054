from pathlib import Path

import pytest

from ametieditor import paths


def test_user_data_dir_follows_xdg_and_override(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert paths.user_data_dir() == tmp_path / "xdg" / "Ametieditor"
    monkeypatch.setenv("AMETIEDITOR_DATA_DIR", str(tmp_path / "own"))
    assert paths.user_subdir("wording") == tmp_path / "own" / "wording"
    assert (tmp_path / "own" / "wording").is_dir()
