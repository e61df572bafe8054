"""protection_of / check_output: which outputs need asking."""

from pathlib import Path

import pytest

from ametieditor.storage.lock import acquire, lock_path
from ametieditor.storage.protect import (
    ProtectedOutputError,
    Protection,
    check_output,
    protection_of,
)


def test_this_editor_s_own_lock_does_not_protect_but_another_one_does(tmp_path: Path) -> None:
    target = tmp_path / "avatud.docx"
    target.write_bytes(b"x")
    lock = acquire(target)  # the document this process has open
    assert protection_of(target) is None
    lock.release()
    lock_path(target).write_text("Mari,mari,MUU-ARVUTI,23.11.2026 10:15,;", encoding="utf-8")
    assert protection_of(target) is Protection.LOCKED


def test_an_input_is_protected_even_when_forced(tmp_path: Path) -> None:
    source = tmp_path / "a.ametijuhend"
    source.write_bytes(b"x")
    (tmp_path / "link.docx").symlink_to(source)
    with pytest.raises(ProtectedOutputError) as caught:
        check_output(tmp_path / "link.docx", [source], force=True)
    assert caught.value.protection is Protection.INPUT
    check_output(tmp_path / "uus.docx", [source])  # a new file: nothing to protect
