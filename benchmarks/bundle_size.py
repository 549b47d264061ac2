"""Bundle size: our PyInstaller folder against a bare hello-world with the same four libraries.

Part of `python -m benchmarks` (not with --quick: bundle_ratio); alone:
.venv/bin/python benchmarks/bundle_size.py [--ours dist/Hallbar]
Builds the hello-world (PySide6-Essentials window, SQLAlchemy, openpyxl and reportlab imported;
one folder, windowed, PyInstaller's defaults) in a temporary folder, and our bundle with
`build_installer.py bundle` unless --ours names one already built; prints both sizes and the
ratio. Target from the installer issue: ours at most 15 % larger. Exit code 1 if it is not.
Each build takes 30-60 s."""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUDGET = 1.15

HELLO_WORLD = """
import sys

import openpyxl
import reportlab
import sqlalchemy
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication(sys.argv)
label = QLabel(f"Hej: openpyxl {openpyxl.__version__}, reportlab {reportlab.Version}, "
               f"SQLAlchemy {sqlalchemy.__version__}")
label.show()
if "--quit" in sys.argv:
    sys.exit(0)
sys.exit(app.exec())
"""


def _build_script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("build_installer", ROOT / "build_installer.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_hello_world(folder: Path) -> Path:
    script = folder / "hello.py"
    script.write_text(HELLO_WORLD, encoding="utf-8")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--onedir",
            "--windowed",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(folder / "dist"),
            "--workpath",
            str(folder / "build"),
            "--specpath",
            str(folder),
            str(script),
        ],
        check=True,
    )
    built = folder / "dist" / ("hello.app" if sys.platform == "darwin" else "hello")
    return built


def measure(quick: bool) -> dict[str, float]:
    """bundle_ratio and both sizes; nothing with ``quick`` (two builds take minutes)."""
    if quick:
        return {}
    build = _build_script()
    subprocess.run(
        [sys.executable, str(ROOT / "build_installer.py"), "bundle"],
        check=True,
        capture_output=True,
    )
    with tempfile.TemporaryDirectory(prefix="hallbar-hello-") as scratch:
        hello_size, _ = build.folder_size(build_hello_world(Path(scratch)))
    our_size, _ = build.folder_size(build.bundle_folder())
    return {
        "bundle_ratio": our_size / hello_size,
        "bundle_mb": our_size / 1e6,
        "bundle_bare_mb": hello_size / 1e6,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ours", type=Path, help="an already built bundle folder to measure")
    args = parser.parse_args()
    build = _build_script()
    if args.ours is None:
        subprocess.run([sys.executable, str(ROOT / "build_installer.py"), "bundle"], check=True)
        ours = build.bundle_folder()
    else:
        ours = args.ours
    with tempfile.TemporaryDirectory(prefix="hallbar-hello-") as scratch:
        hello_size, hello_files = build.folder_size(build_hello_world(Path(scratch)))
    our_size, our_files = build.folder_size(ours)
    ratio = our_size / hello_size
    rows = [
        ("bundle", "size", "files"),
        ("hello-world (4 libraries, defaults)", build.megabytes(hello_size), str(hello_files)),
        ("Hallbar", build.megabytes(our_size), str(our_files)),
    ]
    for name, size, files in rows:
        print(f"{name:<36} {size:>10} {files:>6}")
    verdict = "within" if ratio <= BUDGET else "OVER"
    print(f"ratio {ratio:.2f} ({verdict} the budget of {BUDGET:.2f})")
    return 0 if ratio <= BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())
