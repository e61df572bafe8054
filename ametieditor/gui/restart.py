"""Restarting the editor after the user chose another interface language.

Qt translates widgets when they are made, and much of the window's text is set
in code at construction, so the language of a running window is left alone: a
half-switched window (some text in the new language, some in the old) confuses
more than it helps. The choice is stored and takes effect in a new process;
:func:`ask_restart` offers to start it at once.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtWidgets import QMessageBox, QWidget


def restart_command(path: Path | None) -> tuple[str, list[str]]:
    """The program and arguments that start the editor again with ``path`` open.

    A PyInstaller build is its own program (``sys.frozen``); otherwise the
    same interpreter runs ``python -m ametieditor.gui`` (``-m ametieditor`` is the
    command-line tool).
    """
    arguments = [str(path.resolve())] if path is not None else []
    if getattr(sys, "frozen", False):
        return sys.executable, arguments
    return sys.executable, ["-m", "ametieditor.gui", *arguments]


def start_editor(path: Path | None) -> bool:
    """Start a new editor process that outlives this one; False when it could not start."""
    program, arguments = restart_command(path)
    started, _pid = QProcess.startDetached(program, arguments)
    return bool(started)


def ask_restart(parent: QWidget | None) -> bool:
    """True for "Restart now", False for "Later"; in both languages, as the user just chose.

    Standard Yes/No buttons with our own text, like ``dialogs.ask_unsaved``, so
    that Escape means Later.
    """
    translate = QCoreApplication.translate
    standard = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Information,
                      translate("restart", "Keel / Language"),
                      translate("restart", "Keel vahetub pärast Ametieditori taaskäivitamist.\n"
                                           "The language changes when Ametieditor restarts."),
                      standard.Yes | standard.No, parent)
    box.setInformativeText(translate("restart",
                                     "Salvestamata muudatuste kohta küsitakse enne.\n"
                                     "You will be asked about unsaved changes first."))
    box.button(standard.Yes).setText(translate("restart", "&Taaskäivita kohe / Restart now"))
    box.button(standard.No).setText(translate("restart", "&Hiljem / Later"))
    box.setDefaultButton(standard.Yes)
    return box.exec() == standard.Yes
