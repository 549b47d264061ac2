"""`hallbar serve`: the join address and code on the first line, served until SIGTERM."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

from tests.cli.test_cli import assert_one_line_error, run

FIRST_LINE = re.compile(
    r"^Deltagarna går till (http://127\.0\.0\.1:\d+/) och skriver koden (\d{6})$"
)


def _demo(home: Path) -> str:
    made = run("--db", home / "w.sqlite3", "demo", home=home)
    assert made.returncode == 0, made.stderr
    return made.stdout.strip()


def test_serve_prints_address_and_code_then_serves_until_sigterm(tmp_path: Path) -> None:
    workshop = _demo(tmp_path)
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "HOME": str(tmp_path)}
    command = [sys.executable, "-m", "hallbar_desktop", "--db", str(tmp_path / "w.sqlite3")]
    serving = subprocess.Popen(
        [*command, "serve", "--workshop", workshop, "--address", "127.0.0.1", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert serving.stdout is not None
        first = serving.stdout.readline().rstrip("\n")
        found = FIRST_LINE.match(first)
        assert found, first
        with urllib.request.urlopen(found[1], timeout=10) as page:
            assert page.status == 200
            assert "Gå med i workshoppen" in page.read().decode()
        serving.send_signal(signal.SIGTERM)
        assert serving.wait(timeout=15) == 0
    finally:
        serving.kill()
        serving.wait()
    assert serving.stderr is not None
    assert serving.stderr.read().strip() == "Deltagarsidan är stängd."


def test_serve_refuses_every_interface_and_public_addresses(tmp_path: Path) -> None:
    workshop = _demo(tmp_path)
    for address, words in (("0.0.0.0", "inte på alla"), ("8.8.8.8", "adress på internet")):
        refused = run(
            "--db",
            tmp_path / "w.sqlite3",
            "serve",
            "--workshop",
            workshop,
            "--address",
            address,
            home=tmp_path,
        )
        assert words in assert_one_line_error(refused)
