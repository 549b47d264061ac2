"""Actions with owners and deadlines, linked to the dependencies they handle."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from uuid import UUID, uuid4

from hallbar_desktop.domain.choices import Area, LabelledChoice
from hallbar_desktop.domain.clock import utc_now
from hallbar_desktop.domain.errors import N_, ValidationError
from hallbar_desktop.domain.validation import (
    LONG_TEXT_MAX,
    check_length,
    check_not_negative,
    require_text,
)

TITLE_MAX = 120


class ActionType(LabelledChoice):
    STEERING_DOCUMENT = ("steering_document", "Styrdokument/riktlinje")
    ORGANISATION = ("organisation", "Organisering/arbetssätt")
    COMPETENCE = ("competence", "Kompetensutveckling")
    TOOL = ("tool", "Verktyg/metod")
    FOLLOW_UP = ("follow_up", "Uppföljning/lärande")
    FUNDING = ("funding", "Finansiering")
    COMMUNICATION = ("communication", "Kommunikation/förankring")


class ActionStatus(LabelledChoice):
    NOT_STARTED = ("not_started", "Ej påbörjad")
    IN_PROGRESS = ("in_progress", "Pågår")
    DONE = ("done", "Klar")
    PAUSED = ("paused", "Pausad")
    CANCELLED = ("cancelled", "Avbruten")

    @property
    def is_closed(self) -> bool:
        return self in (ActionStatus.DONE, ActionStatus.CANCELLED)


class Priority(LabelledChoice):
    HIGH = ("high", "Hög")
    MEDIUM = ("medium", "Medel")
    LOW = ("low", "Låg")

    @property
    def rank(self) -> int:
        return list(Priority).index(self)


@dataclass(frozen=True, slots=True, kw_only=True)
class Action:
    """A concrete step (domain §3.6). Owner and deadline may be missing while the group drafts;
    the rules below point out where they still are."""

    id: UUID = field(default_factory=uuid4)
    title: str
    description: str = ""
    dependency_ids: frozenset[UUID] = frozenset()
    area: Area | None = None
    dimension_code: str | None = None
    action_type: ActionType | None = None
    owner: str = ""
    contributors: str = ""
    decision_by: str = ""
    start_on: date | None = None
    due_on: date | None = None
    follow_up_on: date | None = None
    status: ActionStatus = ActionStatus.NOT_STARTED
    priority: Priority = Priority.MEDIUM
    success_indicator: str = ""
    resources: str = ""
    last_update_at: datetime | None = None
    last_update_comment: str = ""
    votes: int = 0
    position: int = 0
    created_at: datetime = field(default_factory=utc_now)
    updated_at: datetime = field(default_factory=utc_now)

    def __post_init__(self) -> None:
        require_text("title", N_("Åtgärden"), self.title, TITLE_MAX)
        for name, label in (
            ("owner", N_("Ansvarig")),
            ("contributors", N_("Medverkande")),
            ("decision_by", N_("Beslut krävs av")),
        ):
            check_length(name, label, getattr(self, name), 200)
        for name, label in (
            ("description", N_("Beskrivningen")),
            ("success_indicator", N_("Hur vi vet att det är klart")),
            ("resources", N_("Resursbehovet")),
            ("last_update_comment", N_("Kommentaren")),
        ):
            check_length(name, label, getattr(self, name), LONG_TEXT_MAX)
        check_not_negative("votes", N_("Antalet prickar"), self.votes)
        if self.start_on and self.due_on and self.due_on < self.start_on:
            raise ValidationError("due_on", "before_start")

    @property
    def has_owner_and_deadline(self) -> bool:
        return bool(self.owner.strip()) and self.due_on is not None


def is_overdue(action: Action, today: date) -> bool:
    """Försenad: the deadline has passed and the action is neither done nor cancelled."""
    return action.due_on is not None and today > action.due_on and not action.status.is_closed


def days_overdue(action: Action, today: date) -> int:
    """Days since the deadline of an overdue action; 0 for one that is not overdue.

    Overdue is a fact beside the stored status, never instead of it: a paused action past its
    deadline is both Pausad and overdue, and is counted as Pausad."""
    if action.due_on is None or not is_overdue(action, today):
        return 0
    return (today - action.due_on).days


def action_order_key(action: Action) -> tuple[int, date, int]:
    """Priority first, then the nearest deadline (missing deadlines last), then list order."""
    return (action.priority.rank, action.due_on or date.max, action.position)
