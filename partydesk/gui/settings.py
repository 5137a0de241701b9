"""QSettings helpers: one organisation name, window geometry and table column widths."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QHeaderView, QWidget

ORGANISATION = "partydesk"
APPLICATION = "partydesk"
LANGUAGE_KEY = "ui/language"
DEFAULT_LANGUAGE = "zh_CN"
LANGUAGES = ("zh_CN", "en")


def settings() -> QSettings:
    """Our settings in the default format, so `point_settings_to()` (tests, portable use) applies."""
    return QSettings(QSettings.defaultFormat(), QSettings.UserScope, ORGANISATION, APPLICATION)


def language() -> str:
    value = str(settings().value(LANGUAGE_KEY, DEFAULT_LANGUAGE) or DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def set_language(value: str) -> None:
    settings().setValue(LANGUAGE_KEY, value if value in LANGUAGES else DEFAULT_LANGUAGE)


def restore_geometry(widget: QWidget, key: str) -> bool:
    state = settings().value(f"geometry/{key}")
    return bool(state) and widget.restoreGeometry(state)


def save_geometry(widget: QWidget, key: str) -> None:
    settings().setValue(f"geometry/{key}", widget.saveGeometry())


def restore_header(header: QHeaderView, key: str) -> bool:
    state = settings().value(f"columns/{key}")
    return bool(state) and header.restoreState(state)


def save_header(header: QHeaderView, key: str) -> None:
    settings().setValue(f"columns/{key}", header.saveState())
