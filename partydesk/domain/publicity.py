"""Publicity rules: channels and templates, WeChat's character limits, and who may be named or shown.

民法典 art. 1019/1023 (portraits, names) and 个人信息保护法 art. 25 (separate consent to publish):
a member without consent appears masked (张**); resident IDs and phone numbers never appear.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from partydesk.domain.enums import LabeledEnum

TITLE_LIMIT = 64
SUMMARY_LIMIT = 120
ELLIPSIS = "…"
NAME_MASK = "**"


class Channel(LabeledEnum):
    WECHAT_GROUP = ("WECHAT_GROUP", "微信群", "WeChat group")
    OFFICIAL_ACCOUNT = ("OFFICIAL_ACCOUNT", "公众号", "Official account")
    NOTICE_BOARD = ("NOTICE_BOARD", "宣传栏", "Notice board")


class PosterTemplate(LabeledEnum):
    RED = ("RED", "红色党建", "Party red")
    PLAIN = ("PLAIN", "简洁", "Plain")


class SourceKind(LabeledEnum):
    ACTIVITY = ("ACTIVITY", "学习活动", "Activity")
    SERVICE = ("SERVICE", "服务实践", "Service practice")
    HONOUR = ("HONOUR", "表彰", "Honour")
    POST = ("POST", "先锋岗", "Exemplar post")
    NOTICE = ("NOTICE", "通知", "Notice")


@dataclass(frozen=True)
class Consent:
    """What a member agreed to have published (both False without a live consent)."""

    name: bool = False
    photo: bool = False


NO_CONSENT = Consent()


def wechat_length(text: str) -> int:
    """Characters as WeChat's editor counts them: one a UTF-16 unit (an emoji outside the BMP is two)."""
    return sum(2 if ord(char) > 0xFFFF else 1 for char in text)


def _joins_previous(char: str) -> bool:
    """Marks that belong to the character before them (accents, variation selectors, ZWJ sequences)."""
    return unicodedata.combining(char) > 0 or char in "\u200d\ufe0e\ufe0f" or 0xE0100 <= ord(char) <= 0xE01EF


def clip(text: str, limit: int) -> str:
    """The text within `limit` WeChat characters, cut between whole characters and ended with …."""
    text = " ".join(text.split())
    if wechat_length(text) <= limit:
        return text
    budget = limit - wechat_length(ELLIPSIS)
    end, used = 0, 0
    while end < len(text) and used + wechat_length(text[end]) <= budget:
        used += wechat_length(text[end])
        end += 1
    while end > 0 and (_joins_previous(text[end]) if end < len(text) else False):
        end -= 1
    while end > 0 and text[end - 1] == "\u200d":
        end -= 1
    return text[:end].rstrip() + ELLIPSIS


# A clause asking people to bring something: 请携带… / 带上… / 自带… (not 带领, 带头, 带动).
_BRING = re.compile(r"[^，,；;。！？!?\n]*(?:携带|带上|带好|自带|请带(?![领头动]))[^，,；;。！？!?\n]*")


def bring_line(texts: Iterable[str]) -> str:
    """What to bring, as the record itself says it (the first clause that asks), or "" when nothing says so."""
    for text in texts:
        found = _BRING.search(text or "")
        if found and found.group(0).strip():
            return found.group(0).strip() + "。"
    return ""


def masked_name(name: str) -> str:
    """张三丰 -> 张**: the family name stays, the length of the given name does not show."""
    name = name.strip()
    return (name[:1] + NAME_MASK) if name else ""


def shown_name(name: str, consent: Consent) -> str:
    return name.strip() if consent.name else masked_name(name)


# 18-digit resident IDs (or 15-digit old ones), mobile numbers and landlines with an area code.
_RESIDENT_ID = re.compile(r"(?<![0-9])[1-9][0-9]{5}(?:19|20)[0-9]{2}[01][0-9][0-3][0-9][0-9]{3}[0-9Xx](?![0-9])"
                          r"|(?<![0-9])[1-9][0-9]{14}(?![0-9])")
_PHONE = re.compile(r"(?<![0-9])(?:\+?86[- ]?)?1[3-9][0-9][- ]?[0-9]{4}[- ]?[0-9]{4}(?![0-9])"
                    r"|(?<![0-9])0[1-9][0-9]{1,2}[- ]?[0-9]{7,8}(?![0-9])")
REDACTED = "〔略〕"


def scrub(text: str, names: Mapping[str, Consent], addresses: Iterable[str] = ()) -> str:
    """Free text fit to publish: masked names without consent, no ID or phone numbers, no addresses."""
    for address in sorted({a.strip() for a in addresses if len(a.strip()) >= 4}, key=len, reverse=True):
        text = text.replace(address, REDACTED)
    text = _RESIDENT_ID.sub(REDACTED, text)
    text = _PHONE.sub(REDACTED, text)
    for name in sorted(names, key=len, reverse=True):
        if len(name) >= 2 and not names[name].name:
            text = text.replace(name, masked_name(name))
    return text
