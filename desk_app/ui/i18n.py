"""Languages: Simplified Chinese (complete) and English (the source). Follows the system locale by default."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desk_app.resources import translations_dir

log = logging.getLogger("desk_app.ui")

LANGUAGES = {"zh_CN": "简体中文", "en": "English"}
_installed: list[QTranslator] = []


def resolve_language(preference: str | None) -> str:
    """'' / None → the system locale: Chinese for any zh locale, English otherwise."""
    if preference in LANGUAGES:
        return str(preference)
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def install(language: str) -> str:
    """Load the app's and Qt's catalogues for ``language``; returns the language actually used."""
    app = QCoreApplication.instance()
    assert app is not None
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return "en"
    try:
        from desk_app.ui import i18n_build

        i18n_build.build()  # no-op unless a .ts is newer than its .qm (fresh checkout, edited catalogue)
    except Exception:  # a missing lrelease must not stop the app; an existing .qm still loads
        log.exception("could not compile translations")
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_dir), (f"desk_app_{language}", str(translations_dir()))):
        tr = QTranslator(app)
        if tr.load(name, folder):
            app.installTranslator(tr)
            _installed.append(tr)
        else:
            log.warning("translation %s not found in %s", name, folder)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    return language
