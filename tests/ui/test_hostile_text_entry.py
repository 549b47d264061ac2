"""The hostile-text corpus typed into every text field of every step page: each text is stored as
the field holds it, or refused with a Swedish sentence next to the field and nothing stored.

The text is put into the field as a paste would (setText / setPlainText) and committed as
leaving the field does; typing one key event per character (tests/ui/keyboard.py) is checked
for a few of the texts. What a Qt field holds can differ from what was pasted: Qt drops a lone
surrogate, a one-line field holds at most 32 767 characters and a multi-line field turns a
carriage return into a line break; the app then stores what the field shows."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox

from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.entered_text import FREE_TEXT_FIELDS
from hallbar_desktop.domain.readiness import GroupScore, ReadinessTemplate
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.domain.workshop import Participant, Variant, Workshop
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.ui.input_mode.input_round import InputActivity, InputRound
from hallbar_desktop.ui.input_mode.notes_turn import NOTE_MAX, NotesTurn
from hallbar_desktop.ui.models.participant_table_model import ALIAS, NAME, ROLE
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.pages.page_registry import create_page
from hallbar_desktop.ui.pages.step_page import StepPage
from hallbar_desktop.ui.style_sheet import PROBLEM, TEXT_ROLE
from hallbar_desktop.ui.widgets.committing_text_edit import CommittingLineEdit, CommittingTextEdit
from tests.hostile_text import CORPUS, HostileText, hostile
from tests.ui.keyboard import press, type_text
from tests.workshop_with_every_part import workshop_with_every_part

Field = tuple[str, str]  # (entity class name, field name)

# The text fields each page offers, by what they store. Notes have no page of their own yet
# (the input mode writes them); participants and new lines are tested below.
PAGE_FIELDS: dict[WorkshopStep, set[Field]] = {
    WorkshopStep.PREPARATION: {
        ("Workshop", f)
        for f in ("title", "organisation", "unit", "change_focus", "place", "facilitator")
    },
    WorkshopStep.CURRENT_AND_TARGET: {
        ("Workshop", f) for f in ("change_focus", "current_state", "target_picture")
    },
    WorkshopStep.RESULTS: {("GroupScore", "comment")},
    WorkshopStep.DEPENDENCIES: {
        ("Dependency", f) for f in ("title", "description", "owner", "mitigation")
    },
    WorkshopStep.PREREQUISITES: {("PrerequisiteCheck", "note"), ("SuccessFactor", "text")},
    WorkshopStep.ACTIONS: {
        ("Action", f)
        for f in (
            "title",
            "description",
            "owner",
            "contributors",
            "decision_by",
            "success_indicator",
            "resources",
            "last_update_comment",
        )
    },
    WorkshopStep.SUMMARY: {("Workshop", "next_steps")},
    WorkshopStep.FOLLOW_UP: {("Action", "last_update_comment")},
}
# A group's name, typed in the notes panel beside a step's page: tests/ui/test_note_groups.py.
IN_THE_NOTES_PANEL = {("Note", "cluster")}
IN_THE_INPUT_MODE = {("Note", "text")}
ADDED_ON_A_PAGE = {("PrerequisiteCheck", "prompt"), ("SuccessFactor", "text")}
IN_THE_PARTICIPANT_TABLE = {("Participant", f) for f in ("alias", "name", "role")}
LONGEST_ONE_LINE = 32_767  # what a QLineEdit holds


@dataclasses.dataclass
class Workshops:
    service: WorkshopService
    every_part: OpenWorkshop
    follow_up: OpenWorkshop

    def stored_texts(self) -> dict[tuple[str, Any, str], str]:
        """Every free text the file holds for the workshop with every part. (The follow-up
        page writes there too: its comments belong to the earlier workshop's actions.)"""
        return _texts_of(self.service.contents(self.every_part.workshop_id))


def _texts_of(contents: WorkshopContents) -> dict[tuple[str, Any, str], str]:
    """Every free text of the workshop, by (class, id, field)."""
    texts: dict[tuple[str, Any, str], str] = {}
    for entity in _entities(contents):
        key = entity.dimension_code if isinstance(entity, GroupScore) else entity.id
        for field in FREE_TEXT_FIELDS[type(entity)]:
            texts[type(entity).__name__, key, field] = getattr(entity, field)
    return texts


def _entities(contents: WorkshopContents) -> list[Any]:
    return [
        contents.workshop,
        *contents.participants,
        *contents.dependencies,
        *contents.actions,
        *contents.prerequisite_checks,
        *contents.success_factors,
        *contents.notes,
        *contents.group_scores,
    ]


@pytest.fixture
def workshops(qtbot, service: WorkshopService, template: ReadinessTemplate) -> Workshops:  # type: ignore[no-untyped-def]
    """A workshop with one of every part, and a follow-up of it."""
    every = service.add_workshop(workshop_with_every_part(template)).workshop
    follow_up = service.create_workshop(
        Workshop(title="Uppföljning", variant=Variant.FOLLOW_UP, follows_up_id=every.id), 1
    ).workshop
    return Workshops(service, OpenWorkshop(service, every.id), OpenWorkshop(service, follow_up.id))


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Warnings a page would show in a dialog (none should be needed; recorded, not shown)."""
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *a, **k: shown.append(text)
    )
    return shown


def _open(qtbot, workshops: Workshops, step: WorkshopStep) -> StepPage:  # type: ignore[no-untyped-def]
    workshop = workshops.follow_up if step is WorkshopStep.FOLLOW_UP else workshops.every_part
    page = create_page(step, workshop)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.refresh()
    if step is WorkshopStep.ACTIONS:
        page.ui.action_table.selectRow(0)  # type: ignore[attr-defined]
    return page


def _problems(page: StepPage) -> list[QLabel]:
    return [
        label
        for label in page.findChildren(QLabel)
        if label.property(TEXT_ROLE) == PROBLEM or label.objectName().endswith("problem_label")
    ]


def _shown_problem(labels: list[QLabel], boxes: list[str]) -> str:
    shown = [label.text() for label in labels if not label.isHidden() and label.text()]
    return " | ".join(shown + boxes)


def _paste(field: CommittingLineEdit | CommittingTextEdit, text: str) -> str:
    """Put ``text`` in the field as a paste does, leave the field, and return what it holds."""
    if isinstance(field, CommittingLineEdit):
        field.setText(text)
        held = field.text()
    else:
        field.setPlainText(text)
        held = field.toPlainText()
    field.commit()  # what leaving the field or the typing pause does
    return held


def _expect_refused(entry: HostileText, held: str) -> bool:
    if entry.key == "lone_surrogate":
        # Qt cannot hold a lone surrogate: the field drops it, and the rest is ordinary text.
        assert held == entry.text.replace("\ud800", "")
        return False
    return not entry.accepted


def _check_refusal(entry: HostileText, problem: str) -> None:
    assert problem, f"{entry.key}: refused without a word"
    if entry.key == "long":
        assert re.search(r"får vara högst [\d\u00a0]+ tecken \(nu [\d\u00a0]+\)", problem), problem
    else:
        assert "som inte kan sparas" in problem, problem


@pytest.mark.parametrize("step", PAGE_FIELDS, ids=lambda s: s.code)
def test_every_text_field_stores_what_it_holds_or_refuses_it_with_a_message(
    qtbot,  # type: ignore[no-untyped-def]
    workshops: Workshops,
    message_boxes: list[str],
    step: WorkshopStep,
) -> None:
    page = _open(qtbot, workshops, step)
    fields = [*page.findChildren(CommittingLineEdit), *page.findChildren(CommittingTextEdit)]
    if step is WorkshopStep.RESULTS:
        fields = fields[:1]  # one comment per dimension, all alike: the first stands for them
    reached: set[Field] = set()
    problems = _problems(page)
    # What the page's workshop says it stored, checked against the file after each field (the
    # follow-up page stores in the earlier workshop, so there the file is read every time).
    if step is WorkshopStep.FOLLOW_UP:
        believed = workshops.stored_texts
    else:
        believed = lambda: _texts_of(workshops.every_part.contents)  # noqa: E731
    after = believed()
    for field in fields:
        for entry in CORPUS:
            for label in problems:
                label.clear()
            message_boxes.clear()
            before = after
            held = _paste(field, entry.text)
            after = believed()
            changed = {k: v for k, v in after.items() if before[k] != v}
            where = f"{field.objectName() or field.accessibleName()} ← {entry.key}"
            if _expect_refused(entry, held):
                assert changed == {}, where
                _check_refusal(entry, _shown_problem(problems, message_boxes))
                continue
            assert len(changed) == 1, f"{where}: {sorted(changed)}"
            ((cls, _id, name), value), *_ = changed.items()
            assert value == held, where
            assert _shown_problem(problems, message_boxes) == "", where
            reached.add((cls, name))
        assert after == workshops.stored_texts()  # the file holds what the page believes
    assert reached == PAGE_FIELDS[step]


def test_every_free_text_field_is_on_a_page_or_known_not_to_be() -> None:
    on_pages = set().union(*PAGE_FIELDS.values())
    everything = {(c.__name__, f) for c, fields in FREE_TEXT_FIELDS.items() for f in fields}
    covered = (
        on_pages
        | IN_THE_NOTES_PANEL
        | ADDED_ON_A_PAGE
        | IN_THE_PARTICIPANT_TABLE
        | IN_THE_INPUT_MODE
    )
    assert everything == covered


@pytest.mark.parametrize(
    ("key", "field_name"),
    [("arabic", "title_edit"), ("emoji", "title_edit"), ("combining", "description_edit")],
)
def test_typed_key_by_key_the_text_is_stored_the_same(
    qtbot,  # type: ignore[no-untyped-def]
    workshops: Workshops,
    key: str,
    field_name: str,
) -> None:
    page = _open(qtbot, workshops, WorkshopStep.DEPENDENCIES)
    field = getattr(page.ui, field_name)  # type: ignore[attr-defined]
    field.setFocus()
    field.selectAll()
    press(field, Qt.Key.Key_Delete)
    type_text(field, hostile(key).text)
    field.commit()
    (dependency,) = workshops.service.contents(workshops.every_part.workshop_id).dependencies
    assert getattr(dependency, field_name.removesuffix("_edit")) == hostile(key).text


@pytest.mark.parametrize("column", [ALIAS, NAME, ROLE], ids=["alias", "name", "role"])
def test_the_participant_table_stores_each_text_or_refuses_it(
    qtbot,  # type: ignore[no-untyped-def]
    workshops: Workshops,
    column: int,
) -> None:
    """The table trims spaces around what is typed in a cell (a name, a role), nothing else."""
    page = _open(qtbot, workshops, WorkshopStep.PREPARATION)
    model = page.participants  # type: ignore[attr-defined]
    field = {ALIAS: "alias", NAME: "name", ROLE: "role"}[column]
    problems: list[str] = []
    model.problem.connect(problems.append)
    for entry in CORPUS:
        problems.clear()
        before = workshops.stored_texts()
        stored = model.setData(model.index(0, column), entry.text, Qt.ItemDataRole.EditRole)
        participant = workshops.service.contents(workshops.every_part.workshop_id).participants[0]
        if not entry.accepted:
            assert not stored and workshops.stored_texts() == before, entry.key
            _check_refusal(entry, " ".join(problems))
            assert page.ui.participants_problem_label.text() == problems[-1]  # type: ignore[attr-defined]
            continue
        assert stored, f"{entry.key}: {problems}"
        assert getattr(participant, field) == entry.text.strip(), entry.key
    assert isinstance(participant, Participant)


def test_new_lines_and_success_factors_store_each_text_or_refuse_it(
    qtbot,  # type: ignore[no-untyped-def]
    workshops: Workshops,
) -> None:
    """Adding an own checklist line or a success factor trims the spaces around it."""
    page = _open(qtbot, workshops, WorkshopStep.PREREQUISITES)
    group = next(iter(page.groups.values()))  # type: ignore[attr-defined]
    adders: list[tuple[QLineEdit, str, QLabel]] = [
        (group.new_prompt_edit, "prerequisite_checks", page.ui.problem_label),  # type: ignore[attr-defined]
        (page.ui.new_factor_edit, "success_factors", page.ui.factors_problem_label),  # type: ignore[attr-defined]
    ]
    for edit, collection, problem in adders:
        for entry in CORPUS:
            contents = workshops.service.contents(workshops.every_part.workshop_id)
            known = {p.id for p in getattr(contents, collection)}
            problem.clear()
            edit.setText(entry.text)
            held = edit.text()
            press(edit, Qt.Key.Key_Return)
            contents = workshops.service.contents(workshops.every_part.workshop_id)
            added = [p for p in getattr(contents, collection) if p.id not in known]
            if _expect_refused(entry, held):
                assert added == [], entry.key
                _check_refusal(entry, problem.text())
                continue
            (part,) = added
            text = part.prompt if collection == "prerequisite_checks" else part.text
            assert text == held.strip(), entry.key
            assert edit.text() == ""  # emptied for the next one


def test_a_participants_notes_in_the_input_mode_store_each_text_or_refuse_it(
    qtbot,  # type: ignore[no-untyped-def]
    workshops: Workshops,
) -> None:
    """The notes field holds at most a note's 500 characters and shows what it keeps; the
    note is stored trimmed of the spaces around it, or refused with the sentence shown."""
    workshop = workshops.every_part
    turn = NotesTurn(
        workshop,
        workshop.contents.participants[0],
        InputRound(InputActivity.NOTES, WorkshopStep.DEPENDENCIES),
    )
    qtbot.addWidget(turn)
    turn.show()
    for entry in CORPUS:
        known = {n.id for n in workshop.contents.notes}
        turn.problem_label.clear()
        turn.text_edit.setPlainText(entry.text)
        held = turn.text_edit.toPlainText()
        turn.add_note()
        added = [
            n for n in workshops.service.contents(workshop.workshop_id).notes if n.id not in known
        ]
        if entry.key == "long":
            assert len(held) == NOTE_MAX  # the field keeps no more than a note holds
        elif _expect_refused(entry, held):
            assert added == [], entry.key
            _check_refusal(entry, turn.problem_label.text())
            assert turn.text_edit.toPlainText() == held  # kept, to be put right
            continue
        (note,) = added
        assert note.text == held.strip(), entry.key
