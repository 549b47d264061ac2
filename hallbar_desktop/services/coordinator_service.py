"""The coordinator's use cases: every workshop's summary at once, and who owns a workshop."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from uuid import UUID

from hallbar_desktop.domain.coordinator import CoordinatorOverview
from hallbar_desktop.domain.errors import NotFoundError
from hallbar_desktop.domain.summary import summarize
from hallbar_desktop.services.ports import WorkshopStore

# Workshops read per query: a coordinator's hundreds are read in a few dozen queries, not one
# per workshop and not one query that holds them all.
_READ_CHUNK = 50


class CoordinatorService:
    def __init__(self, store: WorkshopStore, *, today: Callable[[], date] = date.today) -> None:
        self._store = store
        self._today = today

    def today(self) -> date:
        """The date the service counts as today: injected, so that tests fix it."""
        return self._today()

    def overview(self) -> CoordinatorOverview:
        """Every workshop as the library lists it, with its summary; ``today`` decides which
        actions are overdue. Slow with many workshops: call it off the GUI thread."""
        today = self._today()
        with self._store.transaction(write=False) as repo:
            overviews = repo.list_overviews(today)
            ids = [o.workshop.id for o in overviews]
            summaries = tuple(
                summarize(contents, today)
                for start in range(0, len(ids), _READ_CHUNK)
                for contents in repo.load_many(ids[start : start + _READ_CHUNK])
            )
        return CoordinatorOverview(today, overviews, summaries)

    def give_workshop(self, workshop_id: UUID, role: str) -> None:
        """Make the server's login (or group) ``role`` the owner of a workshop, so that it is
        the facilitator's who logs in as it: for workshops made before version 5 of the
        tables, which went to the role that upgraded them, and for a workshop pushed by the
        wrong person. Only on a server; the server refuses it to a role without the right."""
        with self._store.transaction() as repo:
            if not repo.give_workshop(workshop_id, role):
                raise NotFoundError("workshop_not_found", workshop=workshop_id)
