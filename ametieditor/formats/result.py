"""What readers return and writers take: the contract between the formats and their callers.

Kept apart from :mod:`ametieditor.formats.registry` so that every reader can
build a :class:`LoadResult` without importing the registry (which names the
readers): no reader depends on another reader or on the dispatcher.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ametieditor.model.document import JobDescription

if TYPE_CHECKING:
    from ametieditor.formats.import_report import ImportReport


@dataclass
class LoadResult:
    """What a reader produced: the document and anything the user should know."""

    document: JobDescription
    #: Messages for the user (e.g. "opened read-only"), in the current language.
    warnings: list[str] = field(default_factory=list)
    #: Things worth knowing that need no answer (the file is in an older format and
    #: will be saved in the current one): the window shows them in its info bar, with
    #: no dialog; the CLI prints them like warnings.
    notices: list[str] = field(default_factory=list)
    #: Signatures of a signed container (.asice/.bdoc) the document came from, as
    #: ``ametieditor.formats.asice.Signature`` objects: what they claim (verifying
    #: them is ``ametieditor.formats.asice_verify``'s).
    signatures: list[Any] = field(default_factory=list)
    #: True when the file is in the editor's own format, of any version it reads (Save
    #: can overwrite it, in the current version).
    native: bool = False
    #: For imports of foreign files (text, PDF, hand-made DOCX): what was
    #: recognised, guessed and left unplaced; None for the editor's own files.
    report: ImportReport | None = None

    @property
    def messages(self) -> list[str]:
        """Notices and warnings together (for the command line)."""
        return [*self.notices, *self.warnings]


@dataclass
class WriteOptions:
    """Options a writer may use; writers ignore what does not concern them."""

    template: Path | None = None
    #: Author and last modifier written into exported documents' properties.
    author: str = ""
