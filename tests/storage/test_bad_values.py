"""Bad values in the file are read, named and left untouched (one bad row of each kind)."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from hallbar_desktop.domain.data_problems import DataProblem
from hallbar_desktop.domain.errors import ValidationError
from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.error_messages import (
    data_problem_kept_as,
    data_problem_line,
    data_problem_meaning,
    data_problem_value,
)
from hallbar_desktop.error_messages import message as error_message
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.storage.database import open_database
from hallbar_desktop.storage.workshop_store import SqlWorkshopStore
from tests.bad_rows import LONG_TITLE, BadRow, raw_value, write_bad_database
from tests.conftest import NOW, TODAY

# What each kind of bad value is named as in the problems list: (field, shown value).
NAMED = {
    "long_title": ("title", LONG_TITLE[:79] + "…"),
    "empty_title": ("title", "(tomt)"),
    "unknown_status": ("status", "okänt värde (closed_for_good)"),
    "impossible_date": ("due_on", "okänt värde (2026-02-30)"),
    "rating_9": ("value", "okänt värde (9)"),
    "impact_hog": ("impact", "okänt värde (hög)"),
    "broken_template": (
        "template_json",
        'okänt värde ({"key": "hallbar-beredskap", "version": 1, "na)',
    ),
    "bad_utf8": ("description", "okänt värde (Kaf\\xe9 och \\xff\\xfe)"),
}


@pytest.fixture
def bad(tmp_path: Path, template: ReadinessTemplate) -> tuple[Path, dict[str, BadRow]]:
    path = tmp_path / "bad.sqlite3"
    return path, write_bad_database(path, template)


@pytest.fixture
def bad_service(
    bad: tuple[Path, dict[str, BadRow]], template: ReadinessTemplate
) -> Iterator[WorkshopService]:
    path, _ = bad
    store = SqlWorkshopStore(open_database(path), path, fallback_template=template)
    yield WorkshopService(store, template, clock=lambda: NOW, today=lambda: TODAY)
    store.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_workshop_is_listed_and_opens_with_its_bad_value_named(
    bad: tuple[Path, dict[str, BadRow]], bad_service: WorkshopService
) -> None:
    path, rows = bad
    before = _digest(path)
    listed = bad_service.list_workshops()
    assert len(listed) == 1 + len(rows)  # the healthy one too
    for kind, row in rows.items():
        contents = bad_service.contents(row.workshop_id)
        field, shown = NAMED[kind]
        (problem,) = contents.problems
        assert problem.workshop_id == row.workshop_id
        assert problem.record == row.table
        assert row.record_id in problem.record_id.replace("-", "")
        assert (problem.field, data_problem_value(problem)) == (field, shown), kind
        meaning, english = data_problem_meaning(problem), data_problem_meaning(problem, "en")
        assert meaning and english != meaning and "(label=" not in meaning + english
    assert _digest(path) == before  # reading changed no byte


def test_a_bad_value_and_its_stand_in_are_named_in_the_language_asked(
    bad: tuple[Path, dict[str, BadRow]], bad_service: WorkshopService
) -> None:
    _, rows = bad

    def problem_of(kind: str) -> DataProblem:
        (problem,) = bad_service.contents(rows[kind].workshop_id).problems
        return problem

    status, date = problem_of("unknown_status"), problem_of("impossible_date")
    assert data_problem_line(status) == "Workshop, Status: okänt värde (closed_for_good)"
    assert data_problem_line(status, "en") == "Workshop, Status: unknown value (closed_for_good)"
    assert data_problem_kept_as(status) == "”Planerad”"
    assert data_problem_kept_as(status, "en") == "“Planned”"
    action = date.record_label
    assert data_problem_line(date) == (f"Åtgärd ”{action}”, Klart senast: okänt värde (2026-02-30)")
    assert data_problem_line(date, "en") == (
        f"Action “{action}”, Due by: unknown value (2026-02-30)"
    )
    assert data_problem_kept_as(date) == "ett tomt fält"
    assert data_problem_kept_as(date, "en") == "an empty field"
    empty = problem_of("empty_title")
    assert data_problem_value(empty) == "(tomt)"
    assert data_problem_value(empty, "en") == "(empty)"
    template = problem_of("broken_template")
    assert "Programmet använder mallen ”" in data_problem_meaning(template)
    assert "The program uses the template “" in data_problem_meaning(template, "en")
    text = problem_of("bad_utf8")
    assert data_problem_kept_as(text) == (
        "texten som den visas, med � där tecken inte gick att läsa"
    )
    assert data_problem_kept_as(text, "en") == (
        "the text as it is shown, with � where characters could not be read"
    )


def test_a_rating_out_of_range_is_said_with_its_rule_and_that_it_is_left_out(
    bad: tuple[Path, dict[str, BadRow]], bad_service: WorkshopService
) -> None:
    _, rows = bad
    (problem,) = bad_service.contents(rows["rating_9"].workshop_id).problems
    assert data_problem_meaning(problem) == (
        "Skattningen ska vara ett heltal från 1 till 5. Den räknas inte med i resultaten; "
        "ange den på nytt för att ersätta värdet i filen."
    )
    assert data_problem_meaning(problem, "en") == (
        "The rating must be a whole number from 1 to 5. It is not counted in the results; "
        "enter it again to replace the value in the file."
    )


def test_a_bad_value_gets_a_stand_in_and_a_bad_rating_is_not_counted(
    bad: tuple[Path, dict[str, BadRow]], bad_service: WorkshopService
) -> None:
    _, rows = bad
    hog = bad_service.contents(rows["impact_hog"].workshop_id)
    assert hog.dependencies[0].impact is None
    assert bad_service.contents(rows["rating_9"].workshop_id).ratings == ()
    long = bad_service.contents(rows["long_title"].workshop_id).workshop
    assert long.title == LONG_TITLE  # shown as the file holds it
    utf8 = bad_service.contents(rows["bad_utf8"].workshop_id).dependencies[0]
    assert utf8.description == "Kaf\ufffd och \ufffd\ufffd"


@pytest.mark.parametrize(
    "kind",
    ["long_title", "empty_title", "unknown_status", "impossible_date", "impact_hog", "bad_utf8"],
)
def test_editing_another_field_leaves_the_bad_value_untouched(
    kind: str, bad: tuple[Path, dict[str, BadRow]], bad_service: WorkshopService
) -> None:
    path, rows = bad
    row = rows[kind]
    contents = bad_service.contents(row.workshop_id)
    if row.table == "workshops":
        workshop = contents.workshop
        bad_service.update_workshop(
            dataclasses.replace(workshop, place="Nytt rum"), expected=workshop
        )
        assert bad_service.contents(row.workshop_id).workshop.place == "Nytt rum"
    elif row.table == "dependencies":
        dependency = contents.dependencies[0]
        bad_service.save_dependency(row.workshop_id, dataclasses.replace(dependency, owner="Kim"))
        assert bad_service.contents(row.workshop_id).dependencies[0].owner == "Kim"
    else:
        action = contents.actions[0]
        bad_service.save_action(row.workshop_id, dataclasses.replace(action, owner="Alex"))
        assert bad_service.contents(row.workshop_id).actions[0].owner == "Alex"
    assert raw_value(path, row) == row.raw
    assert len(bad_service.contents(row.workshop_id).problems) == 1  # still named


def test_a_new_value_entered_in_the_field_replaces_the_bad_one(
    bad: tuple[Path, dict[str, BadRow]], bad_service: WorkshopService
) -> None:
    path, rows = bad
    row = rows["impact_hog"]
    dependency = bad_service.contents(row.workshop_id).dependencies[0]
    bad_service.save_dependency(row.workshop_id, dataclasses.replace(dependency, impact=5))
    assert raw_value(path, row) == 5
    assert bad_service.contents(row.workshop_id).problems == ()


def test_entry_limits_still_apply_to_what_is_entered(
    bad: tuple[Path, dict[str, BadRow]], bad_service: WorkshopService
) -> None:
    from hallbar_desktop.domain.errors import ValidationError

    _, rows = bad
    workshop = bad_service.contents(rows["long_title"].workshop_id).workshop
    with pytest.raises(ValidationError) as caught:
        dataclasses.replace(workshop, title=LONG_TITLE + "!")
    assert error_message(caught.value) == "Titeln får vara högst 120 tecken (nu 155)."


def test_the_value_shown_can_be_kept_in_place_of_one_that_cannot_be_used(
    bad: tuple[Path, dict[str, BadRow]], bad_service: WorkshopService
) -> None:
    """Choosing the stand-in in a list writes nothing (it is not a change), so the problems
    list offers to write it: the workshop reads the same afterwards, and the problem is gone."""
    path, rows = bad
    problems = {p.workshop_id: p for p in bad_service.data_problems()}
    keepable = {kind for kind, row in rows.items() if problems[row.workshop_id].can_keep_stand_in}
    assert keepable == {
        "unknown_status",
        "impossible_date",
        "impact_hog",
        "broken_template",
        "bad_utf8",
    }
    for kind in sorted(keepable):
        row = rows[kind]
        before = bad_service.contents(row.workshop_id)
        bad_service.keep_stand_in(problems[row.workshop_id])
        after = bad_service.contents(row.workshop_id)
        assert after.problems == (), kind
        assert dataclasses.replace(after, problems=()) == dataclasses.replace(
            before, problems=()
        ), kind
        assert raw_value(path, row) != row.raw, kind
    for kind in sorted(set(rows) - keepable):
        row = rows[kind]
        with pytest.raises(ValidationError):
            bad_service.keep_stand_in(problems[row.workshop_id])
        assert raw_value(path, row) == row.raw, kind


def test_dots_authorship_and_links_leave_a_bad_value_untouched(
    bad: tuple[Path, dict[str, BadRow]], bad_service: WorkshopService
) -> None:
    """Edits that are not a person's edit of the record (a dot, a note's author given back,
    an action's links restored) write only what they change, never the stand-in."""
    path, rows = bad
    hog, date_row = rows["impact_hog"], rows["impossible_date"]
    dependency = bad_service.contents(hog.workshop_id).dependencies[0]
    bad_service.add_votes(hog.workshop_id, {dependency.id: 2}, budget=3)
    assert raw_value(path, hog) == hog.raw
    assert bad_service.contents(hog.workshop_id).dependencies[0].votes == dependency.votes + 2

    contents = bad_service.contents(date_row.workshop_id)
    action = contents.actions[0]
    bad_service.add_votes(date_row.workshop_id, {action.id: 1}, budget=3)
    assert raw_value(path, date_row) == date_row.raw
    if action.dependency_ids:
        linked = next(iter(action.dependency_ids))
        removed = bad_service.remove_dependency(date_row.workshop_id, linked)
        bad_service.restore_dependency(date_row.workshop_id, removed)
        assert raw_value(path, date_row) == date_row.raw
        restored = bad_service.contents(date_row.workshop_id).actions[0]
        assert linked in restored.dependency_ids
