"""Writing a finished PDF: a temp file beside the target, then an atomic rename."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from partydesk.domain.errors import PartydeskError
from partydesk.i18n import QT_TRANSLATE_NOOP, translate

CANNOT_WRITE = QT_TRANSLATE_NOOP("Reports", "Cannot write the PDF to {path}: {reason}")


class ReportWriteError(PartydeskError):
    """The PDF could not be saved where asked; nothing was left behind."""

    def __init__(self, path: Path, reason: str):
        self.path = path
        self.reason = reason
        super().__init__(translate("Reports", CANNOT_WRITE, path=str(path), reason=reason))


def write_pdf(path: str | Path, data: bytes) -> Path:
    """Save `data` at `path` whole or not at all (a failure leaves no partial file)."""
    target = Path(path).expanduser()
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise ReportWriteError(target, os.strerror(errno.EISDIR))
    temp_name = None
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_name, target)
        temp_name = None
    except OSError as error:
        raise ReportWriteError(target, error.strerror or str(error)) from error
    finally:
        if temp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
    return target
