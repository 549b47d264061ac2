"""Build steps for hallbar-desktop: compile the Designer forms and check they are up to date.

Usage: python build_installer.py forms | check
(The PyInstaller bundle joins with the installer issue.)"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
FORMS = ROOT / "forms"
GENERATED = ROOT / "hallbar_desktop" / "ui" / "generated"


def _uic() -> str:
    # pyside6-uic is installed next to the Python that runs this script.
    return str(Path(sys.executable).with_name("pyside6-uic"))


def compiled_form(ui_file: Path) -> str:
    """The Python code pyside6-uic makes of one form, without its version-stamped header."""
    out = subprocess.run(
        [_uic(), str(ui_file), "--from-imports"], capture_output=True, text=True, check=True
    ).stdout
    return _without_stamp(out)


def _without_stamp(code: str) -> str:
    return "\n".join(
        line for line in code.splitlines() if "Created by: Qt User Interface" not in line
    )


def target_for(ui_file: Path) -> Path:
    return GENERATED / f"ui_{ui_file.stem}.py"


def stale_forms() -> list[Path]:
    stale = []
    for ui_file in sorted(FORMS.glob("*.ui")):
        target = target_for(ui_file)
        current = _without_stamp(target.read_text(encoding="utf-8")) if target.exists() else None
        if current != compiled_form(ui_file):
            stale.append(ui_file)
    return stale


def compile_forms() -> None:
    GENERATED.mkdir(parents=True, exist_ok=True)
    (GENERATED / "__init__.py").write_text(
        '"""Code generated from forms/ by pyside6-uic; do not edit, run '
        '`python build_installer.py forms`."""\n',
        encoding="utf-8",
    )
    for ui_file in sorted(FORMS.glob("*.ui")):
        subprocess.run(
            [_uic(), str(ui_file), "--from-imports", "-o", str(target_for(ui_file))], check=True
        )
        print(f"{ui_file.relative_to(ROOT)} -> {target_for(ui_file).relative_to(ROOT)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=["forms", "check"])
    args = parser.parse_args()
    if args.step == "forms":
        compile_forms()
        return 0
    stale = stale_forms()
    for ui_file in stale:
        target = target_for(ui_file).relative_to(ROOT)
        print(f"out of date: {target} (run: python build_installer.py forms)")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
