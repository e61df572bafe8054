"""Side-by-side comparison of two revisions of a job description.

Left: the list of changes (moved, changed, added, removed; substantive ones
marked ⚠). Right: both documents part by part, the old text on the left and
the new on the right, with deleted words struck through in red and inserted
words in green. "Järgmine" / "Eelmine" step through the changes; activating a
change emits :attr:`CompareView.location_activated` with its place in the new
document (or in the old one for a removed entry), so the editor can jump there.

The comparison itself is :func:`ametieditor.model.compare.compare`; this
module only shows it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ametieditor.model.compare import ChangeKind, Comparison, Entry, Op, Segment, compare
from ametieditor.model.document import JobDescription
from ametieditor.model.revision import RevisionInfo, revision_info

DELETED_STYLE = "background-color:#f9d0d0; color:#7a0c0c; text-decoration:line-through;"
INSERTED_STYLE = "background-color:#c9efc9; color:#0b4d0b;"
KIND_COLOURS = {
    ChangeKind.CHANGED: "#1f5fa8",
    ChangeKind.MOVED: "#7a3fa0",
    ChangeKind.ADDED: "#1d7a1d",
    ChangeKind.REMOVED: "#a01d1d",
    ChangeKind.UNCHANGED: "#777777",
}
CURRENT_BACKGROUND = "#fff6d5"
SUBSTANTIVE_STYLE = ("background-color:#ffe08a; color:#5a3d00; font-weight:bold;")


def _escape(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _side_html(segments: list[Segment], side: str) -> str:
    """One side of a text: the old side shows deletions, the new side insertions."""
    shown = Op.DELETE if side == "old" else Op.INSERT
    style = DELETED_STYLE if side == "old" else INSERTED_STYLE
    parts = []
    for op, text in segments:
        if op is Op.EQUAL:
            parts.append(_escape(text))
        elif op is shown:
            parts.append(f'<span style="{style}">{_escape(text)}</span>')
    return "".join(parts)


class CompareView(QWidget):
    """Two documents side by side with their changes listed and highlighted."""

    #: A path into the model (see ametieditor.model.checks.Location).
    location_activated = Signal(tuple)
    #: Index of the change now shown (-1 when none).
    current_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comparison = Comparison()
        self.old_name = ""
        self.new_name = ""
        #: File name, revision number and dates of each side (None: not known).
        self.sides: tuple[RevisionInfo, RevisionInfo] | None = None
        self._current = -1

        top = self._build_top()
        splitter = self._build_lists()
        layout = QVBoxLayout(self)
        layout.addWidget(self.sides_label)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self._update_buttons()

    def _build_top(self) -> QHBoxLayout:
        """Which side is which, the summary, and moving from change to change."""
        self.sides_label = QLabel()
        self.sides_label.setObjectName("compareSides")
        self.sides_label.setWordWrap(True)
        self.sides_label.setTextFormat(Qt.TextFormat.RichText)
        self.sides_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = QLabel()
        self.summary.setObjectName("compareSummary")
        self.summary.setWordWrap(True)
        self.only_changes = QCheckBox(self.tr("Näita ainult muudatusi"))
        self.only_changes.setObjectName("onlyChanges")
        self.only_changes.toggled.connect(self._render)
        self.previous_button = QPushButton(self.tr("◀ Eelmine"))
        self.previous_button.setObjectName("previousChange")
        self.previous_button.setToolTip(self.tr("Eelmine muudatus (Shift+F8)"))
        self.previous_button.clicked.connect(self.previous_change)
        self.next_button = QPushButton(self.tr("Järgmine ▶"))
        self.next_button.setObjectName("nextChange")
        self.next_button.setToolTip(self.tr("Järgmine muudatus (F8)"))
        self.next_button.clicked.connect(self.next_change)
        for key, slot in (("F8", self.next_change), ("Shift+F8", self.previous_change)):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        self.position = QLabel()
        self.position.setObjectName("changePosition")

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.only_changes)
        top.addWidget(self.previous_button)
        top.addWidget(self.position)
        top.addWidget(self.next_button)

        return top

    def _build_lists(self) -> QSplitter:
        """The list of changes beside the two documents."""
        self.change_list = QListWidget()
        self.change_list.setObjectName("changeList")
        self.change_list.setAccessibleName(self.tr("Muudatused"))
        self.change_list.setWordWrap(True)
        self.change_list.setAlternatingRowColors(True)
        self.change_list.setSpacing(2)
        self.change_list.currentRowChanged.connect(self._row_changed)
        self.change_list.itemActivated.connect(self._activated)
        self.change_list.itemDoubleClicked.connect(self._activated)

        self.browser = QTextBrowser()
        self.browser.setObjectName("compareBrowser")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._anchor_clicked)
        self.browser.setAccessibleName(self.tr("Võrdlus kõrvuti"))

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.change_list)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 900])

        return splitter

    # -- public -----------------------------------------------------------

    def set_documents(self, old: JobDescription, new: JobDescription, old_name: str = "",
                      new_name: str = "") -> None:
        """Compare ``old`` with ``new`` and show the result, saying which side is which."""
        sides = (revision_info(old, old_name), revision_info(new, new_name))
        self.set_comparison(compare(old, new), old_name, new_name, sides)

    def set_comparison(self, comparison: Comparison, old_name: str = "",
                       new_name: str = "",
                       sides: tuple[RevisionInfo, RevisionInfo] | None = None) -> None:
        self.comparison = comparison
        self.old_name, self.new_name = old_name, new_name
        self.sides = sides
        self._show_sides()
        changes = comparison.changes
        if not changes:
            self.summary.setText(self.tr("Erinevusi ei ole."))
        else:
            self.summary.setText(self.tr("Muudatusi: %1, neist sisulisi (⚠): %2").replace(
                "%1", str(len(changes))).replace("%2", str(len(comparison.substantive_changes))))
        self.change_list.blockSignals(True)
        self.change_list.clear()
        for entry in changes:
            flag = "⚠ " if entry.substantive else ""
            item = QListWidgetItem(f"{flag}{entry.label}\n{entry.describe_kind()}")
            item.setData(Qt.ItemDataRole.UserRole, self._location(entry))
            if entry.substantive:
                item.setToolTip(self.tr("Sisuline muudatus: võib vajada ametniku nõusolekut"))
            self.change_list.addItem(item)
        self.change_list.blockSignals(False)
        self._current = -1
        self._render()
        if changes:
            self.go_to_change(0)
        self._update_buttons()

    def _show_sides(self) -> None:
        """"Varasem: name — revision, dates" over "Uus: …": which side is which."""
        if self.sides is None:
            self.sides_label.setText("")
            self.sides_label.hide()
            return
        lines = []
        for role, side, fallback in ((self.tr("Varasem"), self.sides[0], self.old_name),
                                     (self.tr("Uus"), self.sides[1], self.new_name)):
            name = side.name or fallback or "—"
            lines.append(f"{_escape(role)}: <b>{_escape(name)}</b> — {_escape(side.details())}")
        self.sides_label.setText("<br>".join(lines))
        self.sides_label.show()

    @property
    def current_change(self) -> int:
        return self._current

    def go_to_change(self, index: int) -> None:
        changes = self.comparison.changes
        if not 0 <= index < len(changes):
            return
        self._current = index
        if self.change_list.currentRow() != index:
            self.change_list.blockSignals(True)
            self.change_list.setCurrentRow(index)
            self.change_list.blockSignals(False)
        self._render()
        self.browser.scrollToAnchor(f"change{index}")
        self._update_buttons()
        self.current_changed.emit(index)

    def next_change(self) -> None:
        self.go_to_change(self._current + 1)

    def previous_change(self) -> None:
        self.go_to_change(self._current - 1)

    # -- internals --------------------------------------------------------

    @staticmethod
    def _location(entry: Entry) -> tuple:
        return tuple(entry.new_location or entry.old_location or ())

    def _update_buttons(self) -> None:
        total = len(self.comparison.changes)
        self.previous_button.setEnabled(self._current > 0)
        self.next_button.setEnabled(self._current < total - 1)
        self.position.setText(f"{self._current + 1} / {total}" if total else "0 / 0")

    def _row_changed(self, row: int) -> None:
        if row >= 0 and row != self._current:
            self.go_to_change(row)

    def _activated(self, item: QListWidgetItem) -> None:
        location = item.data(Qt.ItemDataRole.UserRole)
        if location:
            self.location_activated.emit(tuple(location))

    def _anchor_clicked(self, url) -> None:
        name = url.toString()
        if name.startswith("#change"):
            index = int(name[len("#change"):])
            self.go_to_change(index)
            location = self._location(self.comparison.changes[index])
            if location:
                self.location_activated.emit(location)

    def _render(self) -> None:
        scroll = self.browser.verticalScrollBar().value()
        self.browser.setHtml(self.to_html())
        self.browser.verticalScrollBar().setValue(scroll)

    def to_html(self) -> str:
        """The side-by-side table as Qt rich text (also used by tests)."""
        only_changes = self.only_changes.isChecked()
        change_index = {id(entry): n for n, entry in enumerate(self.comparison.changes)}
        old_title = _escape(self.old_name or self.tr("Varasem"))
        new_title = _escape(self.new_name or self.tr("Uus"))
        old_details = new_details = ""
        if self.sides is not None:
            old_details, new_details = (
                f'<br><span style="font-weight:normal; font-size:small;">'
                f"{_escape(side.details())}</span>" for side in self.sides)
        rows = [
            '<table width="100%" cellspacing="0" cellpadding="6" '
            'style="border-collapse:collapse;">',
            f'<tr><th width="50%" align="left" style="background-color:#e8e8e8;">'
            f'{self.tr("Varasem")}: {old_title}{old_details}</th>'
            f'<th width="50%" align="left" style="background-color:#e8e8e8;">'
            f'{self.tr("Uus")}: {new_title}{new_details}</th></tr>',
        ]
        last_section = None
        for entry in self.comparison.entries:
            if only_changes and not entry.is_change:
                continue
            if entry.section != last_section:
                last_section = entry.section
                rows.append(f'<tr><td colspan="2" style="background-color:#3b4a5a; '
                            f'color:white; font-weight:bold;">{_escape(entry.heading)}</td></tr>')
            rows.append(self._entry_row(entry, change_index.get(id(entry))))
        rows.append("</table>")
        return "\n".join(rows)

    def _entry_row(self, entry: Entry, change: int | None) -> str:
        background = (f' style="background-color:{CURRENT_BACKGROUND};"'
                      if change is not None and change == self._current else "")
        colour = KIND_COLOURS[entry.kind]
        badge = ""
        if entry.is_change:
            badge = (f'<span style="color:{colour}; font-weight:bold;">'
                     f'{_escape(entry.describe_kind())}</span>')
            if entry.substantive:
                badge += (f' &nbsp;<span style="{SUBSTANTIVE_STYLE}">&nbsp;⚠ '
                          f'{self.tr("sisuline")}&nbsp;</span>')
        anchor = f'<a name="change{change}"></a>' if change is not None else ""
        link = (f'<a href="#change{change}" style="color:#1a1a1a; text-decoration:none;">'
                if change is not None else "")
        link_end = "</a>" if change is not None else ""
        old_label = entry.old_number or entry.label
        new_label = entry.new_number or entry.label
        old_cells, new_cells = [], []
        many = len(entry.fields) > 1
        for field in entry.fields:
            if not field.old and not field.new:
                continue
            label = (f'<span style="color:#666; font-size:small;">{_escape(field.label)}</span>'
                     f"<br>" if many else "")
            if entry.kind is ChangeKind.ADDED:
                old_text, new_text = "", _side_html([(Op.INSERT, field.new)], "new")
            elif entry.kind is ChangeKind.REMOVED:
                old_text, new_text = _side_html([(Op.DELETE, field.old)], "old"), ""
            else:
                old_text = _side_html(field.segments, "old")
                new_text = _side_html(field.segments, "new")
            if old_text:
                old_cells.append(f"<p>{label}{old_text}</p>")
            if new_text:
                new_cells.append(f"<p>{label}{new_text}</p>")
        absent = f'<p style="color:#999;">{self.tr("— puudub —")}</p>'
        old_html = "".join(old_cells) if entry.old_location is not None else absent
        new_html = "".join(new_cells) if entry.new_location is not None else absent
        header_old = (f"<b>{link}{_escape(old_label)}{link_end}</b>"
                      if entry.old_location is not None else "")
        header_new = (f"<b>{link}{_escape(new_label)}{link_end}</b>"
                      if entry.new_location is not None else "")
        if badge:
            header_new += f"&nbsp;&nbsp;{badge}" if header_new else badge
        border = "border-bottom:1px solid #d0d0d0;"
        return (f"<tr{background}>"
                f'<td valign="top" style="{border}">{anchor}{header_old}{old_html}</td>'
                f'<td valign="top" style="{border}">{header_new}{new_html}</td></tr>')


class CompareDialog(QDialog):
    """A window around :class:`CompareView` with a Close button."""

    def __init__(self, old: JobDescription, new: JobDescription, old_name: str = "",
                 new_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = self.tr("Redaktsioonide võrdlus")
        if old_name and new_name:
            title += f": {old_name} → {new_name}"
        self.setWindowTitle(title)
        self.view = CompareView(self)
        self.view.set_documents(old, new, old_name, new_name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        # Qt ships no Estonian: the button speaks the interface language through tr().
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Sulge"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(1200, 800)
