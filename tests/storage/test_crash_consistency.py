"""A writer killed with SIGKILL at random moments loses no committed edit and leaves no edit
half applied, and the file stays whole (tests/storage/crash_writer.py makes the edits)."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hallbar_desktop.app import open_services
from hallbar_desktop.domain.readiness import ReadinessTemplate
from tests.storage.crash_writer import base_workshop, state_after, state_of

KILLS = 25
# Kills that must land while the writer holds a transaction open (it left a journal behind).
KILLS_IN_A_TRANSACTION = 5
MOST_KILLS = 150
REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the writer forks (POSIX)")


class Writer:
    """The crash_writer process: forks one child writer at a time, which the test kills."""

    def __init__(self, database: Path, data_home: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.storage.crash_writer", str(database)],
            cwd=REPO,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            bufsize=1,
            env={**os.environ, "XDG_DATA_HOME": str(data_home)},
        )
        assert self._line() == "ready"

    def _line(self) -> str:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        assert line, "the writer process ended"
        return line.strip()

    def run_and_kill(self, first: int, delay: float) -> list[int]:
        """Start a writer at edit ``first``, SIGKILL it after ``delay`` seconds, and return the
        edits it reported committed."""
        assert self.process.stdin is not None
        self.process.stdin.write(f"write {first}\n")
        done: list[int] = []
        pid = None
        while pid is None:
            pid = self._read(done)
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
        while True:
            line = self._line()
            if line == f"reaped {pid}":
                return done
            self._record(line, done)

    def _read(self, done: list[int]) -> int | None:
        line = self._line()
        if line.startswith("pid "):
            return int(line.split()[1])
        self._record(line, done)
        return None

    @staticmethod
    def _record(line: str, done: list[int]) -> None:
        kind, _, rest = line.partition(" ")
        assert kind == "done", f"the writer says: {line}"
        done.append(int(rest))

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)


def _integrity(path: Path) -> str:
    # A plain connection, as any program would open the file next: SQLite rolls back a journal
    # left by the killed writer before it reads.
    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        connection.close()


def test_a_writer_killed_at_random_loses_no_commit_and_leaves_nothing_half_done(
    tmp_path: Path, template: ReadinessTemplate, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The app's backups and logs go to a folder of the test's own, here and in the writer.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    database = tmp_path / "krock.sqlite3"
    with open_services(database, create_if_missing=True) as services:
        services.workshops.add_workshop(base_workshop(template))
    writer = Writer(database, tmp_path / "data")
    chance = random.Random(os.environ.get("HALLBAR_CRASH_SEED", "hallbar"))
    reached = 0  # every edit up to this one is in the file
    kills = in_transaction = 0
    # The kill comes within this many seconds. On a loaded machine one edit can take longer
    # than that, and every kill would land before the first commit: the window then widens
    # until edits get through.
    longest = 0.25
    try:
        # At least KILLS kills, of which some mid-transaction, with KILLS edits made in between.
        while kills < KILLS or in_transaction < KILLS_IN_A_TRANSACTION or reached < KILLS:
            assert kills < MOST_KILLS, f"{in_transaction} kills hit a transaction, {reached} edits"
            reported = writer.run_and_kill(reached + 1, chance.uniform(0.0, longest))
            kills += 1
            longest = 0.25 if reported else min(longest * 1.5, 4.0)
            journal = Path(f"{database}-journal")
            in_transaction += journal.exists() and journal.stat().st_size > 0
            assert reported == list(range(reached + 1, reached + 1 + len(reported)))
            last_reported = reported[-1] if reported else reached

            assert _integrity(database) == "ok"
            with open_services(database, create_if_missing=False) as services:
                workshops = services.workshops
                found = state_of(
                    [workshops.contents(o.workshop.id) for o in workshops.list_workshops()]
                )
            # Every reported edit is there, whole; the one in flight when the kill came is
            # either whole or not there at all; nothing beyond it.
            if found == state_after(last_reported, template):
                reached = last_reported
            else:
                assert found == state_after(last_reported + 1, template), (
                    f"kill {kills}: the file holds neither edits 1..{last_reported} "
                    f"nor 1..{last_reported + 1}"
                )
                reached = last_reported + 1
    finally:
        writer.close()
