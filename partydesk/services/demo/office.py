"""Demo office: fills an empty database with a realistic community Party committee.

Branches and Party groups, members at every development stage with valid resident IDs, a year
of study-plan activities with attendance up to `today`, minutes, service entries and talks
(builder, plans, records), a year of dues, honours and consents. This module runs it all in one
transaction; the rows are written by `writer`.
Deterministic by seed. Built for 100,000 members in well under a minute, so rows go in with
one compiled Core INSERT per table executed by the driver in batches (no per-row ORM objects,
no per-row bind processing) inside ONE transaction: cancelled or failed, nothing is left.
Rows carry exactly what the services write (uuid, origin, created_at/updated_at, member_event
history of the development stages), with values already in the stored form.
"""

from __future__ import annotations

import multiprocessing
import random
import uuid as uuid_module
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select

from partydesk.domain.compliance import ComplianceRules
from partydesk.domain.errors import ValidationError
from partydesk.i18n import QT_TRANSLATE_NOOP
from partydesk.services import audit
from partydesk.services.access import Permission, require
from partydesk.services.common import Cancelled, OperationCancelled, Progress, never_cancelled, no_progress
from partydesk.services.demo import names
from partydesk.services.demo.builder import OfficeBuilder
from partydesk.services.demo.publicity import add_consents
from partydesk.services.demo.vanguard import add_vanguard
from partydesk.services.demo.writer import COLUMNS, DATETIME_FORMAT, Inserter, RowWriter
from partydesk.store.base import utcnow
from partydesk.store.db import Database, advance_sequences
from partydesk.store.models import Member, Office

MAX_MEMBERS = 1_000_000
# From this size rows are generated in a second process (where fork exists) while this one inserts.
PARALLEL_FROM = 20_000


@dataclass(frozen=True)
class DemoSummary:
    office_uuid: str
    office_name: str
    year: int
    today: date
    counts: dict[str, int] = field(default_factory=dict)


def populate(
    db: Database,
    members: int = 300,
    year: int | None = None,
    seed: int = 1,
    today: date | None = None,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
    office_name: str | None = None,
) -> DemoSummary:
    """Fill an empty database with a demo office of `members` people; refuses a database with data."""
    require(db, Permission.SETTINGS)
    require(db, Permission.WRITE_RECORDS)
    if isinstance(members, bool) or not isinstance(members, int) or not 1 <= members <= MAX_MEMBERS:
        raise ValidationError(
            "members", QT_TRANSLATE_NOOP("ValidationError", "Choose 1 to {max} members"), max=MAX_MEMBERS
        )
    today = today or date.today()
    year = year or today.year
    rng = random.Random(seed)
    office_name = (office_name or "").strip() or f"{rng.choice(names.PLACES)}社区党委"
    # A random v4 prefix per table and a sequence suffix: unique across offices, and the uuid
    # index fills in order (random uuids made the 100,000-member demo several times slower).
    prefixes = {name: str(uuid_module.uuid4())[:24] for name in COLUMNS}
    plan = (rng, year, today, office_name, members, prefixes, utcnow().strftime(DATETIME_FORMAT))
    with db.write() as session:
        _check_empty(session)
        insert_rows = Inserter(session.connection())
        if members >= PARALLEL_FROM and "fork" in multiprocessing.get_all_start_methods():
            counts = _generate_in_child(plan, insert_rows, progress, cancelled)
        else:
            counts = _generate(plan, insert_rows, progress, cancelled)
        advance_sequences(session.connection())
        origin = f"{prefixes['office']}{1:012x}"
        counts.update(add_vanguard(session.connection(), random.Random(seed), year, today, origin))
        counts["publish_consent"] = add_consents(session.connection(), year, origin, plan[-1])
        audit.record(
            session,
            db.actor,
            "demo.populate",
            "office",
            origin,
            {"members": members, "seed": seed, "year": year, "today": today.isoformat()},
        )
    db.forget_office()
    return DemoSummary(origin, office_name, year, today, counts)


def _generate(plan: tuple, sink, progress: Progress, cancelled: Cancelled) -> dict[str, int]:
    """Build the office, handing row batches to `sink`; the row count of each table."""
    rng, year, today, office_name, members, prefixes, now = plan
    writer = RowWriter(sink, prefixes, now)
    OfficeBuilder(writer, rng, year, today, ComplianceRules()).build(office_name, members, progress, cancelled)
    writer.flush()
    return dict(writer.counts)


def _generate_in_child(plan: tuple, insert_rows: Inserter, progress: Progress, cancelled: Cancelled) -> dict:
    """Generate in a forked process while this one inserts: the two halves of the work on two cores.

    The child only computes rows and sends them down a pipe (which blocks when full, so memory
    stays bounded); the transaction, the inserts and the audit event stay in this process.
    """
    context = multiprocessing.get_context("fork")
    receiving, sending = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(plan, sending), name="partydesk-demo", daemon=True)
    child.start()
    sending.close()
    try:
        while True:
            try:
                message = receiving.recv()
            except EOFError:
                raise RuntimeError("the demo generator stopped unexpectedly") from None
            if message[0] == "rows":
                insert_rows(message[1], message[2])
            elif message[0] == "progress":
                progress(message[1], message[2])
                if cancelled():
                    raise OperationCancelled()
            elif message[0] == "done":
                return message[1]
            else:
                raise RuntimeError(f"the demo generator failed: {message[1]}")
    finally:
        if child.is_alive():
            child.terminate()
        child.join()
        receiving.close()


def _child(plan: tuple, sending) -> None:
    try:
        counts = _generate(
            plan,
            lambda table, rows: sending.send(("rows", table, rows)),
            lambda done, total: sending.send(("progress", done, total)),
            never_cancelled,
        )
        sending.send(("done", counts))
    except BaseException as error:  # reported to the parent, which raises it there
        sending.send(("error", f"{type(error).__name__}: {error}"))
    finally:
        sending.close()


def _check_empty(session) -> None:
    for model in (Office, Member):
        if session.scalar(select(func.count()).select_from(model)):
            raise ValidationError(
                "office",
                QT_TRANSLATE_NOOP("ValidationError", "Demo data goes only into an empty database; this one has data"),
            )
