"""Decoding text files of any origin without losing the Estonian letters.

Order of trust:

1. a byte-order mark (UTF-8, UTF-16 LE/BE) says the encoding;
2. UTF-16 without a mark shows as zero bytes on every other position;
3. strict UTF-8: almost every text file today, and no legacy file passes it
   by accident once it has a single letter beyond ASCII;
4. UTF-8 with a few bytes that are not UTF-8 (a "°" pasted from a Latin-1
   file, a line copied from an old Windows file): the file stays UTF-8 and
   only those bytes are read in the legacy code page that suits them (they
   are replaced, never the whole file re-read), and their lines are reported;
5. otherwise the whole file is in a legacy code page: charset-normalizer
   proposes candidates, and among them and the code pages Estonian offices
   used (Windows-1257, Windows-1252, ISO 8859-15/-13) the one whose reading
   has the most Estonian letters and no undefined characters wins.
   charset-normalizer alone takes an Estonian Windows-1257 text for
   Windows-1252 (šokolaad → ðokolaad) or HP Roman-8; letters decide.

The result names the encoding and the lines where bytes were replaced, so the
importer can say so in a warning and an import note.
"""

from __future__ import annotations

import codecs
import re
import threading
from dataclasses import dataclass, field

#: Code pages of Estonian-language files from before UTF-8, tried for every legacy file.
LEGACY_ENCODINGS = ("cp1257", "cp1252", "iso8859_15", "iso8859_13")
#: How a code page is named to the user.
ENCODING_NAMES = {
    "utf-8": "UTF-8", "utf-16-le": "UTF-16 LE", "utf-16-be": "UTF-16 BE",
    "cp1257": "Windows-1257", "cp1252": "Windows-1252", "iso8859_15": "ISO 8859-15",
    "iso8859_13": "ISO 8859-13",
}
_ESTONIAN_LETTERS = "õäöüšžÕÄÖÜŠŽ"
#: What a wrong code page leaves: undefined bytes and C1 control characters.
_UNDEFINED = re.compile("[\ufffd\x80-\x9f]")
#: Bad runs that an ASCII file may hold and still be reported line by line as UTF-8
#: with stray bytes (more, and it is a legacy file).
FEW_STRAYS = 3
#: Bytes examined for the zero-byte pattern of BOM-less UTF-16.
_SAMPLE = 4000


@dataclass
class DecodedText:
    """The text of a file and how it was read."""

    text: str
    #: The codec that read the file (``"utf-8"``, ``"cp1257"``, ``"utf-16-le"`` …).
    encoding: str
    #: 1-based numbers of the lines where bytes could not be read in ``encoding``.
    replaced_lines: list[int] = field(default_factory=list)
    #: What the replaced bytes became, per line (for the user to check).
    replacements: dict[int, str] = field(default_factory=dict)
    #: The code page the replaced bytes were read in (UTF-8 files with stray bytes).
    fallback: str = ""
    #: True when the whole file was in a legacy code page (not UTF-8 or UTF-16).
    legacy: bool = False

    @property
    def encoding_name(self) -> str:
        return display_name(self.encoding)


def display_name(codec: str) -> str:
    return ENCODING_NAMES.get(codec, codec.upper())


class NotText(ValueError):
    """The bytes are not text in any encoding (zero bytes outside UTF-16)."""


def decode_text(data: bytes) -> DecodedText:
    """Decode ``data`` as described in the module docstring; :class:`NotText` for binary."""
    if data.startswith(codecs.BOM_UTF8):
        return _utf8(data[len(codecs.BOM_UTF8):], declared=True)
    if data.startswith(codecs.BOM_UTF16_LE):
        return _replacing(data[2:], "utf-16-le")
    if data.startswith(codecs.BOM_UTF16_BE):
        return _replacing(data[2:], "utf-16-be")
    sample = data[:_SAMPLE]
    if sample and sample.count(b"\x00") > len(sample) // 4:
        # UTF-16 without a BOM: the zero bytes sit on the odd or the even positions.
        little = sample[1::2].count(0) > sample[0::2].count(0)
        return _replacing(data, "utf-16-le" if little else "utf-16-be")
    if b"\x00" in data:
        raise NotText("zero bytes")
    return _utf8(data)


def _utf8(data: bytes, declared: bool = False) -> DecodedText:
    """UTF-8, or UTF-8 with stray bytes, or (undeclared, mostly not UTF-8) a legacy file."""
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    as_utf8, bad_runs = _utf8_with_strays(data)
    if declared:
        return as_utf8
    # A file with a few stray bytes stays UTF-8; a legacy file that happens to hold a
    # valid UTF-8 pair ("Ö”" in Windows-1257) reads better whole in its code page.
    # Letters decide. When both read the same (no valid UTF-8 letter at all), a file
    # with more than a few bad runs is a legacy file, not UTF-8 with strays.
    legacy_text = data.decode(best_legacy(data, LEGACY_ENCODINGS), "replace")
    if as_utf8.text == legacy_text:
        return as_utf8 if bad_runs <= FEW_STRAYS else _legacy(data)
    return as_utf8 if _score(as_utf8.text) >= _score(legacy_text) else _legacy(data)


_state = threading.local()


def _collect_bad_runs(error: UnicodeError) -> tuple[str | bytes, int]:
    """Error handler of the first pass: remember where the bytes that are not UTF-8 are."""
    assert isinstance(error, UnicodeDecodeError)
    runs: list[list[int]] = _state.runs
    if runs and runs[-1][1] == error.start:  # Python reports a run byte by byte
        runs[-1][1] = error.end
    else:
        runs.append([error.start, error.end])
    return "", error.end


def _read_in_fallback(error: UnicodeError) -> tuple[str | bytes, int]:
    """Error handler of the second pass: the bad bytes read in the chosen code page."""
    assert isinstance(error, UnicodeDecodeError)
    chunk = error.object[error.start:error.end]
    text: str = chunk.decode(_state.fallback, "replace")
    return text, error.end


codecs.register_error("ametieditor-collect", _collect_bad_runs)
codecs.register_error("ametieditor-fallback", _read_in_fallback)


def _utf8_with_strays(data: bytes) -> tuple[DecodedText, int]:
    """UTF-8 with its bad runs read in the legacy code page that suits them; and the run count.

    Two passes in C (codec error handlers), linear in the file's length.
    """
    _state.runs = []
    data.decode("utf-8", "ametieditor-collect")
    runs = [(start, data[start:end]) for start, end in _state.runs]
    fallback = best_legacy(b"".join(chunk for _, chunk in runs), candidates=LEGACY_ENCODINGS)
    _state.fallback = fallback
    result = DecodedText(data.decode("utf-8", "ametieditor-fallback"), "utf-8",
                         fallback=fallback)
    line, counted = 1, 0
    for offset, chunk in runs:
        line += data.count(b"\n", counted, offset)
        counted = offset
        read = chunk.decode(fallback, "replace")
        if line not in result.replacements:
            result.replaced_lines.append(line)
            result.replacements[line] = read
        else:
            result.replacements[line] += read
    return result, len(runs)


def _replacing(data: bytes, codec: str) -> DecodedText:
    """Decode with ``codec``, replacing what it cannot read, and note those lines."""
    text = data.decode(codec, "replace")
    result = DecodedText(text, codec)
    if "\ufffd" in text:
        for number, line in enumerate(text.split("\n"), 1):
            if "\ufffd" in line:
                result.replaced_lines.append(number)
                result.replacements[number] = "\ufffd" * line.count("\ufffd")
    return result


def _legacy(data: bytes) -> DecodedText:
    proposed: list[str] = []
    try:
        from charset_normalizer import from_bytes

        proposed = [match.encoding for match in from_bytes(data, steps=8, threshold=0.3)]
    except ImportError:  # pragma: no cover - a dependency; the code pages below still decide
        pass
    candidates = [*LEGACY_ENCODINGS, *(c for c in proposed if c not in LEGACY_ENCODINGS
                                       and not c.startswith("utf"))]
    codec = best_legacy(data, candidates)
    result = _replacing(data, codec)
    result.legacy = True
    return result


def best_legacy(data: bytes, candidates: tuple[str, ...] | list[str]) -> str:
    """The candidate code page whose reading of ``data`` looks most like Estonian text.

    Each Estonian letter counts for it, each character the code page leaves
    undefined or reads as a control character counts five against it; on a
    tie the earlier candidate wins (Windows-1257 first).
    """
    best, best_score = candidates[0], None
    for codec in candidates:
        try:
            text = data.decode(codec, "replace")
        except LookupError:
            continue
        score = _score(text)
        if best_score is None or score > best_score:
            best, best_score = codec, score
    return best


def _score(text: str) -> int:
    """Estonian letters count for a reading; undefined and control characters against it."""
    letters = sum(text.count(letter) for letter in _ESTONIAN_LETTERS)
    return letters - 5 * len(_UNDEFINED.findall(text))
