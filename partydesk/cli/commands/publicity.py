"""`partydesk publicity poster|log` and `partydesk consent set`: posts for WeChat made offline, with consent."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from partydesk.cli.args import date_value, year_value
from partydesk.cli.output import add_json_flag, print_json, print_table, wants_json
from partydesk.domain.errors import ValidationError
from partydesk.i18n import QT_TRANSLATE_NOOP, translate
from partydesk.services import publicity
from partydesk.services.publicity import Channel, PosterTemplate, SourceKind, SourceRef

TEMPLATES = {"red": PosterTemplate.RED, "plain": PosterTemplate.PLAIN}
CHANNELS = {"wechat": Channel.WECHAT_GROUP, "account": Channel.OFFICIAL_ACCOUNT, "board": Channel.NOTICE_BOARD}
CANNOT_READ = QT_TRANSLATE_NOOP("ValidationError", "Cannot read {path}")


def _template(text: str) -> PosterTemplate:
    """red, plain, or the template's Chinese name (红色党建, 简洁)."""
    try:
        return TEMPLATES.get(text.lower()) or PosterTemplate.from_text(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"template must be one of {', '.join(TEMPLATES)}") from None


def _yes_no(text: str) -> bool:
    if text.lower() in ("yes", "y", "是", "同意"):
        return True
    if text.lower() in ("no", "n", "否", "不同意"):
        return False
    raise argparse.ArgumentTypeError("answer yes or no")


def register(subparsers) -> None:
    parser = subparsers.add_parser("publicity", help="posters, covers and text for the WeChat group and 公众号")
    actions = parser.add_subparsers(dest="publicity_command", metavar="ACTION", required=True)
    poster = actions.add_parser("poster", help="write poster.png, cover.png, thumb.png and copy.txt to a folder")
    source = poster.add_mutually_exclusive_group(required=True)
    source.add_argument("--activity", metavar="UUID", help="an activity of the study calendar")
    source.add_argument("--service", metavar="UUID", help="a service practice entry")
    source.add_argument("--honour", metavar="UUID", help="an honour (表彰)")
    source.add_argument("--post", metavar="UUID", help="an exemplar post's term (先锋岗)")
    source.add_argument("--notice-file", metavar="FILE", help="a UTF-8 text file: the first line is the title")
    poster.add_argument("-o", "--output", required=True, metavar="DIR", help="folder (or stick) to write to")
    poster.add_argument("--template", type=_template, default=PosterTemplate.RED, metavar="NAME",
                        help="red (红色党建, default) or plain (简洁)")
    poster.add_argument("--channel", choices=sorted(CHANNELS), default="wechat",
                        help="where it goes, for the log: wechat (微信群), account (公众号), board (宣传栏)")
    add_json_flag(poster)
    poster.set_defaults(handler=handle_poster)

    log = actions.add_parser("log", help="the posts made, newest first")
    log.add_argument("--year", type=year_value, metavar="YEAR", help="only this year")
    add_json_flag(log)
    log.set_defaults(handler=handle_log)

    consent = subparsers.add_parser("consent", help="members' consent to publish their name or photo")
    consent_actions = consent.add_subparsers(dest="consent_command", metavar="ACTION", required=True)
    setting = consent_actions.add_parser("set", help="record what a member agrees to from a day on")
    setting.add_argument("--member", required=True, metavar="UUID", help="member uuid (partydesk list members --json)")
    setting.add_argument("--name", required=True, type=_yes_no, metavar="yes|no", help="may the name be published")
    setting.add_argument("--photo", required=True, type=_yes_no, metavar="yes|no", help="may photos be published")
    setting.add_argument("--on", type=date_value, metavar="DATE", help="from this day (default today)")
    add_json_flag(setting)
    setting.set_defaults(handler=handle_consent)


def _ref(args) -> SourceRef:
    if args.activity:
        return SourceRef(SourceKind.ACTIVITY, args.activity)
    if args.service:
        return SourceRef(SourceKind.SERVICE, args.service)
    if args.honour:
        return SourceRef(SourceKind.HONOUR, args.honour)
    if args.post:
        return SourceRef(SourceKind.POST, args.post)
    try:
        return SourceRef(SourceKind.NOTICE, text=Path(args.notice_file).read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError):
        raise ValidationError("notice-file", CANNOT_READ, path=args.notice_file) from None


def handle_poster(args, db) -> int:
    prepared = publicity.prepare(db, _ref(args), args.template, date.today())
    written = publicity.save(db, prepared, args.output, CHANNELS[args.channel])
    if wants_json(args):
        print_json({"files": [str(path) for path in written], "title": prepared.copy.title,
                    "summary": prepared.copy.summary, "template": prepared.template.value})
    else:
        for path in written:
            print(path)
    return 0


def handle_log(args, db) -> int:
    rows = publicity.publicity_log(db, args.year)
    if wants_json(args):
        print_json({"total": len(rows), "items": rows})
        return 0
    print_table(["Made", "By", "From", "Channel", "Title"],
                [(row.made_at, row.made_by, row.source_kind, row.channel, row.title) for row in rows], max_width=40)
    print(translate("Cli", QT_TRANSLATE_NOOP("Cli", "{count} posts"), count=len(rows)))
    return 0


def handle_consent(args, db) -> int:
    entry = publicity.set_consent(db, args.member, name=args.name, photo=args.photo, on=args.on or date.today())
    if wants_json(args):
        print_json(entry)
    else:
        print(translate("Cli", QT_TRANSLATE_NOOP("Cli", "Consent recorded from {on}: name {name}, photo {photo}"),
                        on=entry.given_on.isoformat(), name="yes" if entry.publish_name else "no",
                        photo="yes" if entry.publish_photo else "no"))
    return 0
