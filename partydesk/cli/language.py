"""The console's language: Chinese for a zh_* locale or PARTYDESK_LANG=zh_CN, from the window's .qm catalogues.

Only QtCore's QTranslator is used (no widgets, no application object): the same compiled
catalogues the window loads translate the services' messages and the console's own words.
English needs no catalogue: the source strings are English. Terms of art (预备党员, 党课 ...)
print as offices write them in either language.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager

from partydesk import i18n

LANGUAGE_VARIABLES = ("PARTYDESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG")


def console_language(environ: Mapping[str, str] | None = None) -> str:
    """"zh_CN" or "en": the first language variable set decides, else the system locale."""
    environ = os.environ if environ is None else environ
    chosen = next((environ[name] for name in LANGUAGE_VARIABLES if environ.get(name)), "")
    if not chosen and environ is os.environ:
        chosen = locale.getlocale()[0] or ""  # Windows sets no variable: "Chinese (Simplified)_China" or "zh_CN"
    return "zh_CN" if chosen.lower().startswith(("zh", "chinese")) else "en"


def catalogue_translator(language: str) -> Callable[[str, str], str] | None:
    """A translate(context, text) over every *_zh_CN.qm, or None for English or when none loads."""
    if not language.startswith("zh"):
        return None
    from PySide6.QtCore import QTranslator

    from partydesk.resources import resource_path

    translators = []
    for path in sorted(resource_path("i18n").glob(f"*_{language}.qm")):
        translator = QTranslator()
        if translator.load(str(path)):
            translators.append(translator)
    if not translators:
        return None

    def translate(context: str, text: str) -> str:
        for translator in translators:
            found = translator.translate(context, text)
            if found:
                return found
        return text

    return translate


@contextmanager
def console_translation(environ: Mapping[str, str] | None = None) -> Iterator[str]:
    """Translate service and console messages while a command runs; restore the hook after."""
    language = console_language(environ)
    translator = catalogue_translator(language)
    previous = i18n.current_translator()
    if translator is not None:
        i18n.set_translator(translator)
    try:
        yield language if translator is not None else "en"
    finally:
        i18n.set_translator(previous)
