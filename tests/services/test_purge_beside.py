"""A purge reaches the backups beside the database as well as those in the user's folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from hallbar_desktop.app import open_services
from hallbar_desktop.domain.backup import BackupKind, BackupPlace
from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.domain.retention import PurgeKind
from hallbar_desktop.storage.backups import BESIDE_FOLDER, backup_folder_for
from tests.services.test_purge import (
    ALIAS,
    KEPT_NAME,
    NAME,
    ROLE,
    _holds,
    _workshop,
    deleted_text_stays_in_free_space,  # noqa: F401 (an autouse fixture, used by being here)
)

# The files themselves are searched; a server keeps its data (and backups) its own way.
pytestmark = pytest.mark.sqlite_only


def test_a_purge_rewrites_the_backups_in_both_places(
    db_path: Path, tmp_path: Path, template: ReadinessTemplate
) -> None:
    root = tmp_path / "backups"
    with open_services(db_path, create_if_missing=True, backups=root) as services:
        purged = services.workshops.add_workshop(_workshop(template, NAME, ROLE, ALIAS, "Gallras"))
        services.workshops.add_workshop(
            _workshop(template, KEPT_NAME, "Kvarroll", "Kvaralias", "Behålls")
        )
        assert services.backups is not None
        in_user_folder = services.backups.back_up(BackupKind.MANUAL).path
        services.retention.set_backups_place(BackupPlace.BESIDE)
        beside = services.backups.back_up(BackupKind.BEFORE_IMPORT).path
    assert in_user_folder.parent == backup_folder_for(root, db_path)
    assert beside.parent == db_path.parent / BESIDE_FOLDER / db_path.stem
    for path in (in_user_folder, beside):
        assert _holds(path, NAME, ROLE, ALIAS) == [NAME, ROLE, ALIAS], path

    with open_services(db_path, create_if_missing=False, backups=root) as services:
        # The open itself made today's backup: beside, since the database says so now.
        report = services.retention.purge([purged.workshop.id], PurgeKind.NAMES)
    assert report.backups_folder == beside.parent
    all_backups = [p for folder in (beside.parent, in_user_folder.parent) for p in folder.iterdir()]
    assert {in_user_folder, beside} <= set(report.backups_rewritten) == set(all_backups)
    for path in (db_path, *all_backups):
        assert _holds(path, NAME, ROLE, ALIAS) == [], path
        assert _holds(path, KEPT_NAME) == [KEPT_NAME], path
