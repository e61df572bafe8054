"""The interface language: Qt translators for the widgets, i18n for the other layers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from ametieditor.i18n import ENGLISH, ESTONIAN, resolve_language, set_language
from ametieditor.resources import resource_path

_installed: list[QTranslator] = []

#: The locale for each interface language (Estonia's working week starts on Monday).
LOCALES = {
    ESTONIAN: QLocale(QLocale.Language.Estonian, QLocale.Country.Estonia),
    ENGLISH: QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


def chosen_language() -> str:
    """The language from settings (if the user chose one), else the environment."""
    choice = QSettings().value("language", "")
    return resolve_language(str(choice) if choice else None)


def apply_language(choice: str | None = None) -> str:
    """Install the translators for ``choice`` and switch the non-GUI messages too."""
    language = resolve_language(choice) if choice else chosen_language()
    set_language(language)
    # Month and day names (the calendar under the approval date) and the first day of
    # the week follow the interface language, not the system's (often "C" or English).
    QLocale.setDefault(LOCALES.get(language, LOCALES[ESTONIAN]))
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    if app is None:
        return language
    if language != ENGLISH:
        # Qt ships no Estonian: our own translation of its buttons, menus and file dialog.
        qt_estonian = QTranslator()
        if qt_estonian.load(str(resource_path("translations/qt_et.qm"))):
            app.installTranslator(qt_estonian)
            _installed.append(qt_estonian)
        return language
    ours = QTranslator()
    if ours.load(str(resource_path(f"translations/ametieditor_{language}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    qt_base = QTranslator()
    if qt_base.load(QLocale(language), "qtbase", "_",
                    QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    return language
