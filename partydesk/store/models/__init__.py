"""ORM tables of ARCHITECTURE.md section 4, a module a group of records; schema changes go through Alembic.

Everything is imported here so that `partydesk.store.models` names every table and Alembic sees them all.
"""

from partydesk.store.base import Base, RecordMixin  # noqa: F401  (re-exported)
from partydesk.store.models.dues import (  # noqa: F401  (re-exported)
    DuesBase,
    DuesPayment,
    ReminderAnswer,
)
from partydesk.store.models.publicity import PublicityItem, PublishConsent  # noqa: F401,E402  (re-exported)
from partydesk.store.models.records import (  # noqa: F401  (re-exported)
    LIVE,
    Account,
    Activity,
    Attachment,
    AttachmentBlob,
    Attendance,
    AuditEvent,
    Branch,
    Member,
    MemberEvent,
    Office,
    PartyGroup,
    ServiceEntry,
    ServiceParticipant,
    Setting,
    StudyPlan,
    SyncState,
    Talk,
    TransferConflict,
    enum_column,
)
from partydesk.store.models.vanguard import (  # noqa: F401  (re-exported)
    Appraisal,
    Correction,
    ExemplarPost,
    PointEntry,
    PointItem,
    Recognition,
)
