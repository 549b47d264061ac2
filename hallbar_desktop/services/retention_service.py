"""Retention and purge ("gallring"): which workshops are past their date, and purging them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Protocol
from uuid import UUID

from hallbar_desktop.domain.backup import BackupPlace
from hallbar_desktop.domain.errors import NotFoundError, ValidationError
from hallbar_desktop.domain.retention import (
    MAX_RETENTION_MONTHS,
    PurgedWorkshop,
    PurgeKind,
    PurgeReport,
    is_past_retention,
    retention_date,
)
from hallbar_desktop.domain.workshop import Workshop
from hallbar_desktop.services.ports import WorkshopStore


class PersonalData(Protocol):
    """The database's retention setting and its purge (storage/personal_data.py)."""

    on_server: bool

    def retention_months(self) -> int: ...
    def set_retention_months(self, months: int) -> None: ...
    def set_backups_place(self, place: BackupPlace) -> None: ...
    def holding_personal_data(self) -> frozenset[UUID]: ...
    def purge(
        self, workshop_ids: Sequence[UUID], kind: PurgeKind
    ) -> tuple[PurgedWorkshop, ...]: ...
    def compact(self) -> bool: ...


class BackupPurge(Protocol):
    """Purges workshops from the backups in a folder: (rewritten, removed, not reached)."""

    def __call__(
        self, folder: Path, workshop_ids: Iterable[UUID], kind: PurgeKind
    ) -> tuple[tuple[Path, ...], tuple[Path, ...], tuple[Path, ...]]: ...


class RetentionService:
    """The GUI and `hallbar purge` both go through here. A purge cannot be undone: it is meant
    to leave nothing to bring the data back from, in the database or in the app's backups."""

    def __init__(
        self,
        store: WorkshopStore,
        personal_data: PersonalData,
        *,
        backups_folders: Callable[[], tuple[Path, ...]] | None = None,
        purge_backups: BackupPurge | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        self._store = store
        self._data = personal_data
        # Asked at each purge: the place new backups go may have changed meanwhile, and the
        # backups made before that change are still there.
        self._backups_folders = backups_folders
        self._purge_backups = purge_backups
        self._today = today

    def retention_months(self) -> int:
        """How long after the workshop its personal data is kept when it has no date of its own."""
        return self._data.retention_months()

    def set_retention_months(self, months: int) -> None:
        if not 1 <= months <= MAX_RETENTION_MONTHS:
            raise ValidationError(
                "retention_months", "retention_months_range", most=MAX_RETENTION_MONTHS
            )
        self._data.set_retention_months(months)

    def set_backups_place(self, place: BackupPlace) -> None:
        """Where the database file's backups go from now on: beside it, or in the user's data
        folder (a setting of the database, so it travels with the file; a server's database
        has no backups of hallbar's, and the setting is not used there)."""
        self._data.set_backups_place(place)

    def retention_date(self, workshop: Workshop, months: int | None = None) -> date:
        return retention_date(workshop, self.retention_months() if months is None else months)

    def holding_personal_data(self) -> frozenset[UUID]:
        """The workshops that still hold a name, role, typed alias or a note's author."""
        return self._data.holding_personal_data()

    def past_retention(self, kind: PurgeKind = PurgeKind.NAMES) -> tuple[Workshop, ...]:
        """The workshops past their retention date that a purge of ``kind`` would change: for
        names, those that still hold some; for whole workshops, all of them."""
        months = self.retention_months()
        today = self._today()
        with self._store.transaction(write=False) as repo:
            workshops = [o.workshop for o in repo.list_overviews(today)]
        holding = self.holding_personal_data() if kind is PurgeKind.NAMES else None
        return tuple(
            w
            for w in workshops
            if is_past_retention(w, today, months) and (holding is None or w.id in holding)
        )

    def purge(self, workshop_ids: Iterable[UUID], kind: PurgeKind) -> PurgeReport:
        """Purge the workshops from the database (its free space too) and from every backup of
        ours that holds them; the report says what was done and which copies are out of reach."""
        ids = list(dict.fromkeys(workshop_ids))
        with self._store.transaction(write=False) as repo:
            for wid in ids:
                if not repo.exists(wid):
                    raise NotFoundError("workshop_not_found", workshop=wid)
        purged = self._data.purge(ids, kind)
        compacted = self._data.compact()
        rewritten: list[Path] = []
        removed: list[Path] = []
        not_reached: list[Path] = []
        folders = self._backups_folders() if self._backups_folders is not None else ()
        if self._purge_backups is not None:
            for folder in folders:
                done = self._purge_backups(folder, ids, kind)
                rewritten += done[0]
                removed += done[1]
                not_reached += done[2]
        return PurgeReport(
            workshops=purged,
            file_compacted=compacted,
            backups_rewritten=tuple(rewritten),
            backups_removed=tuple(removed),
            copies_not_reached=tuple(not_reached),
            on_server=self._data.on_server,
            backups_folder=folders[0] if folders else None,
        )
