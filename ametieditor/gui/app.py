"""``ametieditor [FILE]``: start the editor, optionally with a file open."""

from __future__ import annotations

import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer
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


#: How often the event loop lets Python see a Ctrl+C from the terminal.
INTERRUPT_POLL_MS = 300


def close_on_interrupt(parent: QObject) -> None:
    """Ctrl+C in the terminal closes the windows the normal way, quietly.

    Without this Python raises KeyboardInterrupt inside whichever slot runs
    next (a traceback on stderr, and the editor keeps running). Closing the
    windows asks about unsaved changes as the window's close button does. Qt's
    loop runs no Python code while idle, so a timer wakes it to let the
    handler run.
    """
    signal.signal(signal.SIGINT,
                  lambda *_: QTimer.singleShot(0, QApplication.closeAllWindows))
    timer = QTimer(parent)
    timer.timeout.connect(lambda: None)
    timer.start(INTERRUPT_POLL_MS)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    configure_application()
    app = QApplication.instance() or QApplication([sys.argv[0], *arguments])
    from ametieditor.gui.dialogs import install_excepthook
    from ametieditor.gui.language import apply_language

    apply_language()
    install_excepthook()
    close_on_interrupt(app)
    window = create_window(Path(arguments[0]) if arguments else None)
    from ametieditor.gui import safety

    # After a crash: offer the unsaved documents, once the window is on the screen.
    window.show()
    window.when_started(lambda: safety.recover_at_start(window))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
