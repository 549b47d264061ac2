"""Import speed: a package of 30 demo-sized workshops into an empty database, again (nothing to
change), and once more after one edit in each workshop on the laptop.

Not a test: run `.venv/bin/python benchmarks/import_speed.py` and read the figures. Target from
the packages issue: the first import (read, check, merge, back up, write) under 3 s. Each
figure is also given as a ratio to storing the same 30 workshops with the service's own
add_workshop, the plainest way the app writes them. Exit code 1 if the target is missed."""

from __future__ import annotations

import dataclasses
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from hallbar_desktop.app import open_services
from hallbar_desktop.services.demo_workshop import demo_contents

WORKSHOPS = 30
BUDGET_SECONDS = 3.0
TODAY = date(2026, 11, 26)


def _timed(work):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


def main() -> int:
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        with open_services(folder / "laptop.sqlite3", create_if_missing=True) as laptop:
            template = laptop.workshops.current_template
            made = [demo_contents(template, TODAY) for _ in range(WORKSHOPS)]
            plain, stored = _timed(lambda: [laptop.workshops.add_workshop(c) for c in made])
            ids = [c.workshop.id for c in stored]
            package = laptop.packages.pack(ids, folder / "30.hallbar")
            rows = sum(
                len(c.participants) + len(c.ratings) + len(c.dependencies) + len(c.actions)
                + len(c.notes) + len(c.prerequisite_checks) + len(c.success_factors)
                for c in stored
            )  # fmt: skip
            size = package.stat().st_size
        with open_services(folder / "samordnare.sqlite3", create_if_missing=True) as here:
            imports = here.imports
            first, summary = _timed(lambda: imports.import_packages(imports.read([package])))
            assert summary.count("new") == WORKSHOPS
            again, summary = _timed(lambda: imports.import_packages(imports.read([package])))
            assert not summary.written
        with open_services(folder / "laptop.sqlite3", create_if_missing=False) as laptop:
            for contents in stored:
                dependency = contents.dependencies[0]
                laptop.workshops.save_dependency(
                    contents.workshop.id, dataclasses.replace(dependency, title="Ändrad")
                )
            changed = laptop.packages.pack(ids, folder / "30-ändrade.hallbar")
        with open_services(folder / "samordnare.sqlite3", create_if_missing=False) as here:
            imports = here.imports
            update, summary = _timed(lambda: imports.import_packages(imports.read([changed])))
            assert summary.count("updated") == WORKSHOPS
    print(f"package: {WORKSHOPS} workshops, {rows} records, {size / 1024:.0f} KiB")
    print(f"add_workshop ×{WORKSHOPS} (reference): {plain:.2f} s")
    for label, seconds in (
        ("first import (all new)", first),
        ("same package again", again),
        ("one edit in each", update),
    ):
        print(f"{label}: {seconds:.2f} s = {seconds / plain:.1f} × reference")
    if first > BUDGET_SECONDS:
        print(f"over the {BUDGET_SECONDS:.0f} s target", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
