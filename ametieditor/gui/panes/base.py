"""What every pane does: show its part of the model, send edits as commands."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from ametieditor.commands import EditSession, SetPart, SetValue
from ametieditor.commands.paths import ModelPath, get_at
from ametieditor.model.texts import Location


class Pane(QWidget):
    """A pane edits the part of the document under :attr:`root`.

    Subclasses build their form in ``__init__`` (a generated Designer form held
    as ``self.ui``), implement :meth:`load` to show the model, and push a
    command for every edit (:meth:`set_value`). The pane reloads itself when a
    command changes anything under its root, so Undo is visible at once.
    """

    #: Path of the part this pane edits, e.g. ``("purpose",)``.
    root: ModelPath = ()

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.loading = False
        session.changed.connect(self._on_changed)
        session.document_replaced.connect(self.reload)

    # -- the shared interface -----------------------------------------------------

    @property
    def document(self) -> Any:
        return self.session.document

    def load(self) -> None:
        """Show the model in the widgets (without pushing commands)."""
        raise NotImplementedError

    def reload(self) -> None:
        self.loading = True
        try:
            self.load()
        finally:
            self.loading = False

    def on_model_changed(self, path: ModelPath) -> None:
        """A command changed ``path`` under this pane's root; default: reload all."""
        self.reload()

    def focus_location(self, location: Location) -> bool:
        """Move the keyboard focus to the field of ``location``; False if not here."""
        return False

    def set_heading(self, text: str) -> None:
        """Show the numbered heading (e.g. ``"6. TÖÖVAHENDID"``) if the pane has one."""
        label = getattr(getattr(self, "ui", None), "headingLabel", None)
        if isinstance(label, QLabel):
            label.setText(text)

    # -- helpers for subclasses ---------------------------------------------------

    def _on_changed(self, path: ModelPath) -> None:
        root = self.root
        if path[: len(root)] == root or root[: len(path)] == path:
            self.loading = True
            try:
                self.on_model_changed(path)
            finally:
                self.loading = False

    def value(self, path: ModelPath) -> Any:
        return get_at(self.document, path)

    def set_value(self, path: ModelPath, value: Any, text: str = "") -> None:
        """Push a merging :class:`SetValue` when ``value`` differs from the model."""
        if self.loading or get_at(self.document, path) == value:
            return
        self.session.push(SetValue(self.session, path, value, text))

    def set_part(self, path: ModelPath, on: bool, factory: Any, text: str = "") -> None:
        """Switch an optional part on (a fresh ``factory()``) or off."""
        if self.loading or (get_at(self.document, path) is not None) == on:
            return
        self.session.push(SetPart(self.session, path, factory() if on else None, text))

    @staticmethod
    def show_text(widget: QLineEdit, text: str) -> None:
        """Set a line edit's text only when it differs (keeps the cursor while typing)."""
        if widget.text() != text:
            widget.setText(text)
            if not widget.hasFocus():
                widget.setCursorPosition(0)  # show the start of a long value

    @staticmethod
    def show_check(widget: QCheckBox, checked: bool) -> None:
        if widget.isChecked() != checked:
            widget.setChecked(checked)

    @staticmethod
    def show_combo_text(widget: QComboBox, text: str) -> None:
        if widget.currentText() != text:
            widget.setCurrentText(text)

    def connect_line(self, widget: QLineEdit, path: ModelPath, text: str) -> None:
        """Typing in ``widget`` sets the string at ``path`` (one merged command)."""
        widget.textEdited.connect(lambda value: self.set_value(path, value, text))

    def connect_combo(self, widget: QComboBox, path: ModelPath, text: str) -> None:
        """An editable combo: typing and picking both set the string at ``path``."""
        line = widget.lineEdit()
        if line is not None:
            line.textEdited.connect(lambda value: self.set_value(path, value, text))
        widget.activated.connect(lambda _index: self.set_value(path, widget.currentText(), text))

    def bind_part(self, check: QCheckBox, path: ModelPath, factory: Any, text: str) -> None:
        check.clicked.connect(lambda on: self.set_part(path, on, factory, text))
