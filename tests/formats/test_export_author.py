"""The author of an export is a name from the settings, never the login (issue 12, item 5)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ametieditor.cli import main
from ametieditor.storage import export_settings
from tests.conftest import REPO, SAMPLE_FILES
from tests.support.docx_reading import parts, xml

DC = "{http://purl.org/dc/elements/1.1/}"
CP = "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}"


def _core(path: Path) -> dict[str, str]:
    core = xml(parts(path.read_bytes())["docProps/core.xml"])
    return {"creator": core.findtext(DC + "creator"),
            "lastModifiedBy": core.findtext(CP + "lastModifiedBy")}


def _export_as(user: str, home: Path, target: Path, *extra: str) -> None:
    """The CLI in a fresh process, as another login with another home folder."""
    env = {key: value for key, value in os.environ.items()
           if key not in ("AMETIEDITOR_DATA_DIR", "XDG_DATA_HOME", "XDG_CONFIG_HOME")}
    env.update(USER=user, LOGNAME=user, USERNAME=user, HOME=str(home))
    home.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-m", "ametieditor.cli", "convert", str(SAMPLE_FILES[0]),
                    str(target), *extra], cwd=REPO, env=env, check=True, capture_output=True)


def test_two_users_on_two_machines_get_the_same_bytes(tmp_path: Path) -> None:
    first, second = tmp_path / "kati.docx", tmp_path / "mati.docx"
    _export_as("katikaru", tmp_path / "home-kati", first)
    _export_as("matimets", tmp_path / "home-mati", second)
    assert first.read_bytes() == second.read_bytes()
    for data in parts(first.read_bytes()).values():
        assert b"katikaru" not in data and b"root" not in data.lower()
    assert _core(first) == {"creator": "", "lastModifiedBy": ""}
    # with the same name given, still the same bytes, and the name is the author
    named = tmp_path / "kati-named.docx", tmp_path / "mati-named.docx"
    _export_as("katikaru", tmp_path / "home-kati", named[0], "--author", "Personaliosakond")
    _export_as("matimets", tmp_path / "home-mati", named[1], "--author", "Personaliosakond")
    assert named[0].read_bytes() == named[1].read_bytes()
    assert _core(named[0])["creator"] == "Personaliosakond"


def test_cli_takes_the_author_from_the_settings(tmp_path: Path) -> None:
    assert export_settings.export_author() is None  # never asked
    export_settings.set_export_author("  Mari   Maasikas ")
    assert export_settings.export_author() == "Mari Maasikas"
    out = tmp_path / "out.docx"
    assert main(["convert", str(SAMPLE_FILES[0]), str(out)]) == 0
    assert _core(out) == {"creator": "Mari Maasikas", "lastModifiedBy": "Mari Maasikas"}
    assert main(["convert", str(SAMPLE_FILES[0]), str(out), "--author", "Kati Karu"]) == 0
    assert _core(out)["creator"] == "Kati Karu"  # the option wins
    export_settings.set_export_author("")
    assert export_settings.export_author() == ""  # asked, left empty: not asked again
    assert main(["convert", str(SAMPLE_FILES[0]), str(out)]) == 0
    assert _core(out)["creator"] == ""


@pytest.mark.parametrize("content", [b"{not json", b"[1, 2]", b'{"author": 5}'])
def test_a_damaged_settings_file_means_no_name(content: bytes) -> None:
    path = export_settings.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    assert export_settings.export_author() is None
    export_settings.set_export_author("Kati")
    assert export_settings.export_author() == "Kati"
