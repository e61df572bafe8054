"""Shared test set-up: offscreen Qt, an isolated settings/data folder per test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Must be set before any Qt module is imported by a test.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"
#: Copies of ../shared/samples (the three real job descriptions as text).
SAMPLES = DATA / "samples"
SHARED_SAMPLES = REPO.parent / "shared" / "samples"

SAMPLE_FILES = sorted(DATA.glob("0*.ametijuhend"))


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path_factory: pytest.TempPathFactory,
                         monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own home, config and data folders and Estonian messages."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    for name in ("AMETIEDITOR_LANG", "AMETIEDITOR_CACHE_DIR", "LC_ALL", "LC_MESSAGES", "LANG",
                 "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    # The checks compare approval dates with today; fixtures carry fixed dates.
    monkeypatch.setenv("AMETIEDITOR_TODAY", "2026-11-23")
    from ametieditor.i18n import ESTONIAN, set_language

    set_language(ESTONIAN)
    return home


@pytest.fixture
def data_dir() -> Path:
    return DATA
