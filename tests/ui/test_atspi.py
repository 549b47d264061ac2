"""The app as a screen reader meets it: a workshop is created through the AT-SPI tree alone."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from hallbar_desktop.app import open_services

SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's, where python3-pyatspi is installed
DRIVER = Path(__file__).with_name("atspi_new_workshop.py")
PACKAGES = "apt-get install xvfb dbus at-spi2-core python3-pyatspi"
TITLE = "Tillgänglighet – första träffen"
ORGANISATION = "Region Västernorrland"


def _missing(problem: str) -> None:
    """A missing tool fails on CI (CI=true), where .ci/run installs it, and skips elsewhere."""
    message = f"{problem}: this check needs {PACKAGES}"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def _require_tools() -> None:
    for tool in ("Xvfb", "dbus-run-session"):
        if shutil.which(tool) is None:
            _missing(f"{tool} is missing")
    has_pyatspi = Path(SYSTEM_PYTHON).exists() and (
        subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True).returncode == 0
    )
    if not has_pyatspi:
        _missing(f"{SYSTEM_PYTHON} cannot import pyatspi")


@pytest.fixture
def display() -> Iterator[str]:
    """A display of the test's own on Xvfb; Xvfb chooses a free number and writes it back."""
    _require_tools()
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as numbers:
            number = numbers.readline().strip()
        assert number, "Xvfb gave no display number"
        yield f":{number}"
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def test_a_workshop_is_created_through_the_accessibility_tree(display: str, tmp_path: Path) -> None:
    database = tmp_path / "workshops.sqlite3"
    with open_services(database, create_if_missing=True):
        pass  # an empty library: the app starts on it without asking
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("QT_", "DBUS_", "AT_SPI"))
    }
    env.update(
        DISPLAY=display,
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_RUNTIME_DIR=str(tmp_path / "runtime"),
    )
    (tmp_path / "runtime").mkdir(mode=0o700)
    app = [sys.executable, "-m", "hallbar_desktop", "--db", str(database)]
    run = subprocess.run(
        ["dbus-run-session", "--", SYSTEM_PYTHON, str(DRIVER), TITLE, ORGANISATION, "--", *app],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-3000:]

    with open_services(database, create_if_missing=False) as services:
        overviews = services.workshops.list_workshops()
    created = [(o.workshop.title, o.workshop.organisation) for o in overviews]
    assert created == [(TITLE, ORGANISATION)]
