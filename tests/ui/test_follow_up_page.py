"""Uppföljning: link the earlier workshop and update its actions and dependencies, with undo."""

from __future__ import annotations

from hallbar_desktop.domain.action import ActionStatus
from hallbar_desktop.domain.dependency import DependencyStatus
from hallbar_desktop.domain.workshop import Variant, Workshop
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.pages.follow_up_page import FollowUpPage
from tests.ui.conftest import TODAY


def _follow_up(demo_workshop: OpenWorkshop) -> OpenWorkshop:
    service = demo_workshop.service
    created = service.create_workshop(
        Workshop(title="Uppföljning av projektmedlen", variant=Variant.FOLLOW_UP), 2
    )
    return OpenWorkshop(service, created.workshop.id)


def _page(qtbot, workshop: OpenWorkshop) -> FollowUpPage:  # type: ignore[no-untyped-def]
    page = FollowUpPage(workshop, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    return page


def _choose(page: FollowUpPage, workshop_id) -> None:  # type: ignore[no-untyped-def]
    combo = page.ui.earlier_combo
    combo.setCurrentIndex(combo.findData(str(workshop_id)))
    combo.activated.emit(combo.currentIndex())


def test_linking_the_demo_shows_its_actions_and_completion(qtbot, demo_workshop) -> None:  # type: ignore[no-untyped-def]
    follow_up = _follow_up(demo_workshop)
    page = _page(qtbot, follow_up)
    assert page.ui.nothing_chosen_label.isVisibleTo(page)
    _choose(page, demo_workshop.workshop_id)
    stored = follow_up.service.contents(follow_up.workshop_id).workshop
    assert stored.follows_up_id == demo_workshop.workshop_id
    assert page.ui.completion_label.text() == "Klara åtgärder: 1 av 10, 3 försenade"
    assert len(page.action_rows) == 10
    assert len(page.dependency_rows) == 12
    follow_up.undo_stack.undo()
    assert follow_up.service.contents(follow_up.workshop_id).workshop.follows_up_id is None
    assert page.ui.nothing_chosen_label.isVisibleTo(page)


def test_changing_an_earlier_action_status_is_stored_there_and_undone(
    qtbot,
    demo_workshop,  # type: ignore[no-untyped-def]
) -> None:
    follow_up = _follow_up(demo_workshop)
    page = _page(qtbot, follow_up)
    _choose(page, demo_workshop.workshop_id)
    action = next(a for a in demo_workshop.contents.actions if a.status is ActionStatus.IN_PROGRESS)
    _deadline, status, comment = page.action_rows[action.id]
    status.setCurrentIndex(status.findData(ActionStatus.DONE.code))
    status.activated.emit(status.currentIndex())
    earlier = demo_workshop.service.contents(demo_workshop.workshop_id)
    assert next(a for a in earlier.actions if a.id == action.id).status is ActionStatus.DONE
    assert page.ui.completion_label.text().startswith("Klara åtgärder: 2 av 10")

    comment.setText("Klart i oktober")
    comment.commit()
    earlier = demo_workshop.service.contents(demo_workshop.workshop_id)
    updated = next(a for a in earlier.actions if a.id == action.id)
    assert updated.last_update_comment == "Klart i oktober"
    assert updated.last_update_at is not None

    follow_up.undo_stack.undo()
    follow_up.undo_stack.undo()
    earlier = demo_workshop.service.contents(demo_workshop.workshop_id)
    restored = next(a for a in earlier.actions if a.id == action.id)
    assert restored.status is ActionStatus.IN_PROGRESS
    assert restored.last_update_comment == ""
    assert page.action_rows[action.id][1].currentData() == ActionStatus.IN_PROGRESS.code


def test_an_earlier_dependency_can_be_marked_handled(qtbot, demo_workshop) -> None:  # type: ignore[no-untyped-def]
    follow_up = _follow_up(demo_workshop)
    page = _page(qtbot, follow_up)
    _choose(page, demo_workshop.workshop_id)
    dependency = demo_workshop.contents.dependencies[0]
    combo = page.dependency_rows[dependency.id]
    combo.setCurrentIndex(combo.findData(DependencyStatus.REMAINS.code))
    combo.activated.emit(combo.currentIndex())
    earlier = demo_workshop.service.contents(demo_workshop.workshop_id)
    assert earlier.dependency(dependency.id).status is DependencyStatus.REMAINS
    follow_up.undo_stack.undo()
    earlier = demo_workshop.service.contents(demo_workshop.workshop_id)
    assert earlier.dependency(dependency.id).status is dependency.status


def test_only_a_follow_up_workshop_can_choose_an_earlier_one(qtbot, demo_workshop) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, demo_workshop)
    assert not page.ui.earlier_combo.isEnabled()
    assert page.ui.variant_note_label.isVisibleTo(page)
    follow_up = _follow_up(demo_workshop)
    other = _page(qtbot, follow_up)
    ids = [other.ui.earlier_combo.itemData(i) for i in range(other.ui.earlier_combo.count())]
    assert str(follow_up.workshop_id) not in ids
    assert str(demo_workshop.workshop_id) in ids
