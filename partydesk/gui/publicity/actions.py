"""Menu entries of 新媒体宣传 (a notice poster, the publicity log) and the 生成宣传图 helper the tabs call."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from partydesk.i18n import QT_TRANSLATE_NOOP
from partydesk.services.publicity import SourceKind, SourceRef

QT_TRANSLATE_NOOP("PublicityActions", "Select a record first.")
QT_TRANSLATE_NOOP("PublicityActions", "Notice")
QT_TRANSLATE_NOOP("PublicityActions", "Notice &poster…")
QT_TRANSLATE_NOOP("PublicityActions", "Publicity &log…")


def _t(text: str) -> str:
    return QCoreApplication.translate("PublicityActions", text)


def open_poster(window, kind: SourceKind, uuid: str | None) -> None:
    """生成宣传图 for the selected record (a status message when none is selected)."""
    from partydesk.domain.errors import PartydeskError
    from partydesk.gui.publicity.dialog import PosterDialog
    from partydesk.services import publicity

    if not uuid:
        window.show_status(_t("Select a record first."))
        return
    ref = SourceRef(kind, uuid)
    try:
        publicity.check_publishable(window.db, ref)  # a revoked honour says so before any drawing
    except PartydeskError as error:
        window.show_error(str(error))
        return
    PosterDialog(window, ref).exec()


def open_notice(window) -> None:
    from partydesk.gui.publicity.dialog import PosterDialog

    PosterDialog(window, SourceRef(SourceKind.NOTICE, text=_t("Notice"))).exec()


def open_log(window) -> None:
    from partydesk.gui.publicity.log_view import PublicityLogDialog

    PublicityLogDialog(window).exec()


def install(window) -> None:
    menu = window.menus["reports"]
    menu.addSeparator()
    for text, slot in ((_t("Notice &poster…"), open_notice), (_t("Publicity &log…"), open_log)):
        action = menu.addAction(text)
        action.setObjectName("publicityNotice" if slot is open_notice else "publicityLog")
        action.triggered.connect(lambda _checked=False, slot=slot: slot(window))
