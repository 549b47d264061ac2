"""Hand counts count like ratings; dot votes keep to a participant's budget and add up."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa

from hallbar_desktop.domain.action import Action
from hallbar_desktop.domain.dependency import Dependency, DependencyCategory
from hallbar_desktop.domain.errors import NotFoundError, ValidationError
from hallbar_desktop.domain.readiness import Rating, RatingTally
from hallbar_desktop.domain.summary import summarize
from hallbar_desktop.domain.workshop import Workshop
from hallbar_desktop.error_messages import message as error_message
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.storage.database import open_database
from hallbar_desktop.storage.migrations import MIGRATIONS, migrate
from tests.conftest import TODAY

# Six people: two fours, three fives and one "Vet ej" on A1; 1, 3, 3, 5, 2, 4 on A2.
ANSWERS = {"A1": [4, 4, 5, 5, 5, None], "A2": [1, 3, 3, 5, 2, 4]}


def _counts(values: list[int | None]) -> dict[int | None, int]:
    counts: dict[int | None, int] = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return counts


def test_tallies_and_turn_taking_give_the_same_statement_statistics(
    service: WorkshopService,
) -> None:
    by_turns = service.create_workshop(Workshop(title="Turvis"), participant_count=6)
    by_hands = service.create_workshop(Workshop(title="Handuppräckning"))
    for code, values in ANSWERS.items():
        service.record_ratings(
            by_turns.workshop.id,
            [
                Rating(participant_id=p.id, statement_code=code, value=v)
                for p, v in zip(by_turns.participants, values, strict=True)
            ],
        )
        service.set_statement_tallies(
            by_hands.workshop.id,
            code,
            [
                RatingTally(statement_code=code, value=v, count=n)
                for v, n in _counts(values).items()
            ],
        )
    turns = summarize(service.contents(by_turns.workshop.id), TODAY)
    hands = summarize(service.contents(by_hands.workshop.id), TODAY)
    for a, b in zip(turns.dimensions, hands.dimensions, strict=True):
        assert [s.stats for s in a.statements] == [s.stats for s in b.statements]
        assert a.mean == b.mean
        assert a.stats.counts == b.stats.counts
        assert a.stats.dont_know == b.stats.dont_know
    first = hands.dimensions[0].statements[0].stats
    assert (first.n, first.dont_know, first.counts, first.median) == (5, 1, (0, 0, 0, 2, 3), 5.0)


def test_tallies_and_ratings_add_up(service: WorkshopService) -> None:
    contents = service.create_workshop(Workshop(title="Blandat"), participant_count=1)
    wid = contents.workshop.id
    service.record_rating(
        wid, Rating(participant_id=contents.participants[0].id, statement_code="A1", value=2)
    )
    service.set_statement_tallies(wid, "A1", [RatingTally(statement_code="A1", value=4, count=3)])
    stats = summarize(service.contents(wid), TODAY).dimensions[0].statements[0].stats
    assert (stats.n, stats.counts, stats.minimum, stats.maximum) == (4, (0, 1, 0, 3, 0), 2, 4)


def test_setting_tallies_replaces_the_statements_counts_and_returns_the_old(
    service: WorkshopService,
) -> None:
    wid = service.create_workshop(Workshop(title="Räkna")).workshop.id
    first = [RatingTally(statement_code="B1", value=v, count=2) for v in (1, None)]
    assert service.set_statement_tallies(wid, "B1", first) == ()
    service.set_statement_tallies(wid, "B2", [RatingTally(statement_code="B2", value=3, count=1)])
    before = service.set_statement_tallies(
        wid, "B1", [RatingTally(statement_code="B1", value=5, count=7)]
    )
    assert set(before) == set(first)
    assert set(service.contents(wid).tallies) == {
        RatingTally(statement_code="B1", value=5, count=7),
        RatingTally(statement_code="B2", value=3, count=1),
    }


@pytest.mark.parametrize(
    ("code", "tallies"),
    [
        ("ZZ", [RatingTally(statement_code="ZZ", value=3, count=1)]),
        ("A1", [RatingTally(statement_code="A2", value=3, count=1)]),
        ("A1", [RatingTally(statement_code="A1", value=3, count=1)] * 2),
    ],
)
def test_bad_tallies_are_refused_and_nothing_changes(
    service: WorkshopService, code: str, tallies: list[RatingTally]
) -> None:
    wid = service.create_workshop(Workshop(title="Räkna")).workshop.id
    kept = [RatingTally(statement_code="A1", value=2, count=4)]
    service.set_statement_tallies(wid, "A1", kept)
    with pytest.raises(ValidationError):
        service.set_statement_tallies(wid, code, tallies)
    assert service.contents(wid).tallies == tuple(kept)


@pytest.mark.parametrize("count", [-1, 10_001])
def test_a_count_out_of_range_is_refused_in_plain_words(count: int) -> None:
    with pytest.raises(ValidationError) as caught:
        RatingTally(statement_code="A1", value=3, count=count)
    assert "Antalet" in error_message(caught.value)


def _voting_workshop(service: WorkshopService) -> tuple[object, Dependency, Action]:
    contents = service.create_workshop(Workshop(title="Prickar"))
    wid = contents.workshop.id
    dependency = service.save_dependency(
        wid, Dependency(title="Beslut i nämnd", category=DependencyCategory.DECISION)
    )
    action = service.save_action(wid, Action(title="Boka möte", votes=1))
    return wid, dependency, action


def test_votes_add_to_dependencies_and_actions(service: WorkshopService) -> None:
    wid, dependency, action = _voting_workshop(service)
    service.add_votes(wid, {dependency.id: 2, action.id: 1}, budget=3)
    service.add_votes(wid, {dependency.id: 1}, budget=3)
    contents = service.contents(wid)
    assert contents.dependency(dependency.id).votes == 3
    assert contents.actions[0].votes == 2


def test_a_participant_cannot_spend_more_dots_than_the_budget(service: WorkshopService) -> None:
    wid, dependency, action = _voting_workshop(service)
    with pytest.raises(ValidationError) as caught:
        service.add_votes(wid, {dependency.id: 3, action.id: 1}, budget=3)
    assert "3 prickar" in error_message(caught.value)
    with pytest.raises(ValidationError):
        service.add_votes(wid, {dependency.id: 4, action.id: -1}, budget=3)
    contents = service.contents(wid)
    assert (contents.dependency(dependency.id).votes, contents.actions[0].votes) == (0, 1)


def test_taking_votes_away_stops_at_zero_and_changes_nothing(service: WorkshopService) -> None:
    wid, dependency, action = _voting_workshop(service)
    service.add_votes(wid, {dependency.id: 2}, budget=3)
    with pytest.raises(ValidationError):
        service.add_votes(wid, {dependency.id: -1, action.id: -2})
    contents = service.contents(wid)
    assert (contents.dependency(dependency.id).votes, contents.actions[0].votes) == (2, 1)


def test_votes_on_something_gone_are_refused(service: WorkshopService) -> None:
    wid, dependency, _action = _voting_workshop(service)
    service.remove_dependency(wid, dependency.id)
    with pytest.raises(NotFoundError):
        service.add_votes(wid, {dependency.id: 1}, budget=3)


def test_a_version_1_file_gains_tallies_and_action_votes(tmp_path: Path) -> None:
    path = tmp_path / "v1.sqlite3"
    engine = sa.create_engine(f"sqlite:///{path}")
    assert migrate(engine, path, MIGRATIONS[:1]) == 1
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO workshops (id, title, organisation, unit, change_focus, place,"
            " facilitator, variant, status, input_mode, current_state, target_picture,"
            " next_steps, show_names, template_json, created_at, updated_at) VALUES"
            " ('0123456789abcdef0123456789abcdef', 'Gammal', '', '', '', '', '', 'half_day',"
            " 'planned', 'turn_taking', '', '', '', 0, '{}', '2026-01-01 00:00:00',"
            " '2026-01-01 00:00:00')"
        )
        connection.exec_driver_sql(
            "INSERT INTO actions (id, workshop_id, title, description, owner, contributors,"
            " decision_by, status, priority, success_indicator, resources,"
            " last_update_comment, position, created_at, updated_at) VALUES"
            " ('11111111111111111111111111111111', '0123456789abcdef0123456789abcdef',"
            " 'Åtgärd', '', '', '', '', 'not_started', 'medium', '', '', '', 1,"
            " '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
        )
    engine.dispose()
    open_database(path).dispose()
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT title, votes FROM actions").fetchall() == [("Åtgärd", 0)]
        assert raw.execute("SELECT count(*) FROM rating_tallies").fetchone() == (0,)
        version = raw.execute("SELECT value FROM hallbar_meta WHERE key = 'schema_version'")
        assert version.fetchone() == (str(MIGRATIONS[-1].version),)
