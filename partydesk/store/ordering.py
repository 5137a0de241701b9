"""Ordering by code point on every database: PostgreSQL otherwise sorts text by the server's collation."""

from __future__ import annotations

from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


class bytewise(FunctionElement):  # noqa: N801 - reads as a function in order_by()
    """`bytewise(column)`: the column, compared code point by code point (SQLite's BINARY, PostgreSQL's "C")."""

    inherit_cache = True


@compiles(bytewise)
def _as_is(element, compiler, **kw) -> str:
    return compiler.process(element.clauses, **kw)


@compiles(bytewise, "postgresql")
def _collate_c(element, compiler, **kw) -> str:
    return f'({compiler.process(element.clauses, **kw)}) COLLATE "C"'
