"""Running `hallbar` (the app, not a subcommand) in a subprocess whose dialogs a script answers.

The app shows a dialog before any window when it cannot open its database; offscreen nobody
would close it. The script records each dialog (title, text, buttons), can save a picture of
it, and presses the button named for it, or the one that leaves."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ANSWERING = r"""
import json, os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from hallbar_desktop import cli

app = QApplication(sys.argv[:1])
exec(os.environ.get("HALLBAR_TEST_PRELUDE", ""))  # e.g. a failure the test wants to provoke
seen, handled = [], []
answers = json.loads(os.environ["HALLBAR_TEST_ANSWERS"])
shots = os.environ.get("HALLBAR_TEST_SHOTS")

def save(widget, name):
    if shots:
        widget.grab().save(os.path.join(shots, name))

def look():
    from hallbar_desktop.ui.dialogs.restore_dialog import RestoreDialog
    from hallbar_desktop.ui.main_window import MainWindow
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox) and box.isVisible() and not any(box is h for h in handled):
        handled.append(box)
        seen.append({"title": box.windowTitle(), "text": box.text(),
                     "informative": box.informativeText(),
                     "buttons": [b.text() for b in box.buttons()]})
        save(box, f"dialog-{len(seen)}.png")
        wanted = answers.pop(0) if answers else None
        chosen = next((b for b in box.buttons() if b.text() == wanted), None)
        (chosen or box.escapeButton() or box.buttons()[-1]).click()
    elif isinstance(box, RestoreDialog) and box.isVisible() and not any(box is h for h in handled):
        handled.append(box)
        seen.append({"title": box.windowTitle(), "rows": box.model.rowCount()})
        save(box, f"dialog-{len(seen)}.png")
        box.confirm()
    elif box is None:
        for window in QApplication.topLevelWidgets():
            if isinstance(window, MainWindow) and window.isVisible() and hasattr(window, "library"):
                seen.append({"title": window.windowTitle(),
                             "workshops": len(window.library.overviews)})
                window.close()
    QTimer.singleShot(30, look)

QTimer.singleShot(30, look)
code = cli.main(sys.argv[1:])
with open(os.environ["HALLBAR_TEST_SEEN"], "w", encoding="utf-8") as out:
    json.dump(seen, out, ensure_ascii=False)
sys.exit(code)
"""


@dataclass(frozen=True)
class AnsweredRun:
    result: subprocess.CompletedProcess[str]
    dialogs: list[dict[str, object]]


def run_app_answering(
    *args: str | Path,
    home: Path,
    answers: list[str] = (),  # type: ignore[assignment]
    shots: Path | None = None,
    extra_env: dict[str, str] | None = None,
) -> AnsweredRun:
    seen = home / ".dialogs-seen.json"
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "HALLBAR_TEST_ANSWERS": json.dumps(list(answers)),
        "HALLBAR_TEST_SEEN": str(seen),
        **({"HALLBAR_TEST_SHOTS": str(shots)} if shots else {}),
        **(extra_env or {}),
    }
    result = subprocess.run(
        [sys.executable, "-c", ANSWERING, *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=home,
    )
    # Qt's offscreen platform (only there) remarks on every dialog it sizes.
    result.stderr = "".join(
        line
        for line in result.stderr.splitlines(keepends=True)
        if "does not support propagateSizeHints" not in line
    )
    dialogs = json.loads(seen.read_text(encoding="utf-8")) if seen.exists() else []
    seen.unlink(missing_ok=True)
    return AnsweredRun(result, dialogs)
