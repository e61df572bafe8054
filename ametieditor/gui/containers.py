"""Signed containers (.asice/.bdoc) in the main window.

Only a document a signature covers is opened; with several, the user chooses
which. The signed container bar (:mod:`ametieditor.gui.signature_bar`) says in
one line who signed and whether the signatures hold, verified offline, with
details on demand.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QDockWidget, QInputDialog, QWidget

from ametieditor.formats import asice, registry
from ametieditor.gui.signature_bar import SignatureBar

if TYPE_CHECKING:
    from ametieditor.gui.main_window import MainWindow


class Containers(QObject):
    """Opening signed containers and the signature bar of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        #: The container and member opened last (set by :meth:`load`).
        self.member: tuple[Path, str] | None = None
        # What the container said about that opening (shown in the bar, not a pop-up).
        self._container_notes: list[str] = []
        self.signature_bar = SignatureBar()
        self.signature_dock = window.add_dock(
            "signatureDock", self.tr("Konteineri allkirjad"), self.signature_bar,
            Qt.DockWidgetArea.TopDockWidgetArea)
        self.signature_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.signature_dock.setTitleBarWidget(QWidget())  # one line: the bar has its own ✕
        self.signature_bar.closed.connect(self.signature_dock.hide)
        self.signature_dock.hide()
        window.files.use_reader(self.load)
        window.files.opened.connect(self._opened)
        window.session.document_replaced.connect(self.signature_dock.hide)

    def load(self, path: Path) -> registry.LoadResult | None:
        """Read ``path``; for a container with several documents, ask which one (None: cancel)."""
        self.member = None
        if path.suffix.lower() not in asice.EXTENSIONS:
            return registry.load(path)
        names = asice.read_container(path).openable  # only files a signature covers
        name = None  # the only one, or open_member says why there is none
        if len(names) > 1:
            name = self.ask_document(path, names)
            if name is None:
                return None
        opened = asice.open_member(path, name)
        result = opened.result
        result.signatures = list(opened.container.signatures)
        self.member = (path, opened.member)
        self._container_notes = opened.notes
        return result

    def ask_document(self, path: Path, names: list[str]) -> str | None:
        """The container member to open, chosen by the user (None when cancelled)."""
        suffix = {name: Path(name).suffix.lower() for name in names}
        readable = set(registry.readable_extensions())
        preferred = next((name for kind in asice.PREFERRED_EXTENSIONS for name in names
                          if suffix[name] == kind), None) or \
            next((name for name in names if suffix[name] in readable), names[0])
        dialog = QInputDialog(self.window)
        dialog.setObjectName("containerChoice")
        dialog.setWindowTitle(self.tr("Vali avatav fail"))
        dialog.setLabelText(self.tr(
            "Konteineris {name} on mitu faili. Millist neist avada?").format(name=path.name))
        dialog.setComboBoxItems(names)
        dialog.setTextValue(preferred)
        dialog.setOkButtonText(self.tr("Ava"))
        dialog.setCancelButtonText(self.tr("Loobu"))
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            chosen = dialog.textValue()
        finally:
            dialog.deleteLater()
        return chosen if chosen in names else None

    def _opened(self, path: Path, _result: registry.LoadResult) -> None:
        if self.member is not None:
            self.signature_bar.show_container(path, self.member[1], self._container_notes)
            self.signature_dock.show()


def install(window: MainWindow) -> Containers:
    """Open signed containers in ``window`` and show their signatures."""
    return window.features.add(Containers(window))
