"""The record of processing (GDPR Art. 30) made from what the database holds today."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Protocol
from uuid import UUID

from hallbar_desktop.domain.processing_record import (
    FileAccess,
    PersonalDataCounts,
    ProcessingRecord,
    RecordedWorkshop,
    RoleAccess,
    StorageKind,
)
from hallbar_desktop.domain.retention import is_past_retention, retention_date
from hallbar_desktop.services.ports import WorkshopStore


class ProcessingFacts(Protocol):
    """The counts and the access rights (storage/processing_facts.py)."""

    on_server: bool

    def counts(self) -> dict[UUID, PersonalDataCounts]: ...
    def file_access(self) -> FileAccess | None: ...
    def server_roles(self) -> tuple[RoleAccess, ...]: ...


class Retention(Protocol):
    """The database's retention setting and which workshops hold personal data (the same
    facts the library marks and a purge acts on: storage/personal_data.py)."""

    def retention_months(self) -> int: ...
    def holding_personal_data(self) -> frozenset[UUID]: ...


class Backup(Protocol):
    @property
    def path(self) -> Path: ...


class Backups(Protocol):
    """The database file's backups, as the backup service has them."""

    def backups(self) -> Sequence[Backup]: ...


class RecordWriter(Protocol):
    def __call__(self, record: ProcessingRecord, target: Path, language: str) -> None: ...


def _local_now() -> datetime:
    return datetime.now().astimezone()


class ProcessingRecordService:
    """The window's Arkiv menu and `hallbar record` both go through here."""

    def __init__(
        self,
        store: WorkshopStore,
        facts: ProcessingFacts,
        retention: Retention,
        *,
        location: str,
        backups: Backups | None = None,
        backup_folders: Callable[[], Sequence[Path]] = tuple,
        xlsx: RecordWriter | None = None,
        pdf: RecordWriter | None = None,
        clock: Callable[[], datetime] = _local_now,
        app_version: str = "",
    ) -> None:
        self._store = store
        self._facts = facts
        self._retention = retention
        self._location = location
        self._backups = backups
        self._backup_folders = backup_folders
        self._xlsx = xlsx
        self._pdf = pdf
        self._clock = clock
        self._app_version = app_version

    def record(self) -> ProcessingRecord:
        made_at = self._clock()
        today = made_at.date()
        months = self._retention.retention_months()
        holding = self._retention.holding_personal_data()
        counts = self._facts.counts()
        with self._store.transaction(write=False) as repo:
            overviews = repo.list_overviews(today)
        workshops = []
        for overview in overviews:
            w = overview.workshop
            held = counts.get(w.id, PersonalDataCounts())
            if w.facilitator.strip():
                held = held + PersonalDataCounts(facilitators=1)
            workshops.append(
                RecordedWorkshop(
                    workshop_id=w.id,
                    title=w.title,
                    organisation=w.organisation,
                    held_on=w.held_on,
                    retention_date=retention_date(w, months),
                    own_retention_date=w.retention_until is not None,
                    past_retention=is_past_retention(w, today, months),
                    holds_personal_data=w.id in holding,
                    imported_from=overview.origin_computer,
                    counts=held,
                )
            )
        return ProcessingRecord(
            made_at=made_at,
            storage=StorageKind.SERVER if self._facts.on_server else StorageKind.FILE,
            location=self._location,
            backup_folders=self._backups_by_folder(),
            file_access=self._facts.file_access(),
            server_roles=self._facts.server_roles(),
            retention_months=months,
            workshops=tuple(workshops),
            app_version=self._app_version,
        )

    def _backups_by_folder(self) -> tuple[tuple[Path, int], ...]:
        made = [b.path.parent for b in self._backups.backups()] if self._backups else []
        return tuple((folder, made.count(folder)) for folder in self._backup_folders())

    def write(
        self, *, xlsx: Path | None = None, pdf: Path | None = None, language: str = "sv"
    ) -> tuple[Path, ...]:
        """The record as a workbook and/or a PDF; returns the files written."""
        record = self.record()
        written = []
        for target, writer in ((xlsx, self._xlsx), (pdf, self._pdf)):
            if target is None:
                continue
            if writer is None:
                raise RuntimeError("no writer for the record in this format")
            writer(record, target, language)
            written.append(target)
        return tuple(written)
