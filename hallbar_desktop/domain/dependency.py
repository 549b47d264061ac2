"""Dependencies that block change, and where they land in the impact × influence matrix."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from uuid import UUID, uuid4

from hallbar_desktop.domain.choices import Area, LabelledChoice
from hallbar_desktop.domain.clock import utc_now
from hallbar_desktop.domain.errors import N_
from hallbar_desktop.domain.validation import (
    LONG_TEXT_MAX,
    check_length,
    check_not_negative,
    check_range,
    require_text,
)

TITLE_MAX = 100
# Impact 4–5 ("Stor", "Mycket stor") is the upper half of the matrix.
HIGH_IMPACT_AT_LEAST = 4


class DependencyCategory(LabelledChoice):
    DECISION = ("decision", "Beslutsberoende")
    PERSON = ("person", "Personberoende")
    ENDURANCE = ("endurance", "Uthållighetsberoende")
    OTHER = ("other", "Annat")


class Location(LabelledChoice):
    UNIT = ("unit", "Inom enheten")
    ORGANISATION = ("organisation", "Inom regionorganisationen")
    POLITICAL = ("political", "Politisk nivå")
    COUNTY = ("county", "Länets aktörer (kommuner, länsstyrelse, lärosäten, näringsliv)")
    NATIONAL = ("national", "Nationell nivå")
    EU = ("eu", "EU-nivå")


class Influence(LabelledChoice):
    """How much the group can influence the dependency; stored as 3, 2, 1 in exports."""

    CONTROL = ("control", "Inom vår rådighet")
    CAN_INFLUENCE = ("can_influence", "Vi kan påverka")
    OUTSIDE = ("outside", "Utanför vår påverkan")

    @property
    def level(self) -> int:
        return {"control": 3, "can_influence": 2, "outside": 1}[self.code]


class Horizon(LabelledChoice):
    SHORT = ("short", "< 6 mån")
    MEDIUM = ("medium", "6–18 mån")
    LONG = ("long", "> 18 mån")


class Process(LabelledChoice):
    BUSINESS_SUPPORT = ("business_support", "Företagsstöd")
    PROJECT_FUNDING = ("project_funding", "Projektmedel")
    COMMERCIAL_SERVICE = ("commercial_service", "Kommersiell service")
    COHESION_POLICY = ("cohesion_policy", "Sammanhållningspolitik/EU-program")
    RUS = ("rus", "RUS-genomförande")
    INTERNAL_STEERING = ("internal_steering", "Intern styrning")
    OTHER = ("other", "Annat")


class Strategy(LabelledChoice):
    RESOLVE = ("resolve", "Åtgärda")
    REDUCE = ("reduce", "Minska")
    MONITOR = ("monitor", "Bevaka")
    ACCEPT = ("accept", "Acceptera")


class DependencyStatus(LabelledChoice):
    NEW = ("new", "Ny")
    HANDLING = ("handling", "Under hantering")
    HANDLED = ("handled", "Hanterad")
    REMAINS = ("remains", "Kvarstår")


class Quadrant(LabelledChoice):
    """The four cells of the impact × influence matrix, most urgent first."""

    ACT_NOW = ("act_now", "Agera nu")
    ESCALATE = ("escalate", "Påverka och eskalera")
    HANDLE_ONGOING = ("handle_ongoing", "Hantera löpande")
    MONITOR = ("monitor", "Bevaka")

    @property
    def rank(self) -> int:
        return list(Quadrant).index(self)

    @property
    def is_high_priority(self) -> bool:
        return self in (Quadrant.ACT_NOW, Quadrant.ESCALATE)


IMPACT_LABELS = {1: "Mycket liten", 2: "Liten", 3: "Måttlig", 4: "Stor", 5: "Mycket stor"}


def quadrant_for(impact: int | None, influence: Influence | None) -> Quadrant | None:
    """Where a dependency lands; None until both impact and influence are known."""
    if impact is None or influence is None:
        return None
    high_impact = impact >= HIGH_IMPACT_AT_LEAST
    can_act = influence is not Influence.OUTSIDE
    if high_impact:
        return Quadrant.ACT_NOW if can_act else Quadrant.ESCALATE
    return Quadrant.HANDLE_ONGOING if can_act else Quadrant.MONITOR


@dataclass(frozen=True, slots=True, kw_only=True)
class Dependency:
    """An obstacle to change (domain §3.4)."""

    id: UUID = field(default_factory=uuid4)
    category: DependencyCategory
    title: str
    description: str = ""
    location: Location | None = None
    impact: int | None = None
    likelihood: int | None = None
    influence: Influence | None = None
    horizon: Horizon | None = None
    area: Area | None = None
    processes: frozenset[Process] = frozenset()
    owner: str = ""
    strategy: Strategy | None = None
    mitigation: str = ""
    status: DependencyStatus = DependencyStatus.NEW
    votes: int = 0
    priority_override: Quadrant | None = None
    position: int = 0
    created_at: datetime = field(default_factory=utc_now)
    updated_at: datetime = field(default_factory=utc_now)

    def __post_init__(self) -> None:
        require_text("title", N_("Rubriken"), self.title, TITLE_MAX)
        check_length("description", N_("Beskrivningen"), self.description, LONG_TEXT_MAX)
        check_length("mitigation", N_("Hanteringen"), self.mitigation, LONG_TEXT_MAX)
        check_length("owner", N_("Den som bevakar"), self.owner, 200)
        check_range("impact", N_("Påverkan"), self.impact, 1, 5)
        check_range("likelihood", N_("Sannolikheten"), self.likelihood, 1, 5)
        check_not_negative("votes", N_("Antalet prickar"), self.votes)

    @property
    def quadrant(self) -> Quadrant | None:
        """The computed place in the matrix."""
        return quadrant_for(self.impact, self.influence)

    @property
    def priority(self) -> Quadrant | None:
        """The facilitator's override if set, otherwise the computed quadrant."""
        return self.priority_override or self.quadrant

    @property
    def is_high_priority(self) -> bool:
        return self.priority is not None and self.priority.is_high_priority


def priority_order_key(dependency: Dependency) -> tuple[int, int, int, int]:
    """Most urgent quadrant first, then higher impact, then more dot votes, then list order."""
    priority = dependency.priority
    return (
        priority.rank if priority else len(Quadrant),
        -(dependency.impact or 0),
        -dependency.votes,
        dependency.position,
    )


def numbered_dependencies(
    dependencies: Iterable[Dependency],
) -> tuple[tuple[int, Dependency], ...]:
    """Each dependency with its number, lowest first: the one number the table, the matrix,
    the participant view, the action links and every export show.

    The number is the stored ``position``, given once when the dependency is added
    (``next_dependency_number``): removing one leaves a gap instead of renumbering the rest,
    and undo brings it back with its number. Only positions that do not increase (0, the
    default, or one taken twice when two copies that each added a dependency are merged) are
    moved up to one past the number before, so two dependencies never share a number."""
    numbered: list[tuple[int, Dependency]] = []
    previous = 0
    for d in sorted(dependencies, key=lambda d: (d.position, d.id)):
        previous = max(d.position, previous + 1)
        numbered.append((previous, d))
    return tuple(numbered)


def dependency_numbers(dependencies: Iterable[Dependency]) -> dict[UUID, int]:
    """Each dependency's number by its id (see ``numbered_dependencies``)."""
    return {d.id: number for number, d in numbered_dependencies(dependencies)}


def next_dependency_number(dependencies: Iterable[Dependency], highest_shown: int = 0) -> int:
    """The position for a dependency added now: past every number in use, and past
    ``highest_shown``, the highest one the room has seen, so that a number removed is never
    given to another dependency."""
    in_use = (number for number, _ in numbered_dependencies(dependencies))
    return max(highest_shown, *in_use, 0) + 1
