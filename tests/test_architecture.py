"""Layer rules: import-linter contracts hold, the core loads without Qt, docstrings everywhere."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import hallbar_desktop

PACKAGE = Path(hallbar_desktop.__file__).parent
ROOT = PACKAGE.parent
CORE = ("domain", "services", "storage", "export", "exchange")


def _modules(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.py") if "generated" not in p.parts)


def test_import_linter_contracts_are_kept() -> None:
    lint = "import sys; from importlinter.cli import lint_imports_command as run; sys.exit(run())"
    result = subprocess.run(
        [sys.executable, "-c", lint],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_the_core_loads_without_qt() -> None:
    names = [
        ".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        for part in CORE
        for p in _modules(PACKAGE / part)
    ]
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}: importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(loaded); sys.exit(1 if loaded else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(names) > 20


def test_every_module_opens_with_a_docstring() -> None:
    missing = [
        str(p.relative_to(ROOT))
        for p in _modules(PACKAGE) + _modules(ROOT / "tests")
        if p.stat().st_size and not ast.get_docstring(ast.parse(p.read_text(encoding="utf-8")))
    ]
    assert missing == []


def test_no_grab_bag_module_names() -> None:
    vague = {"utils", "util", "helpers", "helper", "misc", "common", "manager"}
    assert [p.name for p in _modules(PACKAGE) if p.stem in vague] == []
