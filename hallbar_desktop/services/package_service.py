"""Packing workshops into a .hallbar file that another installation can read."""

from __future__ import annotations

import platform
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from uuid import UUID

from hallbar_desktop.domain.audit import without_names
from hallbar_desktop.domain.clock import utc_now
from hallbar_desktop.domain.errors import NotFoundError, ValidationError
from hallbar_desktop.domain.package import PackageOrigin
from hallbar_desktop.domain.retention import without_personal_data
from hallbar_desktop.services.ports import Installation, PackageWriter, WorkshopStore


class PackageService:
    def __init__(
        self,
        store: WorkshopStore,
        installation: Installation,
        writer: PackageWriter,
        *,
        app_version: str,
        computer: Callable[[], str] = platform.node,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self._store = store
        self._installation = installation
        self._writer = writer
        self._app_version = app_version
        self._computer = computer
        self._clock = clock

    def all_ids(self) -> tuple[UUID, ...]:
        with self._store.transaction(write=False) as repo:
            return tuple(o.workshop.id for o in repo.list_overviews(self._clock().date()))

    def pack(
        self,
        workshop_ids: Sequence[UUID],
        target: Path,
        *,
        names: bool = False,
        personal_data: bool = False,
    ) -> Path:
        """Write the workshops, read in one transaction, to ``target``; names and roles of the
        participants only when ``names`` (like exports). An unknown id is named.

        Without ``names`` or ``personal_data`` the package is "utan personuppgifter": typed
        aliases, the facilitator's name and notes' authors are removed too, and the package
        says so, so that an import keeps what it has of them."""
        ids = tuple(dict.fromkeys(workshop_ids))
        if not ids:
            raise ValidationError("workshops", "pack_no_workshops")
        with self._store.transaction(write=False) as repo:
            for workshop_id in ids:
                if not repo.exists(workshop_id):
                    raise NotFoundError("pack_workshop_missing", workshop=workshop_id)
            contents = repo.load_many(ids)
            audit = {i: repo.audit_entries(i) for i in ids}
        redacted = not (names or personal_data)
        if redacted:
            contents = [without_personal_data(c) for c in contents]
            # Who changed a workshop after its day, and where, are personal data too; the
            # log's chain covers a digest of them, so it still holds without them.
            audit = {i: tuple(without_names(e) for e in log) for i, log in audit.items()}
        origin = PackageOrigin(
            # Asked after the read: a file without an id gets one in its own write transaction.
            installation_id=self._installation.installation_id(),
            computer=self._computer()[:200],
            app_version=self._app_version,
            packed_at=self._clock(),
        )
        self._writer(contents, origin, target, names, redacted=redacted, audit=audit)
        return target
