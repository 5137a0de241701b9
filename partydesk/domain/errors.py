"""Errors the user sees: a field, a plain message, and the spreadsheet row for imports."""

from __future__ import annotations

from partydesk.i18n import translate


class PartydeskError(Exception):
    """Base for errors that carry a user-readable message (never a traceback)."""


class ValidationError(PartydeskError):
    """Bad input for one field; nothing was changed.

    `message` is an English template marked with QT_TRANSLATE_NOOP("ValidationError", ...);
    `params` fill its {placeholders} after translation.
    """

    def __init__(self, field: str, message: str, row: int | None = None, **params: object):
        self.field = field
        self.template = message
        self.row = row
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return translate("ValidationError", self.template, **self.params)

    def with_row(self, row: int) -> ValidationError:
        return ValidationError(self.field, self.template, row=row, **self.params)

    def __str__(self) -> str:
        from partydesk.domain.fields import field_label

        prefix = f"{field_label(self.field)}: " if self.field else ""
        where = translate("ValidationError", "row {row}: ", row=self.row) if self.row else ""
        return f"{where}{prefix}{self.message}"


class NotFoundError(PartydeskError):
    """A record named by uuid does not exist (or is in the recycle bin)."""

    def __init__(self, kind: str, uuid: str):
        self.kind = kind
        self.uuid = uuid
        super().__init__(translate("Errors", "No {kind} with id {uuid}", kind=kind, uuid=uuid))


class PermissionDenied(PartydeskError):
    """The signed-in role may not do this."""

    def __init__(self, action: str):
        self.action = action
        super().__init__(translate("Errors", "Not allowed for your role: {action}", action=action))


class DatabaseRefused(PartydeskError):
    """The database cannot be opened safely (newer version, removable drive, locked...)."""
