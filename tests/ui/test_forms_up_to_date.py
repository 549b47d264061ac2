"""The compiled form modules in git match their Designer sources in forms/."""

from __future__ import annotations

import importlib.util
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
