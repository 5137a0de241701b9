"""No date format with non-ASCII characters anywhere in partydesk (CPython 3.11 on Windows raises).

On Windows, CPython 3.11's strftime encodes the format in the locale's code page, so `f"{d:%Y年}"` raises
UnicodeEncodeError unless the system code page is Chinese (CPython issue 52551). Build such dates from
their parts instead: f"{d.year}年{d.month}月{d.day}日".
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "partydesk"
# A str.format / format() replacement field whose spec is a strftime format with non-ASCII in it.
TEMPLATE_FIELD = re.compile(r"\{[^{}]*:[^{}]*%[^{}]*\}")


def non_ascii(text: str) -> bool:
    return any(ord(char) > 127 for char in text)


def spec_text(spec: ast.AST) -> str:
    constants = (part for part in ast.walk(spec) if isinstance(part, ast.Constant))
    return "".join(part.value for part in constants if isinstance(part.value, str))


def offending_formats(source: str) -> list[int]:
    """Line numbers of date formats with non-ASCII characters in one module's source."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FormattedValue) and node.format_spec is not None:
            spec = spec_text(node.format_spec)
            if "%" in spec and non_ascii(spec):
                lines.append(node.lineno)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "strftime":
            if any(isinstance(arg, ast.Constant) and isinstance(arg.value, str) and non_ascii(arg.value)
                   for arg in node.args):
                lines.append(node.lineno)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and any(
            non_ascii(field) for field in TEMPLATE_FIELD.findall(node.value)
        ):
            lines.append(node.lineno)
    return sorted(lines)


def test_the_check_finds_chinese_in_fstring_strftime_and_format_templates():
    source = '''
f"{on:%Y年%m月%d日}"
on.strftime("%Y年%m月")
"{:%m月%d日}".format(on)
f"{on.year}年{on.month}月 {at:%H:%M}"
on.strftime("%Y-%m-%d")
'''
    assert offending_formats(source) == [2, 3, 4]


def test_no_module_of_partydesk_puts_non_ascii_in_a_date_format():
    found = {
        f"{path.relative_to(PACKAGE.parent)}:{line}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for line in offending_formats(path.read_text(encoding="utf-8"))
    }
    assert not found, f"build these dates from their parts (Windows CPython 3.11 raises): {sorted(found)}"
