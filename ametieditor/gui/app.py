"""``ametieditor [FILE]``: start the editor, optionally with a file open."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from ametieditor.paths import APPLICATION_NAME


def configure_application() -> None:
    """Application and organisation name "Ametieditor".

    The settings then live in ``~/.config/Ametieditor/Ametieditor.conf`` (Linux) or
    ``HKCU\\Software\\Ametieditor\\Ametieditor`` (Windows); with no organisation Qt would
    use "Unknown Organization". The user's files are in ametieditor/paths.py's folder.
    """
    QCoreApplication.setApplicationName(APPLICATION_NAME)
    QCoreApplication.setOrganizationName(APPLICATION_NAME)
    QCoreApplication.setOrganizationDomain("")


def create_window(path: Path | None = None):  # -> MainWindow
    """The main window, with ``path`` open or a new document for a civil servant."""
    from ametieditor.gui.files import NATIVE_EXTENSION
    from ametieditor.gui.main_window import MainWindow

    configure_application()
    window = MainWindow()
    if path is not None and path.suffix.lower() != NATIVE_EXTENSION:
        window.install_features()  # importing reports, containers ask which document
    if path is None or not window.files.open_path(path, ask=False):
        window.files.new_document("ametnik")
    return window


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    configure_application()
    app = QApplication.instance() or QApplication([sys.argv[0], *arguments])
    from ametieditor.gui.dialogs import install_excepthook
    from ametieditor.gui.language import apply_language

    apply_language()
    install_excepthook()
    window = create_window(Path(arguments[0]) if arguments else None)
    from ametieditor.gui import safety

    # After a crash: offer the unsaved documents, once the window is on the screen.
    window.show()
    window.when_started(lambda: safety.recover_at_start(window))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
