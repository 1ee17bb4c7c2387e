"""Languages: Qt translators for zh_TW (default), zh_CN and en, switchable at run time.

Installing a translator makes Qt send ``QEvent.LanguageChange`` to every widget; each of our widgets
re-sets its texts in ``retranslate()`` from ``changeEvent``, so a switch loses nothing typed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ui.resources import resource_path

LANGUAGES = ("zh_TW", "zh_CN", "en")
DEFAULT_LANGUAGE = "zh_TW"

_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


def qm_path(language: str) -> str:
    return str(resource_path("translations", f"gatehouse_{language}.qm"))


def install_language(language: str) -> str:
    """Make ``language`` the application's language; returns the language actually installed."""
    global _current
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    app = QCoreApplication.instance()
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    translator = QTranslator(app)
    if translator.load(qm_path(language)):
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)
    # Qt's own words (OK, Cancel, Yes, the print and file dialogs) in the same language.
    qt_words = QTranslator(app)
    if qt_words.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        QCoreApplication.installTranslator(qt_words)
        _installed.append(qt_words)
    QLocale.setDefault(QLocale(language))
    _current = language
    return language


def current_language() -> str:
    return _current


def language_name(language: str) -> str:
    """Each language named in itself, so anyone can find their own in the list."""
    return {"zh_TW": "繁體中文", "zh_CN": "简体中文", "en": "English"}.get(language, language)
