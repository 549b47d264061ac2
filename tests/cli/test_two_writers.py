"""Issue 11, two writers on one file: each hallbar in its own PID namespace, one computer name.

In a PID namespace every process sees itself as process 1 or 2, so the lock file's process id
means nothing to the other: the case two computers with the same name on a shared folder make
too. The first writer must stop the second while it lives, and let it in at once when killed."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hallbar_desktop.storage import database_lock
from hallbar_desktop.storage.database_lock import lock_path_for, this_host
from tests.cli.test_cli import assert_one_line_error
from tests.storage.test_opening_checks import fingerprint

FIRST_WRITER = """
import sys, time
from pathlib import Path
from hallbar_desktop.app import open_services
with open_services(Path(sys.argv[1]), create_if_missing=False, exclusive=True) as services:
    print("öppen", flush=True)
    time.sleep(120)
"""


def in_own_pid_namespace(*command: str | Path) -> list[str]:
    # --kill-child: the namespace's first process goes when unshare does, never left behind.
    return ["unshare", "--pid", "--fork", "--mount-proc", "--kill-child", *map(str, command)]


def namespaces_available() -> str | None:
    """Why PID namespaces cannot be made here, or None when they can."""
    if shutil.which("unshare") is None:
        return "unshare (util-linux) is not installed"
    tried = subprocess.run(
        in_own_pid_namespace("sh", "-c", "echo $$"), capture_output=True, text=True, check=False
    )
    if tried.returncode != 0 or tried.stdout.strip() != "1":
        return f"PID namespaces need root (CI runs as root): {tried.stderr.strip()}"
    return None


def child_of(pid: int) -> int:
    """The process unshare started (the writer, seen from outside its namespace)."""
    for _ in range(200):
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        if children:
            return int(children[0])
        time.sleep(0.01)
    raise AssertionError("unshare started no process")


def hallbar(*args: str | Path) -> list[str]:
    return in_own_pid_namespace(sys.executable, "-m", "hallbar_desktop", *args)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PID namespaces are Linux's")
def test_two_writers_in_their_own_pid_namespaces_one_computer_name(tmp_path: Path) -> None:
    why_not = namespaces_available()
    if why_not is not None:
        pytest.skip(why_not)
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "HOME": str(tmp_path)}
    db = tmp_path / "region.sqlite3"
    made = subprocess.run(hallbar("demo", "--db", db), capture_output=True, text=True, env=env)
    assert made.returncode == 0, made.stderr

    first = subprocess.Popen(
        in_own_pid_namespace(sys.executable, "-c", FIRST_WRITER, db),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # unshare remarks on the kill
        text=True,
        env=env,
        cwd=tmp_path,
    )
    try:
        assert first.stdout is not None and first.stdout.readline() == "öppen\n"
        writer = child_of(first.pid)
        # The first has had the file a while, as a window has: the second, started later, is
        # younger than the lock. Judged by process id, that read as "the id was reused".
        time.sleep(database_lock.START_TIME_SLACK_SECONDS + 1.5)
        before = fingerprint(db)
        second = subprocess.run(
            hallbar("demo", "--db", db),
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            timeout=120,
        )
        message = assert_one_line_error(second)
        # The first writer is process 1 in its namespace, and so is the second: the id the
        # lock names is "alive" there, and used to be judged reused (younger than the lock).
        assert f"är redan öppen i hallbar på datorn {this_host()} (process 1," in message
        assert fingerprint(db) == before

        os.kill(writer, signal.SIGKILL)
        assert first.wait(timeout=30) != 0
        assert lock_path_for(db).exists()  # left behind by the killed writer
        third = subprocess.run(
            hallbar("demo", "--db", db),
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            timeout=120,
        )
        # At once: on the first try, with no grace period and no lock file deleted by hand.
        assert third.returncode == 0, third.stderr
        assert not lock_path_for(db).exists()
    finally:
        first.kill()
        first.wait(timeout=30)
