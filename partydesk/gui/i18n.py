"""Install translators: Qt's own Chinese plus every resources/i18n/*_zh_CN.qm, and hook services."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from partydesk import i18n
from partydesk.resources import resource_path

_installed: list[QTranslator] = []


def qm_files() -> list:
    """Our translation files (core GUI plus each feature's), in name order."""
    return sorted(resource_path("i18n").glob("*_zh_CN.qm"))


def install(language: str) -> list[str]:
    """Load the translators for `language` ("zh_CN" or "en"); returns what was loaded."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    i18n.set_language(language)
    i18n.set_translator(QCoreApplication.translate)
    loaded: list[str] = []
    if not language.startswith("zh"):
        QLocale.setDefault(QLocale(QLocale.English, QLocale.UnitedStates))
        return loaded
    QLocale.setDefault(QLocale(QLocale.Chinese, QLocale.China))
    qt_dir = QLibraryInfo.path(QLibraryInfo.TranslationsPath)
    candidates = [(f"qtbase_{language}", qt_dir)] + [(str(path), "") for path in qm_files()]
    for name, directory in candidates:
        translator = QTranslator(app)
        if translator.load(name, directory) and app.installTranslator(translator):
            _installed.append(translator)
            loaded.append(name)
    return loaded


def uninstall() -> None:
    """Remove our translators and unhook the services (tests restore the default state)."""
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    i18n.set_translator(None)
    i18n.set_language("zh_CN")


def tr(context: str, text: str, **params: object) -> str:
    """Translate a source string marked elsewhere with QT_TRANSLATE_NOOP(context, text)."""
    return i18n.translate(context, text, **params)
