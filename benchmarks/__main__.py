"""`python -m benchmarks [--quick] [--json FILE]`: every speed figure, a table and a JSON file.

Each module of this folder has a measure(quick) giving its figures by name; the targets are the
speed issue's (issue 16). Run from the repository folder with the project's venv; the full run
takes some ten minutes (the national database of 630 workshops is generated the first time and
kept in the temporary folder). --quick runs each module briefly, to check that every figure is
produced, not that it meets its target (CI machines are noisy): fewer runs, a roll-up of 21
workshops instead of 630, no bundle build. The exit code is 1 when a figure is missing. A figure
that cannot be measured on this machine (the roll-up from a PostgreSQL server, without one) is
reported as not measured, with the reason, and is not missing."""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import PySide6

from benchmarks import (
    NOT_MEASURED,
    bundle_size,
    edit_speed,
    export_speed,
    gui_lag,
    gui_speed,
    import_speed,
    startup_speed,
)

ROOT = Path(__file__).resolve().parents[1]

# Each figure the issue names, with its target (None: no target, it is reported).
TARGETS: dict[str, float | None] = {
    "startup_ratio": 1.5,
    "open_workshop_ratio": 1.8,
    "commit_ratio": 3.0,
    "commit_ratio_demo": None,
    "xlsx_ratio": 1.3,
    "pdf_ratio": 1.3,
    "national_export_s": 5.0,
    "national_rss_mb": 300.0,
    # The same roll-up from a PostgreSQL server (issue 17), when HALLBAR_TEST_POSTGRESQL names one.
    "national_server_export_s": 5.0,
    "national_server_rss_mb": 300.0,
    "gui_max_lag_ms": 50.0,
    "gui_max_lag_ms_40_phones": 50.0,  # the same walk while 40 phones answer (issue 18)
    "import_30_s": 3.0,
}

MODULES: tuple[tuple[str, Callable[[bool], dict[str, Any]]], ...] = (
    ("edit_speed", lambda quick: edit_speed.measure(quick=quick)),
    ("startup_speed", lambda quick: startup_speed.measure(quick)),
    ("gui_lag", gui_lag.measure),
    ("gui_lag_phones", gui_lag.measure_with_phones),
    ("gui_speed", gui_speed.measure),
    ("export_speed", export_speed.measure),
    ("import_speed", import_speed.measure),
    ("bundle_size", bundle_size.measure),
)


def _commit() -> str:
    """The checked-out commit, with "+changes" when the working tree differs from it."""

    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)
        return done.stdout.strip()

    commit = git("rev-parse", "--short=12", "HEAD") or "unknown"
    return f"{commit}+changes" if git("status", "--porcelain", "--untracked-files=no") else commit


def _machine() -> str:
    return f"{platform.node()}: {platform.platform()}, {os.cpu_count()} cores"


def _shown(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.2f}".replace(".", ",")
    return str(value)


def table(figures: dict[str, Any], not_measured: dict[str, str] | None = None) -> str:
    """The issue's figures first, with target and verdict, then the rest as they came."""
    not_measured = not_measured or {}
    lines = [f"{'figure':<28} {'value':>10}  {'target':>8}  verdict"]
    for name, target in TARGETS.items():
        value = figures.get(name)
        if value is None and name in not_measured:
            verdict = f"not measured: {not_measured[name]}"
        elif value is None:
            verdict = "MISSING"
        elif target is None:
            verdict = ""
        else:
            verdict = "met" if value <= target else "missed"
        wanted = f"≤ {_shown(target)}" if target is not None else ""
        shown = "-" if value is None and name in not_measured else _shown(value)
        lines.append(f"{name:<28} {shown:>10}  {wanted:>8}  {verdict}")
    lines.append("")
    for name, value in figures.items():
        if name not in TARGETS:
            lines.append(f"{name:<28} {_shown(value):>10}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="check that every figure comes")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures here")
    parser.add_argument(
        "--only", action="append", metavar="MODULE", help="only this module (may be repeated)"
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    commit = _commit()  # before the runs: a commit made meanwhile is not what was measured
    figures: dict[str, Any] = {}
    not_measured: dict[str, str] = {}
    failed: dict[str, str] = {}
    for name, measure in MODULES:
        if args.only and name not in args.only:
            continue
        print(f"{name} …", file=sys.stderr, flush=True)
        module_started = time.perf_counter()
        try:
            measured = dict(measure(args.quick))
            not_measured.update(measured.pop(NOT_MEASURED, {}))
            figures.update(measured)
        except Exception:  # one broken module still leaves the others' figures
            failed[name] = traceback.format_exc(limit=3)
            print(failed[name], file=sys.stderr)
        print(f"{name}: {time.perf_counter() - module_started:.0f} s", file=sys.stderr)
    report = {
        **figures,
        "commit": commit,
        "machine": _machine(),
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
        "quick": args.quick,
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "duration_s": time.perf_counter() - started,
        NOT_MEASURED: not_measured,
        "failed": failed,
    }
    print(table(figures, not_measured))
    if args.json is not None:
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    missing = (
        []
        if args.only
        else [name for name in TARGETS if name not in figures and name not in not_measured]
    )
    if missing or failed:
        print(f"missing: {', '.join(missing) or '-'}; failed: {', '.join(failed) or '-'}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
