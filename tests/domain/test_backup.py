"""The backup rotation: 7 daily, 4 weekly, and the last few made before an upgrade or restore."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from hallbar_desktop.domain.backup import (
    Backup,
    BackupKind,
    backups_to_remove,
    has_backup_on,
    newest_first,
)

START = datetime(2026, 11, 26, 9, 0)  # a Thursday


def backup(at: datetime, kind: BackupKind = BackupKind.DAILY) -> Backup:
    return Backup(Path(f"/b/{at:%Y%m%d%H%M%S}-{kind.code}"), at, kind, 1000, 1, 2)


def test_one_backup_a_day_for_sixty_days_keeps_seven_days_and_four_weeks() -> None:
    made = [backup(START - timedelta(days=n)) for n in range(60)]
    removed = set(backups_to_remove(made))
    kept = sorted((b.made_at.date() for b in made if b not in removed), reverse=True)
    last_week = [START.date() - timedelta(days=n) for n in range(7)]
    assert kept[:7] == last_week
    # Beyond the last seven days: the newest backup (the Sunday) of each older week, up to four
    # weeks counted from this one.
    assert kept[7:] == [START.date() - timedelta(days=d) for d in (11, 18)]
    assert all(day.isoweekday() == 7 for day in kept[7:])
    assert len({d.isocalendar()[:2] for d in kept}) == 4


def test_only_the_newest_backup_of_a_day_counts_for_that_day() -> None:
    morning = backup(START)
    evening = backup(START.replace(hour=17))
    yesterday = backup(START - timedelta(days=1))
    assert backups_to_remove([morning, evening, yesterday]) == (morning,)


def test_backups_made_by_hand_the_same_day_are_all_kept() -> None:
    # Someone who runs `hallbar backup` twice before trying things wants both.
    first = backup(START.replace(hour=9), BackupKind.MANUAL)
    second = backup(START.replace(hour=15), BackupKind.MANUAL)
    daily = backup(START.replace(hour=16))
    assert backups_to_remove([first, second, daily]) == ()


def test_backups_made_before_a_restore_or_upgrade_are_not_pushed_out_by_the_day() -> None:
    first_restore = backup(START.replace(hour=10), BackupKind.BEFORE_RESTORE)
    second_restore = backup(START.replace(hour=11), BackupKind.BEFORE_RESTORE)
    upgrade = backup(START.replace(hour=8), BackupKind.BEFORE_UPGRADE)
    later = backup(START.replace(hour=12))
    assert backups_to_remove([first_restore, second_restore, upgrade, later]) == ()
    many = [
        backup(START - timedelta(days=40, hours=n), BackupKind.BEFORE_RESTORE) for n in range(5)
    ]
    removed = backups_to_remove([later, *many])
    assert removed == tuple(newest_first(many)[3:])


def test_an_empty_list_and_the_day_check() -> None:
    assert backups_to_remove([]) == ()
    made = [backup(START)]
    assert has_backup_on(made, START.date())
    assert not has_backup_on(made, START.date() + timedelta(days=1))


def test_every_restore_of_the_last_days_is_kept_so_the_first_one_can_be_undone() -> None:
    # Looking for the right backup, someone restores four in a row: the backup made before the
    # first restore holds the day's work, and must survive the next day's rotation.
    restores = [
        backup(START.replace(hour=14, minute=n), BackupKind.BEFORE_RESTORE) for n in range(4)
    ]
    next_day = backup(START + timedelta(days=1))
    assert backups_to_remove([next_day, *restores]) == ()
    # A week on, only the newest three of them are still kept.
    week_on = [backup(START + timedelta(days=d)) for d in range(1, 9)]
    removed = backups_to_remove([*week_on, *restores])
    assert [b for b in restores if b in removed] == [restores[0]]
