"""ORM tables of ARCHITECTURE.md section 4, a module a group of records; schema changes go through Alembic.

Everything is imported here so that `partydesk.store.models` names every table and Alembic sees them all.
"""

from partydesk.store.base import Base, RecordMixin  # noqa: F401  (re-exported)
from partydesk.store.models.records import (  # noqa: F401  (re-exported)
    enum_column,
    LIVE,
    Office,
    Branch,
    PartyGroup,
    Member,
    MemberEvent,
    StudyPlan,
    Activity,
    Attendance,
    ServiceEntry,
    ServiceParticipant,
    Talk,
    AttachmentBlob,
    Attachment,
    Account,
    AuditEvent,
    Setting,
    SyncState,
    TransferConflict,
)
from partydesk.store.models.vanguard import (  # noqa: F401  (re-exported)
    Recognition,
    ExemplarPost,
    PointItem,
    PointEntry,
    Appraisal,
    Correction,
)
from partydesk.store.models.dues import (  # noqa: F401  (re-exported)
    DuesBase,
    DuesPayment,
    ReminderAnswer,
)
from partydesk.store.models.publicity import PublicityItem, PublishConsent  # noqa: F401,E402  (re-exported)
