"""文案: the title, summary, body and group-chat notice of a post, within WeChat's limits."""

from __future__ import annotations

from dataclasses import dataclass

from partydesk.domain.publicity import SUMMARY_LIMIT, TITLE_LIMIT, SourceKind, clip
from partydesk.services.publicity.sources import PosterSource, date_text


@dataclass(frozen=True)
class Copy:
    title: str
    summary: str
    paragraphs: tuple[str, ...]
    notice: str

    def as_text(self) -> str:
        """copy.txt and the clipboard: every part under its heading."""
        return ("【标题】\n" + self.title + "\n\n【摘要】\n" + self.summary + "\n\n【正文】\n"
                + "\n\n".join(self.paragraphs) + "\n\n【群通知】\n" + self.notice + "\n")


def _when(source: PosterSource) -> str:
    if source.on_date is None:
        return ""
    return date_text(source.on_date) + (" " + source.time_text if source.time_text else "")


def _title(source: PosterSource) -> str:
    if source.kind in (SourceKind.NOTICE, SourceKind.HONOUR) or source.label in source.title:
        return clip(source.title, TITLE_LIMIT)
    return clip(source.label + "｜" + source.title, TITLE_LIMIT)


def _paragraphs(source: PosterSource) -> tuple[str, ...]:
    extra = []
    if source.names:
        extra.append("参加人员：" + "、".join(source.names) + ("等" if source.participants > len(source.names) else ""))
    if source.citation:
        extra.append("事迹摘要：" + source.citation)
    return tuple(source.body) + tuple(extra)


def _notice(source: PosterSource) -> str:
    """A few lines for the group chat: what, when, where, who (and what to bring, when it is said)."""
    heading = "【通知】" if source.coming else "【" + source.label + "】"
    lines = [heading + source.title]
    if source.coming and source.kind is not SourceKind.NOTICE:
        lines += ["时间：" + _when(source)] + (["地点：" + source.place] if source.place else [])
        lines.append("参加人员：" + source.audience if source.audience else "")
        lines.append(source.bring)
    else:
        lines.append(clip("".join(source.body), SUMMARY_LIMIT) if source.body else "")
    lines.append("——" + source.office)
    return "\n".join(line for line in lines if line)


def write_copy(source: PosterSource) -> Copy:
    summary = clip("".join(source.body) or source.title, SUMMARY_LIMIT)
    return Copy(_title(source), summary, _paragraphs(source), _notice(source))
