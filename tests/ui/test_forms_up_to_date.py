"""The compiled form modules in git match their Designer sources in forms/."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _build_script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("build_installer", ROOT / "build_installer.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_form_is_compiled_and_up_to_date() -> None:
    build = _build_script()
    forms = sorted((ROOT / "forms").glob("*.ui"))
    assert forms, "no forms found"
    assert build.stale_forms() == []
    for form in forms:
        assert build.target_for(form).exists()


def test_compiled_forms_import_only_the_qt_names_they_use() -> None:
    # Every unused name is a Qt class (with its enums) made before the window can be shown.
    build = _build_script()
    for form in sorted((ROOT / "forms").glob("*.ui")):
        code = build.target_for(form).read_text(encoding="utf-8")
        body = build._QT_IMPORT.sub("", code)
        for statement in build._QT_IMPORT.finditer(code):
            listed = statement.group(2) or statement.group(3)
            for name in (part.strip() for part in listed.split(",")):
                assert re.search(rf"\b{name}\b", body), f"{form.name}: {name} is not used"
