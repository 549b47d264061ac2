"""Import speed: a package of 30 demo-sized workshops into an empty database, again (nothing to
change), and once more after one edit in each workshop on the laptop.

Part of `python -m benchmarks` (import_30_s is the first import: read, check, merge, back up,
write; target from the packages issue: under 3 s). Each figure is also given as a ratio to
storing the same 30 workshops with the service's own add_workshop, the plainest way the app
writes them. Medians of three rounds (quick: one)."""

from __future__ import annotations

import dataclasses
import statistics
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


def one_round() -> dict[str, float]:
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
    return {
        "import_30_s": first,
        "import_30_ratio": first / plain,
        "import_30_again_s": again,
        "import_30_updated_s": update,
        "import_30_records": rows,
        "import_30_package_kib": size / 1024,
    }


def measure(quick: bool) -> dict[str, float]:
    rounds = [one_round() for _ in range(1 if quick else 3)]
    return {name: statistics.median(r[name] for r in rounds) for name in rounds[0]}


if __name__ == "__main__":
    figures = measure("--quick" in sys.argv)
    print(figures)
    sys.exit(0 if figures["import_30_s"] <= BUDGET_SECONDS else 1)
