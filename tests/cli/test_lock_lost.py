"""A lock file removed or replaced while the database is open stops the next write whole.

Through `exclusive` commands' services and through the app's window; the file is unchanged."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from hallbar_desktop.app import open_services
from hallbar_desktop.domain.errors import DatabaseLockLostError
from hallbar_desktop.error_messages import message as error_message
from hallbar_desktop.storage.database_lock import lock_path_for
from tests.cli.dialog_answering import run_app_answering
from tests.cli.test_cli_data_safety import make_demo
from tests.storage.test_opening_checks import fingerprint


def participants(db: Path) -> int:
    with closing(sqlite3.connect(db)) as raw:
        return int(raw.execute("SELECT count(*) FROM participants").fetchone()[0])


@pytest.mark.parametrize("how", ["removed", "replaced"])
def test_a_write_after_the_lock_file_went_is_refused_and_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    db = make_demo(tmp_path)
    with open_services(db, create_if_missing=False, exclusive=True) as services:
        workshop = services.workshops.list_workshops()[0].workshop
        services.workshops.add_participant(workshop.id, "Åsa")  # ours: written
        lock_file = lock_path_for(db)
        if how == "removed":
            lock_file.unlink()
        else:  # another hallbar's lock in its place
            taken = tmp_path / "annans.lock"
            taken.write_text(lock_file.read_text(encoding="utf-8"), encoding="utf-8")
            os.replace(taken, lock_file)
        before = fingerprint(db)
        with pytest.raises(DatabaseLockLostError) as caught:
            services.workshops.add_participant(workshop.id, "Örjan")
        assert "Ändringen sparades inte" in error_message(caught.value)
        assert fingerprint(db) == before
    assert participants(db) == 13  # the demo's 12 and Åsa
    assert lock_file.exists() == (how == "replaced")  # the other's lock is left alone


# Runs in the app's process: once its services are open, the lock file is moved away, an edit
# is tried through the window's own services, and the file is put back so the app ends as usual.
REMOVE_THE_LOCK_THEN_EDIT = """
import contextlib, os
import hallbar_desktop.app as composition
from hallbar_desktop.error_messages import message
from hallbar_desktop.storage.database_lock import lock_path_for
real_open_services = composition.open_services

@contextlib.contextmanager
def open_services(database, **kwargs):
    with real_open_services(database, **kwargs) as services:
        lock = lock_path_for(services.database_path)
        aside = lock.with_name("undan.lock")
        os.replace(lock, aside)
        try:
            workshop = services.workshops.list_workshops()[0].workshop
            services.workshops.add_participant(workshop.id, "Örjan")
            outcome = "sparades"
        except Exception as error:
            shown = message(error) if hasattr(error, "params") else error
            outcome = f"{type(error).__name__}: {shown}"
        finally:
            os.replace(aside, lock)
        with open(os.environ["HALLBAR_TEST_OUTCOME"], "w", encoding="utf-8") as out:
            out.write(outcome)
        yield services

composition.open_services = open_services
"""


def test_the_apps_window_checks_its_lock_before_every_write(tmp_path: Path) -> None:
    db = make_demo(tmp_path)
    before = fingerprint(db)
    outcome = tmp_path / "utfall.txt"
    opened = run_app_answering(
        "--db",
        db,
        home=tmp_path,
        extra_env={
            "HALLBAR_TEST_PRELUDE": REMOVE_THE_LOCK_THEN_EDIT,
            "HALLBAR_TEST_OUTCOME": str(outcome),
        },
    )
    assert opened.result.returncode == 0, opened.result.stderr
    assert outcome.read_text(encoding="utf-8").startswith(
        "DatabaseLockLostError: Ändringen sparades inte"
    )
    assert fingerprint(db) == before
    assert not lock_path_for(db).exists()  # put back, then released as usual
