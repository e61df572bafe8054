"""The import report panel: how a foreign file was read, each line a link into the document.

Shows an :class:`~ametieditor.formats.import_report.ImportReport` as a tree
(dock content): the parts that were recognised (with the duties under their
part), the guesses the importer made on weak evidence, the text it could not
place (the import notes), and the parts it did not find. Activating a line
emits :attr:`ImportReportPanel.location_activated` with a model location —
``("duties", "items", 3, "task")``, ``("import_notes", 0)``, ``("purpose",)`` —
that the editor uses to jump to the field.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ametieditor.formats.import_report import ImportReport, PartFound
from ametieditor.model import parts as part_table
from ametieditor.model.document import JobDescription
from ametieditor.model.numbering import numbering
from ametieditor.model.parts import PARTS
from ametieditor.model.texts import iter_texts

PART_KEYS = frozenset(spec.key for spec in PARTS)

Location = tuple[str | int, ...]

#: Where each part key of the import report lives in the model.
PART_LOCATIONS: dict[str, Location] = {
    **{spec.key: (spec.key,) for spec in PARTS},
    # the report's finer keys, inside a part
    "title": ("general", "title"),
    "competencies": ("requirements", "competencies"),
    "additional_competencies": ("requirements", "additional"),
}

LOCATION_ROLE = Qt.ItemDataRole.UserRole
PREVIEW_CHARS = 70


def _preview(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= PREVIEW_CHARS else text[: PREVIEW_CHARS - 1] + "…"


def locate_text(doc: JobDescription, text: str) -> Location | None:
    """The location of the field that holds ``text`` (whitespace-insensitive), if any."""
    wanted = " ".join(text.split()).casefold()
    if not wanted:
        return None
    for piece in iter_texts(doc):
        if wanted in " ".join(piece.text.split()).casefold():
            return piece.location
    return None


class ImportReportPanel(QWidget):
    """What the importer recognised, guessed and left unplaced; click a line to go there."""

    location_activated = Signal(tuple)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: ImportReport | None = None
        self.document: JobDescription | None = None
        self.heading = QLabel()
        self.heading.setObjectName("importReportHeading")
        self.heading.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("importReportTree")
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setAccessibleName(self.tr("Impordi aruanne"))
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)
        self.set_report(None)

    # -- public -----------------------------------------------------------

    def set_report(self, report: ImportReport | None, document: JobDescription | None = None,
                   source_name: str = "") -> None:
        """Show ``report`` (``None`` clears the panel); ``document`` is what the import made."""
        self.report, self.document = report, document
        self.tree.clear()
        if report is None:
            self.heading.setText(self.tr("Avatud fail ei ole imporditud; aruannet ei ole."))
            return
        kind = report.source_kind.upper() or "?"
        if source_name:
            text = self.tr("Imporditud failist %1 (%2).").replace("%1", source_name)
        else:
            text = self.tr("Imporditud %2-failist.")
        text = text.replace("%2", kind)
        if report.clean:
            text += " " + self.tr("Kõik tekst leidis koha, oletusi ei tehtud.")
        else:
            text += " " + self.tr("Vaadake üle oletused ja paigutamata tekst.")
        self.heading.setText(text)
        self._add_parts(report)
        self._add_guesses(report)
        self._add_notes(report)
        self._add_missing(report)
        self.tree.expandAll()

    def items(self) -> list[QTreeWidgetItem]:
        """Every line of the tree, depth first (for tests and keyboard users)."""
        found: list[QTreeWidgetItem] = []

        def walk(item: QTreeWidgetItem | None) -> None:
            if item is None:  # only past the last index, which the ranges never reach
                return
            found.append(item)
            for index in range(item.childCount()):
                walk(item.child(index))

        for index in range(self.tree.topLevelItemCount()):
            walk(self.tree.topLevelItem(index))
        return found

    # -- building the tree ------------------------------------------------

    def _group(self, title: str, count: int, colour: str | None = None) -> QTreeWidgetItem:
        group = QTreeWidgetItem([f"{title} ({count})"])
        font = QFont(group.font(0))
        font.setBold(True)
        group.setFont(0, font)
        if colour:
            group.setForeground(0, QBrush(QColor(colour)))
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.tree.addTopLevelItem(group)
        return group

    @staticmethod
    def _line(parent: QTreeWidgetItem, text: str, location: Location | None,
              tooltip: str = "") -> QTreeWidgetItem:
        item = QTreeWidgetItem([text])
        if location is not None:
            item.setData(0, LOCATION_ROLE, location)
        if tooltip:
            item.setToolTip(0, tooltip)
        parent.addChild(item)
        return item

    def _count_text(self, part: PartFound) -> str:
        """``"9 põhiülesannet"``: nominative after 1, partitive after other numbers."""
        one, many = {
            "general": (self.tr("väli"), self.tr("välja")),
            "duties": (self.tr("põhiülesanne"), self.tr("põhiülesannet")),
            "requirements": (self.tr("nõue"), self.tr("nõuet")),
            "competencies": (self.tr("kompetents"), self.tr("kompetentsi")),
            "additional_competencies": (self.tr("kompetents"), self.tr("kompetentsi")),
            "purpose": (self.tr("lõik"), self.tr("lõiku")),
            "work_tools": (self.tr("lõik"), self.tr("lõiku")),
            "amendment": (self.tr("lõik"), self.tr("lõiku")),
            "extra_sections": (self.tr("lõik lisaosas"), self.tr("lõiku lisaosas")),
        }.get(part.key, (self.tr("punkt"), self.tr("punkti")))
        return f"{part.count} {one if part.count == 1 else many}"

    def _part_name(self, key: str) -> str:
        names = {
            "title": self.tr("Pealkiri"),
            "competencies": self.tr("Kompetentsid"),
            "additional_competencies": self.tr("Täiendavad kompetentsid"),
        }
        if key in PART_KEYS:
            return part_table.part(key).display_title()
        return names.get(key, key)

    def _add_parts(self, report: ImportReport) -> None:
        group = self._group(self.tr("Leitud osad"), len(report.parts))
        for part in report.parts:
            text = part.heading or self._part_name(part.key)
            details = []
            if part.count:
                details.append(self._count_text(part))
            if part.line is not None:
                details.append(self.tr("rida %1").replace("%1", str(part.line)))
            if details:
                text += " — " + ", ".join(details)
            item = self._line(group, text, PART_LOCATIONS.get(part.key))
            if part.key == "duties" and self.document is not None and self.document.duties:
                numbers = numbering(self.document)
                for index, duty in enumerate(self.document.duties.items):
                    first = duty.task[0].text if duty.task else ""
                    self._line(item, f"{numbers.duty(index)} {_preview(first)}",
                               ("duties", "items", index, "task"), first)

    def _add_guesses(self, report: ImportReport) -> None:
        group = self._group(self.tr("Oletused"), len(report.guesses),
                            "#8a5a00" if report.guesses else None)
        for guess in report.guesses:
            text = guess.message
            if guess.line is not None:
                text = self.tr("rida %1: ").replace("%1", str(guess.line)) + text
            location = (locate_text(self.document, guess.text)
                        if self.document is not None and guess.text else None)
            self._line(group, text, location, guess.text)

    def _add_notes(self, report: ImportReport) -> None:
        group = self._group(self.tr("Paigutamata tekst"), len(report.notes),
                            "#a01d1d" if report.notes else None)
        notes = self.document.import_notes if self.document is not None else report.notes
        for index, note in enumerate(report.notes):
            # The notes live in the document; find this one there (same order normally).
            position = next((n for n, kept in enumerate(notes) if kept == note), index)
            text = f"„{_preview(note.text)}“"
            if note.source:
                text += f" ({note.source})"
            self._line(group, text, ("import_notes", position), note.text)

    def _add_missing(self, report: ImportReport) -> None:
        if not report.missing:
            return
        group = self._group(self.tr("Ei leitud"), len(report.missing))
        for key in report.missing:
            self._line(group, self._part_name(key), PART_LOCATIONS.get(key))

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        location = item.data(0, LOCATION_ROLE)
        if location:
            self.location_activated.emit(tuple(location))
