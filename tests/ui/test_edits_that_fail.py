"""Edits, undo and redo that cannot be stored: nothing half done, nothing frozen, plain words."""

from __future__ import annotations

import dataclasses
import sqlite3
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QTimer

from hallbar_desktop.domain.errors import (
    ConflictError,
    DatabaseError,
    DatabaseLockedError,
    HallbarError,
)
from hallbar_desktop.domain.readiness import Rating, ReadinessTemplate
from hallbar_desktop.error_messages import message as error_message
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.storage.database import open_database
from hallbar_desktop.storage.workshop_store import SqlWorkshopRepository, SqlWorkshopStore
from hallbar_desktop.ui import undo_commands
from hallbar_desktop.ui.main_window import MainWindow
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from tests.conftest import NOW, TODAY
from tests.ui.message_box_answers import answer_message_boxes


def _answers(workshop: OpenWorkshop) -> list[Rating]:
    """One participant's answer to every statement, 1 to 5 in turn."""
    participant = workshop.contents.participants[0]
    return [
        Rating(participant_id=participant.id, statement_code=s.code, value=1 + i % 5)
        for i, s in enumerate(workshop.contents.template.statements)
    ]


def _stored_ratings(db_path: Path) -> int:
    with sqlite3.connect(db_path) as connection:
        return connection.execute("SELECT count(*) FROM ratings").fetchone()[0]


def _fail_on_call(monkeypatch: pytest.MonkeyPatch, method: str, number: int) -> list[int]:
    """The repository's ``method`` finds the disk full on its ``number``-th call from now."""
    calls = [0]
    original = getattr(SqlWorkshopRepository, method)

    def failing(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls[0] += 1
        if calls[0] == number:
            raise sa.exc.OperationalError("DELETE", {}, sqlite3.OperationalError("disk is full"))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(SqlWorkshopRepository, method, failing)
    return calls


def test_a_failed_undo_of_many_rows_leaves_the_data_and_the_stack_as_before(
    empty_workshop: OpenWorkshop, db_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:  # type: ignore[no-untyped-def]
    workshop = empty_workshop
    answers = _answers(workshop)
    assert len(answers) >= 10
    workshop.record_ratings(answers, "Svar")
    assert _stored_ratings(db_path) == len(answers)
    failed: list[str] = []
    saved: list[object] = []
    workshop.failed.connect(failed.append)
    workshop.saved.connect(saved.append)

    with monkeypatch.context() as patch:
        _fail_on_call(patch, "delete_rating", 6)
        workshop.undo_stack.undo()

    # Not five answers gone and ten left: all of them, and the step is still there to undo.
    assert _stored_ratings(db_path) == len(answers)
    assert len(workshop.contents.ratings) == len(answers)
    assert workshop.undo_stack.index() == 1 and workshop.undo_stack.canUndo()
    assert len(failed) == 1 and "disken" in failed[0] and "full" in failed[0]
    assert saved == []  # "Sparat" is never said for a commit that did not happen

    workshop.undo_stack.undo()  # tried again once there is room
    assert _stored_ratings(db_path) == 0 and workshop.contents.ratings == ()
    assert workshop.undo_stack.index() == 0 and len(saved) == 1
    workshop.undo_stack.redo()
    assert _stored_ratings(db_path) == len(answers)


def test_a_failed_redo_of_a_whole_input_mode_turn_is_rolled_back_whole(
    empty_workshop: OpenWorkshop, db_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:  # type: ignore[no-untyped-def]
    workshop = empty_workshop
    answers = _answers(workshop)
    workshop.begin_group("Deltagare 1:s tur")
    for answer in answers:  # one stored edit per answer, as the input mode makes them
        workshop.record_ratings([answer], "Svar")
    workshop.end_group()
    assert workshop.undo_stack.count() == 1
    workshop.undo_stack.undo()
    assert _stored_ratings(db_path) == 0

    with monkeypatch.context() as patch:
        _fail_on_call(patch, "put_ratings", 4)
        workshop.undo_stack.redo()
    assert _stored_ratings(db_path) == 0 and workshop.undo_stack.index() == 0

    workshop.undo_stack.redo()
    assert _stored_ratings(db_path) == len(answers) and workshop.undo_stack.index() == 1


def test_undo_with_the_file_gone_is_a_plain_message_and_the_window_goes_on(
    qtbot, service: WorkshopService, exports, ui_settings, db_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    hooked: list[object] = []
    monkeypatch.setattr(sys, "excepthook", lambda *error: hooked.append(error))
    window = _window_on_a_workshop(qtbot, service, exports, ui_settings, db_path)
    workshop = window.workshop
    assert workshop is not None
    workshop.update_workshop(dataclasses.replace(workshop.contents.workshop, title="Efter"), "x")
    shown: list[str] = []
    monkeypatch.setattr(window, "_show_failure", shown.append)
    workshop.failed.disconnect()
    workshop.failed.connect(window._show_failure)

    moved = db_path.with_name("flyttad.sqlite3")
    db_path.rename(moved)
    asked = _answer_when_asked(window, "Avbryt")
    window._undo()

    # The user is asked whether to try again (the file may be on a stick that was pulled out);
    # after "Avbryt" the sentence is not said twice, the status bar no longer claims "Sparat",
    # and no crash dialog appears.
    assert len(asked) == 1 and "finns inte längre där den låg" in asked[0]
    assert shown == []
    assert window.saved_label.text() == "Senaste ändringen sparades inte"
    assert workshop.undo_stack.index() == 1  # the step is kept, to try once the file is back
    # The library says the file is gone, rather than listing what the open connections still
    # read from it as if all were well; said, not raised.
    window.show_library()
    assert "finns inte längre där den låg" in window.message_box.text()
    assert hooked == []

    moved.rename(db_path)  # the stick is back: the same undo now goes through
    window.open_workshop(workshop.workshop_id)
    assert window.workshop is not None


def test_undo_with_the_file_gone_goes_through_once_it_is_back_and_try_again_is_pressed(
    qtbot, service: WorkshopService, exports, ui_settings, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = _window_on_a_workshop(qtbot, service, exports, ui_settings, db_path)
    workshop = window.workshop
    assert workshop is not None
    workshop.update_workshop(dataclasses.replace(workshop.contents.workshop, title="Efter"), "x")
    moved = db_path.with_name("flyttad.sqlite3")
    db_path.rename(moved)

    def put_back_and_try_again() -> None:
        box = window.file_wait.question
        if box is None:
            QTimer.singleShot(50, put_back_and_try_again)
            return
        moved.rename(db_path)
        next(b for b in box.buttons() if b.text() == "Försök igen").click()

    QTimer.singleShot(50, put_back_and_try_again)
    window._undo()
    assert workshop.undo_stack.index() == 0
    assert service.contents(workshop.workshop_id).workshop.title == "Workshop"


def _answer_when_asked(window: MainWindow, button: str) -> list[str]:
    """Press ``button`` in the next question about the file, and keep what it said."""
    asked: list[str] = []

    def answer() -> None:
        box = window.file_wait.question
        if box is None:
            QTimer.singleShot(50, answer)
            return
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == button).click()

    QTimer.singleShot(50, answer)
    return asked


def test_a_busy_file_is_waited_for_without_freezing_the_window(
    qtbot, service: WorkshopService, exports, ui_settings, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = _window_on_a_workshop(qtbot, service, exports, ui_settings, db_path)
    workshop = window.workshop
    assert workshop is not None
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # a sync client or an antivirus has the file
    seen: dict[str, object] = {"ticks": 0}

    def tick() -> None:
        seen["ticks"] = int(seen["ticks"]) + 1  # type: ignore[call-overload]
        if window.file_wait.waiting:
            seen["status"] = window.statusBar().currentMessage()

    ticker = QTimer()
    ticker.timeout.connect(tick)
    ticker.start(20)
    QTimer.singleShot(1200, lambda: other.execute("ROLLBACK"))
    saved: list[object] = []
    workshop.saved.connect(saved.append)

    workshop.update_workshop(dataclasses.replace(workshop.contents.workshop, title="Ny"), "x")

    ticker.stop()
    other.close()
    assert seen.get("status") == "Väntar på att filen blir ledig…"
    assert int(seen["ticks"]) >= 20  # type: ignore[call-overload]  # the window kept running
    assert service.contents(workshop.workshop_id).workshop.title == "Ny"
    assert len(saved) == 1 and not window.file_wait.waiting
    assert window.statusBar().currentMessage() == ""


def test_stopping_the_wait_refuses_the_edit_and_changes_nothing(
    qtbot, service: WorkshopService, exports, ui_settings, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = _window_on_a_workshop(qtbot, service, exports, ui_settings, db_path)
    workshop = window.workshop
    assert workshop is not None
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    QTimer.singleShot(700, window.file_wait.stop_waiting)
    try:
        with pytest.raises(DatabaseLockedError):
            workshop.update_workshop(
                dataclasses.replace(workshop.contents.workshop, title="Ny"), "x"
            )
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert workshop.undo_stack.count() == 0
    assert window.saved_label.text() == "Senaste ändringen sparades inte"
    assert workshop.contents.workshop.title == "Workshop"
    assert service.contents(workshop.workshop_id).workshop.title == "Workshop"
    assert not window.file_wait.waiting


class _DiskGone(DatabaseError):
    """Stands for a disk that does not answer: trying again can help."""

    retryable = True


def test_a_disk_that_does_not_answer_is_put_to_the_user_with_try_again(
    qtbot, service: WorkshopService, exports, ui_settings, db_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = _window_on_a_workshop(qtbot, service, exports, ui_settings, db_path)
    workshop = window.workshop
    assert workshop is not None
    original = WorkshopService.update_workshop
    tries = [0]

    def stick_out_once(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        tries[0] += 1
        if tries[0] == 1:
            raise _DiskGone(db_path, "Disken svarar inte.")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(WorkshopService, "update_workshop", stick_out_once)
    asked: list[str] = []

    def press_try_again() -> None:
        box = window.file_wait.question
        if box is None:
            QTimer.singleShot(50, press_try_again)
            return
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == "Försök igen").click()

    QTimer.singleShot(50, press_try_again)
    workshop.update_workshop(dataclasses.replace(workshop.contents.workshop, title="Ny"), "x")

    assert asked == ["Disken svarar inte."] and tries[0] == 2
    assert service.contents(workshop.workshop_id).workshop.title == "Ny"


def test_two_windows_on_one_file_never_overwrite_each_other(
    qtbot, service: WorkshopService, db_path: Path, template: ReadinessTemplate
) -> None:  # type: ignore[no-untyped-def]
    contents = service.create_workshop(_a_workshop(), participant_count=2)
    store = SqlWorkshopStore(open_database(db_path), db_path)
    other_service = WorkshopService(store, template, clock=lambda: NOW, today=lambda: TODAY)
    mine = OpenWorkshop(service, contents.workshop.id)
    theirs = OpenWorkshop(other_service, contents.workshop.id)

    theirs.update_workshop(dataclasses.replace(theirs.contents.workshop, title="Deras"), "x")
    with pytest.raises(ConflictError) as refused:
        mine.update_workshop(dataclasses.replace(mine.contents.workshop, title="Min"), "x")
    assert "”Deras”" in error_message(refused.value) and "”Min”" in error_message(refused.value)
    assert mine.contents.workshop.title == "Deras"  # the window now shows what is stored
    assert mine.undo_stack.count() == 0

    # An edit of another field goes through and keeps their title; so do its undo and redo.
    mine.update_workshop(dataclasses.replace(mine.contents.workshop, place="Luleå"), "x")
    mine.undo_stack.undo()
    mine.undo_stack.redo()
    stored = other_service.contents(contents.workshop.id).workshop
    assert (stored.title, stored.place) == ("Deras", "Luleå")

    # Undoing my title after they changed it again would overwrite theirs: refused, kept.
    mine.update_workshop(dataclasses.replace(mine.contents.workshop, title="Min"), "x")
    theirs.refresh()
    theirs.update_workshop(dataclasses.replace(theirs.contents.workshop, title="Deras igen"), "x")
    failed: list[str] = []
    mine.failed.connect(failed.append)
    index = mine.undo_stack.index()
    mine.undo_stack.undo()
    assert len(failed) == 1 and failed[0].startswith("Någon annan har ändrat")
    assert mine.undo_stack.index() == index
    assert other_service.contents(contents.workshop.id).workshop.title == "Deras igen"
    store.close()


def test_the_undo_stack_keeps_a_bounded_number_of_steps(
    qtbot, service: WorkshopService, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    assert undo_commands.UNDO_LIMIT == 1000
    monkeypatch.setattr(undo_commands, "UNDO_LIMIT", 5)
    contents = service.create_workshop(_a_workshop(), participant_count=2)
    workshop = OpenWorkshop(service, contents.workshop.id)
    for n in range(8):
        workshop.update_workshop(
            dataclasses.replace(workshop.contents.workshop, title=f"Titel {n}"), "x"
        )
    assert workshop.undo_stack.count() == 5
    for _ in range(6):
        workshop.undo_stack.undo()
    assert service.contents(contents.workshop.id).workshop.title == "Titel 2"


def test_an_edit_started_while_another_waits_for_the_file_is_refused_in_words(
    empty_workshop: OpenWorkshop,
) -> None:
    workshop = empty_workshop
    workshop._committing = True  # as while the waiting dialog is up
    with pytest.raises(HallbarError) as refused:
        workshop.update_workshop(dataclasses.replace(workshop.contents.workshop, title="Ny"), "x")
    assert error_message(refused.value).startswith("Vänta tills den förra ändringen har sparats")
    workshop._committing = False


def _window_on_a_workshop(qtbot, service, exports, ui_settings, db_path):  # type: ignore[no-untyped-def]
    """The main window with a new workshop open, as the facilitator has it."""
    contents = service.create_workshop(_a_workshop(), participant_count=2)
    window = MainWindow(service, exports, ui_settings, str(db_path))
    qtbot.addWidget(window)
    window.open_workshop(contents.workshop.id)
    return window


def _a_workshop():  # type: ignore[no-untyped-def]
    from hallbar_desktop.domain.workshop import Workshop

    return Workshop(title="Workshop")


def _held_by_a_reader(db_path: Path, release_after_ms: int) -> sqlite3.Connection:
    """Another program reads the file: our write may begin but not commit until it lets go."""
    reader = sqlite3.connect(db_path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM workshops").fetchall()
    QTimer.singleShot(release_after_ms, lambda: reader.execute("ROLLBACK"))
    return reader


def test_an_edit_undo_and_redo_that_wait_for_a_reader_are_stored_when_it_lets_go(
    qtbot, service: WorkshopService, exports, ui_settings, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = _window_on_a_workshop(qtbot, service, exports, ui_settings, db_path)
    workshop = window.workshop
    assert workshop is not None

    def stored_title() -> str:
        return service.contents(workshop.workshop_id).workshop.title

    reader = _held_by_a_reader(db_path, 700)
    workshop.update_workshop(dataclasses.replace(workshop.contents.workshop, title="Ny"), "x")
    assert stored_title() == "Ny" and workshop.contents.workshop.title == "Ny"

    reader = _held_by_a_reader(db_path, 700)
    workshop.undo_stack.undo()
    assert stored_title() == "Workshop" and workshop.undo_stack.index() == 0

    reader = _held_by_a_reader(db_path, 700)
    workshop.undo_stack.redo()
    assert stored_title() == "Ny" and workshop.undo_stack.index() == 1
    reader.close()


def test_several_parts_saved_as_one_step_are_all_stored_after_a_wait(
    qtbot, service: WorkshopService, exports, ui_settings, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = _window_on_a_workshop(qtbot, service, exports, ui_settings, db_path)
    workshop = window.workshop
    assert workshop is not None
    first, second = workshop.contents.participants
    reader = _held_by_a_reader(db_path, 700)
    workshop.save_parts(
        [dataclasses.replace(first, role="Ordförande"), dataclasses.replace(second, role="Sekr")],
        "Roller",
    )
    reader.close()
    roles = [p.role for p in service.contents(workshop.workshop_id).participants]
    assert roles == ["Ordförande", "Sekr"]


def test_a_follow_up_edit_keeps_what_someone_else_changed_in_the_earlier_workshop(
    qtbot, service: WorkshopService, db_path: Path, template: ReadinessTemplate
) -> None:  # type: ignore[no-untyped-def]
    from hallbar_desktop.domain.dependency import (
        Dependency,
        DependencyCategory,
        DependencyStatus,
    )
    from hallbar_desktop.domain.workshop import Variant, Workshop

    earlier = service.create_workshop(Workshop(title="Först"), participant_count=1).workshop
    dependency = service.save_dependency(
        earlier.id, Dependency(category=DependencyCategory.DECISION, title="Beslut")
    )
    follow_up = service.create_workshop(
        Workshop(title="Uppföljning", variant=Variant.FOLLOW_UP, follows_up_id=earlier.id)
    )
    workshop = OpenWorkshop(service, follow_up.workshop.id)
    page_copy = service.contents(earlier.id).dependencies[0]
    store = SqlWorkshopStore(open_database(db_path), db_path)
    other = WorkshopService(store, template, clock=lambda: NOW, today=lambda: TODAY)
    other.save_dependency(earlier.id, dataclasses.replace(dependency, title="Deras rubrik"))

    workshop.save_part_of(
        earlier.id, page_copy, dataclasses.replace(page_copy, status=DependencyStatus.HANDLED), "x"
    )

    stored = other.contents(earlier.id).dependencies[0]
    assert (stored.title, stored.status) == ("Deras rubrik", DependencyStatus.HANDLED)
    store.close()


def test_deleting_from_the_library_waits_for_a_reader_and_says_a_gone_file_in_words(
    qtbot, service: WorkshopService, exports, ui_settings, db_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    hooked: list[object] = []
    monkeypatch.setattr(sys, "excepthook", lambda *error: hooked.append(error))
    first = service.create_workshop(_a_workshop(), participant_count=1).workshop
    second = service.create_workshop(_a_workshop(), participant_count=1).workshop
    window = MainWindow(service, exports, ui_settings, str(db_path))
    qtbot.addWidget(window)
    library = window.library
    warnings: list[str] = []
    answer_message_boxes(monkeypatch, "Ta bort")
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))

    # A reader holds the file: the delete waits with the window running, then goes through.
    library._select(first.id)
    reader = _held_by_a_reader(db_path, 700)
    library._delete_selected()
    reader.close()
    assert [o.workshop.id for o in service.list_workshops()] == [second.id]
    assert not window.file_wait.waiting and warnings == []

    # The file is gone: asked, "Avbryt", one plain sentence, the list as it was, no crash.
    library._select(second.id)
    moved = db_path.with_name("flyttad.sqlite3")
    db_path.rename(moved)
    asked = _answer_when_asked(window, "Avbryt")
    library._delete_selected()
    assert len(asked) == 1 and "finns inte längre där den låg" in asked[0]
    assert len(warnings) == 1 and "finns inte längre där den låg" in warnings[0]
    assert [o.workshop.id for o in library.overviews] == [second.id]
    assert hooked == []
    moved.rename(db_path)
    assert [o.workshop.id for o in service.list_workshops()] == [second.id]
