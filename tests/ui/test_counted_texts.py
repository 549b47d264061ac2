"""Texts with a count say 1 dag and 3 dagar: Qt's %n, with the forms in hallbar_sv.ts."""

from __future__ import annotations

import re
import shutil
from datetime import date, timedelta
from pathlib import Path

import build_installer
from hallbar_desktop import paths
from hallbar_desktop.domain.action import Action, ActionStatus
from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.domain.workshop import Workshop
from hallbar_desktop.ui.models.action_table_model import DUE, STATUS, ActionTableModel
from tests.conftest import TODAY

NUMERUS = re.compile(
    r'<message numerus="yes">\s*<source>(?P<source>.*?)</source>\s*'
    r"<translation(?P<attributes>[^>]*)>(?P<forms>.*?)</translation>",
    re.S,
)


def _numerus_messages(ts: Path) -> dict[str, tuple[str, list[str]]]:
    return {
        m["source"]: (m["attributes"], re.findall(r"<numerusform>(.*?)</numerusform>", m["forms"]))
        for m in NUMERUS.finditer(ts.read_text(encoding="utf-8"))
    }


def test_every_counted_text_in_the_sources_has_its_swedish_forms(tmp_path: Path) -> None:
    """Like the forms check: a new %n text without its singular fails here, not on screen."""
    committed = paths.translations_dir() / "hallbar_sv.ts"
    shutil.copy(committed, tmp_path / "hallbar_sv.ts")
    build_installer.update_translations(tmp_path)  # what lupdate finds in today's sources
    found = _numerus_messages(tmp_path / "hallbar_sv.ts")
    assert found, "lupdate found no counted texts"
    unfinished = {
        source: forms
        for source, (attributes, forms) in found.items()
        if "unfinished" in attributes or len(forms) != 2 or not all(forms)
    }
    assert not unfinished, "run `python build_installer.py translations` and fill in the forms"
    assert found.keys() <= _numerus_messages(committed).keys()


def test_the_compiled_translation_is_the_committed_one(tmp_path: Path) -> None:
    committed = paths.translations_dir() / "hallbar_sv.ts"
    build_installer.compile_translation(committed, tmp_path / "hallbar_sv.qm")
    assert (tmp_path / "hallbar_sv.qm").read_bytes() == committed.with_suffix(".qm").read_bytes()


def test_an_overdue_action_says_its_days_beside_its_status(
    qtbot,
    template: ReadinessTemplate,  # type: ignore[no-untyped-def]
) -> None:
    actions = (
        Action(title="En dag", status=ActionStatus.PAUSED, due_on=TODAY - timedelta(days=1)),
        Action(title="Tre dagar", due_on=TODAY - timedelta(days=3), position=1),
        Action(title="I tid", due_on=TODAY, position=2),
    )
    contents = WorkshopContents(
        workshop=Workshop(title="W", held_on=date(2026, 9, 1)), template=template, actions=actions
    )
    model = ActionTableModel(today=lambda: TODAY)
    model.set_contents(contents)
    rows = {
        model.action(r).title: (model.index(r, STATUS).data(), model.index(r, DUE).data())
        for r in range(model.rowCount())
    }
    one_day = (TODAY - timedelta(days=1)).isoformat()
    assert rows["En dag"] == ("Pausad", f"{one_day}  ⚠ 1 dag")
    assert rows["Tre dagar"][1].endswith("⚠ 3 dagar")
    assert rows["I tid"][1] == TODAY.isoformat()
