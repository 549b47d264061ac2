"""Backups of the open database file: daily, by hand, before an upgrade, and restoring one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from hallbar_desktop.domain.backup import (
    Backup,
    BackupKind,
    BackupPlaces,
    RestoreResult,
    backups_to_remove,
    has_backup_on,
    newest_first,
)
from hallbar_desktop.domain.errors import BackupError, MigrationFailedError
from hallbar_desktop.services.ports import BackupFiles


class BackupService:
    """One database file's backups; the GUI and the `hallbar` command both go through here.

    Restoring replaces the file, so the caller must hold the database lock and must have closed
    every connection to the file first (the GUI reopens its services afterwards)."""

    def __init__(self, files: BackupFiles, *, clock: Callable[[], datetime] = datetime.now) -> None:
        self._files = files
        self._clock = clock

    @property
    def database_path(self) -> Path:
        return self._files.database_path

    @property
    def folder(self) -> Path:
        """Where new backups go."""
        return self._files.folder

    @property
    def folders(self) -> tuple[Path, ...]:
        """Every folder that may hold backups of the file, the one in use first."""
        return self._files.folders

    def places(self) -> BackupPlaces:
        """Both places, which one is in use, and why (the database's choice, or its medium)."""
        return self._files.places()

    def backups(self) -> tuple[Backup, ...]:
        """Newest first."""
        return newest_first(self._files.list())

    def backup_at(self, path: Path) -> Backup:
        """The backup in the file at ``path`` (one of ours, or any hallbar database file)."""
        return self._files.describe(path)

    def back_up(self, kind: BackupKind = BackupKind.MANUAL) -> Backup:
        made = self._files.make(kind, self._clock())
        self._rotate(keep=made)
        return made

    def back_up_if_due(self) -> Backup | None:
        """The first open of each day backs the file up; later opens that day do not. Every
        open first clears the half copies a killed backup or restore left behind."""
        self._files.clean_leftovers()
        if has_backup_on(self._files.list(), self._clock().date()):
            return None
        return self.back_up(BackupKind.DAILY)

    def before_upgrade(self, _version: int) -> Backup:
        """The storage layer's hook, run just before an existing file is upgraded."""
        return self._files.make(BackupKind.BEFORE_UPGRADE, self._clock())

    def restore(self, backup: Backup) -> RestoreResult:
        """Replace the database with ``backup``, after checking the backup and keeping the
        current file; an older backup is then upgraded (after a backup of its own)."""
        self._files.check_restorable(backup)
        kept = self._files.keep_current(self._clock())
        listed = kept is not None and any(b.path == kept for b in self._files.list())
        try:
            self._files.replace_with(backup, self.before_upgrade)
        except MigrationFailedError as error:
            # The backup is in place by now; "the file is unchanged" would no longer be true.
            raise BackupError.not_upgraded(error.path, error.version, kept) from error
        return RestoreResult(restored=backup, previous_kept_at=kept, previous_listed=listed)

    def _rotate(self, keep: Backup) -> None:
        for old in backups_to_remove(self._files.list()):
            if old.path != keep.path:
                self._files.delete(old)
