"""Small builders for service tests."""

from __future__ import annotations

from datetime import date

from sqlalchemy import inspect

from partydesk.domain.id_number import check_digit
from partydesk.services import roster

TODAY = date(2026, 11, 26)
BACKUP_PASS = "correct horse battery"


def resident_id(region: str = "530112", birth: str = "19650312", seq: str = "023") -> str:
    first17 = f"{region}{birth}{seq}"
    return first17 + check_digit(first17)


def add_member(db, branch_uuid: str, name: str = "张堃", **fields) -> str:
    fields.setdefault("joined_on", date(1990, 7, 1))
    fields.setdefault("full_on", date(1991, 7, 1))
    data = roster.MemberInput(name=name, branch_uuid=branch_uuid, **fields)
    return roster.create_member(db, data, today=TODAY).uuid


def table_counts(db) -> dict[str, int]:
    with db.engine.connect() as conn:
        names = [n for n in inspect(conn).get_table_names() if not n.startswith("sqlite_")]
        return {n: conn.exec_driver_sql(f'SELECT count(*) FROM "{n}"').scalar() for n in names}


def add_minutes_filler(db, rows: int = 5000) -> None:
    """About 2 MB of minutes-like text: a database that compresses well."""
    with db.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE filler_text(x TEXT)")
        conn.exec_driver_sql(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
            "INSERT INTO filler_text SELECT printf('%0400d 会议记录', i) FROM n",
            (rows,),
        )
