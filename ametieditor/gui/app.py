"""``ametieditor [FILE]``: start the editor, optionally with a file open.

A placeholder window until the editor issue lands: it shows the post title
and the numbered sections of the opened file.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QPlainTextEdit

from ametieditor.formats import registry
from ametieditor.formats.errors import FormatError
from ametieditor.i18n import resolve_language, set_language
from ametieditor.model.numbering import Section, numbered_heading


def create_window(path: Path | None = None) -> QMainWindow:
    window = QMainWindow()
    window.setWindowTitle("Ametieditor")
    view = QPlainTextEdit()
    view.setObjectName("outline")
    view.setReadOnly(True)
    window.setCentralWidget(view)
    window.resize(900, 700)
    if path is not None:
        try:
            doc = registry.load(path).document
        except FormatError as error:
            QMessageBox.critical(window, "Ametieditor", str(error))
        else:
            window.setWindowTitle(f"{path.name} – {doc.general.title} – Ametieditor")
            headings = [numbered_heading(doc, section) for section in Section]
            view.setPlainText("\n".join([doc.general.title, "", *filter(None, headings)]))
    return window


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    set_language(resolve_language())
    app = QApplication.instance() or QApplication([sys.argv[0], *arguments])
    window = create_window(Path(arguments[0]) if arguments else None)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
