"""An absurd ``version`` attribute in an .ametijuhend is one clear line naming the file."""

from pathlib import Path

import pytest

from ametieditor.cli import main
from ametieditor.formats import registry
from ametieditor.io.errors import FormatError, NewerVersionError

BODY = ('<?xml version="1.0" encoding="UTF-8"?>\n'
        '<ametijuhend xmlns="urn:ametieditor:ametijuhend:1" version="{v}">'
        "<general><title>Jurist</title></general></ametijuhend>")


@pytest.mark.parametrize("version", ["²", "9" * 5000, "１", "-1", "1e5", "", "x", "9" * 20])
def test_absurd_versions_are_refused_in_one_line(tmp_path: Path, version: str,
                                                 capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "vana.ametijuhend"
    path.write_text(BODY.format(v=version), encoding="utf-8")
    with pytest.raises(FormatError) as caught:
        registry.load(path)
    assert not isinstance(caught.value, NewerVersionError)
    message = str(caught.value)
    assert message.startswith(str(path)) and "versioon" in message
    assert len(message) < len(str(path)) + 80  # 5 000 nines are not echoed
    assert main(["check", "--no-spelling", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "ootamatu" not in err and str(path) in err


def test_a_plausible_newer_version_still_asks_for_an_update(tmp_path: Path) -> None:
    path = tmp_path / "uus.ametijuhend"
    path.write_text(BODY.format(v="7"), encoding="utf-8")
    with pytest.raises(NewerVersionError):
        registry.load(path)


@pytest.mark.parametrize("version", ["1", "1.0", "2", " 2 "])
def test_known_versions_open(tmp_path: Path, version: str) -> None:
    path = tmp_path / "hea.ametijuhend"
    path.write_text(BODY.format(v=version), encoding="utf-8")
    assert registry.load(path).document.general.title == "Jurist"
