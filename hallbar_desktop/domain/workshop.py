"""The workshop's facts and its participants."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from uuid import UUID, uuid4

from hallbar_desktop.domain.choices import LabelledChoice
from hallbar_desktop.domain.clock import utc_now
from hallbar_desktop.domain.errors import N_, ValidationError
from hallbar_desktop.domain.validation import check_length, require_text

TITLE_MAX = 120
SHORT_TEXT_MAX = 200


class Variant(LabelledChoice):
    HALF_DAY = ("half_day", "Halvdag")
    SHORT = ("short", "Kort (90 min)")
    FOLLOW_UP = ("follow_up", "Uppföljning")


class WorkshopStatus(LabelledChoice):
    PLANNED = ("planned", "Planerad")
    IN_PROGRESS = ("in_progress", "Pågår")
    HELD = ("held", "Genomförd")
    FOLLOWED_UP = ("followed_up", "Uppföljd")
    ARCHIVED = ("archived", "Arkiverad")


class InputMode(LabelledChoice):
    """How the participants' answers reach the app."""

    TURN_TAKING = ("turn_taking", "Turvis inmatning på datorn")
    HAND_COUNT = ("hand_count", "Handuppräckning, processledaren räknar")
    PAPER = ("paper", "Pappersformulär som förs in efteråt")


@dataclass(frozen=True, slots=True, kw_only=True)
class Workshop:
    """What a facilitator fills in before the day, plus the texts written during it."""

    id: UUID = field(default_factory=uuid4)
    title: str
    organisation: str = ""
    unit: str = ""
    change_focus: str = ""
    held_on: date | None = None
    place: str = ""
    facilitator: str = ""
    variant: Variant = Variant.HALF_DAY
    status: WorkshopStatus = WorkshopStatus.PLANNED
    input_mode: InputMode = InputMode.TURN_TAKING
    follows_up_id: UUID | None = None
    current_state: str = ""
    target_picture: str = ""
    next_steps: str = ""
    follow_up_on: date | None = None
    retention_until: date | None = None
    show_names: bool = False
    created_at: datetime = field(default_factory=utc_now)
    updated_at: datetime = field(default_factory=utc_now)

    def __post_init__(self) -> None:
        require_text("title", N_("Titeln"), self.title, TITLE_MAX)
        for name, label in (
            ("organisation", N_("Organisationen")),
            ("unit", N_("Enheten")),
            ("place", N_("Platsen")),
            ("facilitator", N_("Processledaren")),
        ):
            check_length(name, label, getattr(self, name), SHORT_TEXT_MAX)
        if self.follows_up_id == self.id:
            raise ValidationError("follows_up_id", "self_reference")
        if self.follows_up_id is not None and self.variant is not Variant.FOLLOW_UP:
            raise ValidationError("follows_up_id", "not_follow_up")
        if (
            self.held_on is not None
            and self.follow_up_on is not None
            and self.follow_up_on < self.held_on
        ):
            raise ValidationError("follow_up_on", "before_workshop")


def default_alias(number: int, word: str = "Deltagare") -> str:
    """A participant's alias before anyone gives another: ``word`` (the window's word for a
    participant, in the language it speaks; the stored data keeps it) and a number."""
    return f"{word} {number}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Participant:
    """Someone in the room; known by an alias unless the facilitator adds a name."""

    id: UUID = field(default_factory=uuid4)
    alias: str
    name: str = ""
    role: str = ""
    position: int = 0

    def __post_init__(self) -> None:
        require_text("alias", N_("Aliaset"), self.alias, 60)
        check_length("name", N_("Namnet"), self.name, SHORT_TEXT_MAX)
        check_length("role", N_("Rollen"), self.role, SHORT_TEXT_MAX)

    def shown_as(self, *, show_names: bool) -> str:
        """The alias, or the name where names are turned on and one was given."""
        return self.name if show_names and self.name.strip() else self.alias
