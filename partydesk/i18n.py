"""Translation hook usable below the GUI layer (no Qt import).

Domain and service messages are English source strings marked with
`QT_TRANSLATE_NOOP(context, text)` so `pyside6-lupdate` extracts them into the
same .ts files as the GUI. The GUI installs Qt's translator with
`set_translator(QCoreApplication.translate)`; without it (CLI, tests) text stays
English.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate looks for
    return text


def _identity(context: str, text: str) -> str:
    return text


_translator: Translator = _identity
_language = "zh_CN"


def set_language(language: str) -> None:
    """Language of enum labels and the GUI: "zh_CN" (default) or "en"."""
    global _language
    _language = language


def language() -> str:
    return _language


def current_translator() -> Translator | None:
    """The hook now installed (None: English source text), to put back after a temporary change."""
    return None if _translator is _identity else _translator


def set_translator(translator: Translator | None) -> None:
    global _translator
    _translator = translator or _identity


def translate(context: str, text: str, **params: object) -> str:
    translated = _translator(context, text) or text
    return translated.format(**params) if params else translated
