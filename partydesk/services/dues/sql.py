"""Portable SQL pieces the ledger and the reminders share: month numbers and GREATEST/LEAST."""

from __future__ import annotations

from sqlalchemy import Integer, cast, extract
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import GenericFunction


class greatest(GenericFunction):  # noqa: N801  (named like the SQL function)
    """GREATEST(a, b, ...); SQLite spells it as the scalar max()."""

    inherit_cache = True
    type = Integer()


class least(GenericFunction):  # noqa: N801
    inherit_cache = True
    type = Integer()


@compiles(greatest, "sqlite")
def _sqlite_greatest(element, compiler, **kw):
    return f"max({compiler.process(element.clauses, **kw)})"


@compiles(least, "sqlite")
def _sqlite_least(element, compiler, **kw):
    return f"min({compiler.process(element.clauses, **kw)})"


def month_number(column):
    """year * 12 + month - 1 of a date column, in portable SQL."""
    return cast(extract("year", column), Integer) * 12 + cast(extract("month", column), Integer) - 1
