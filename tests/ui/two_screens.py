"""A laptop and a projector without hardware: a script run on Qt's offscreen platform with a
two-screen layout file (engineering notes). The layout is read when the QApplication starts, so
each such script needs a process of its own."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any


def _screen(name: str, x: int, width: int, height: int) -> dict[str, Any]:
    return {
        "name": name,
        "x": x,
        "y": 0,
        "width": width,
        "height": height,
        "logicalDpiX": 96,
        "logicalDpiY": 96,
        "dpr": 1,
    }


SCREENS = {"screens": [_screen("Laptop", 0, 1600, 900), _screen("Projektor", 1600, 1920, 1080)]}


def run_on_two_screens(script: str, *args: str, folder: Path, timeout: int = 180) -> Any:
    """Run ``script`` with ``args`` on the laptop + projector layout and return the JSON it
    prints on its last line; the test fails with the script's stderr if it does."""
    screens = folder / "screens.json"
    screens.write_text(json.dumps(SCREENS), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screens}"}
    result = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])
