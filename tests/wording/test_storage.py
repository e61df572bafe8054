from pathlib import Path

import pytest

from ametieditor.i18n import ENGLISH, set_language
from ametieditor.io.errors import FormatError
from ametieditor.model.document import Block
from ametieditor.wording import storage
from ametieditor.wording.entry import Category, Entry


def test_round_trip_keeps_every_field(tmp_path: Path) -> None:
    entries = [Entry(Category.REQUIREMENT, "Haridus: magister", [Block.p("Magistrikraad."),
                                                                 Block.li("või vastav")],
                     ("ametnik", "juht"), "Haridus", "u-1")]
    path = tmp_path / "s.xml"
    storage.write(path, entries)
    assert storage.read(path) == entries
    first = path.read_bytes()
    storage.write(path, storage.read(path))
    assert path.read_bytes() == first  # canonical output
    assert first.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<wording xmlns=')


@pytest.mark.parametrize(("data", "message"), [
    (b'<wording xmlns="urn:ametieditor:wording:1" version="2"/>', "uuema programmiversiooniga"),
    (b"<ametijuhend/>", "see ei ole sõnastikufail"),
    (b'<!DOCTYPE x [<!ENTITY a "b">]><wording/>', "DOCTYPE"),
    (b"<wording", "ei ole korrektne XML"),
])
def test_unusable_files_are_refused_in_one_line(tmp_path: Path, data: bytes,
                                                message: str) -> None:
    path = tmp_path / "x.xml"
    path.write_bytes(data)
    with pytest.raises(FormatError) as caught:
        storage.read(path)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_messages_in_english(tmp_path: Path) -> None:
    set_language(ENGLISH)
    path = tmp_path / "x.xml"
    path.write_bytes(b"<ametijuhend/>")
    with pytest.raises(FormatError, match="this is not a wording library file"):
        storage.read(path)
    assert Category.ADDITIONAL.label() == "Additional competency"
