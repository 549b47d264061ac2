"""Förutsättningar: lights, notes, strengths and success factors are stored at once."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hallbar_desktop.domain.choices import Area, TrafficLight
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.pages.prerequisites_page import PrerequisitesPage
from tests.ui.keyboard import press, type_text


def _page(qtbot, workshop: OpenWorkshop) -> PrerequisitesPage:  # type: ignore[no-untyped-def]
    page = PrerequisitesPage(workshop)
    qtbot.addWidget(page)
    page.show()
    return page


def _stored(workshop: OpenWorkshop):  # type: ignore[no-untyped-def]
    return workshop.service.contents(workshop.workshop_id)


def _first_check(workshop: OpenWorkshop, area: Area):  # type: ignore[no-untyped-def]
    checks = [c for c in _stored(workshop).prerequisite_checks if c.area is area]
    return min(checks, key=lambda c: c.position)


def test_choosing_a_light_is_stored_shown_in_the_heading_and_undone(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, empty_workshop)
    check = _first_check(empty_workshop, Area.LEARNING)
    group = page.groups[Area.LEARNING]
    assert "Inte bedömt ännu" in group.light_label.text()
    group.rows[check.id].chooser.buttons[TrafficLight.RED].click()
    assert _first_check(empty_workshop, Area.LEARNING).light is TrafficLight.RED
    assert "Röd" in group.light_label.text()
    empty_workshop.undo_stack.undo()
    assert _first_check(empty_workshop, Area.LEARNING).light is None
    assert group.rows[check.id].chooser.light() is None
    assert "Inte bedömt ännu" in group.light_label.text()


def test_the_light_buttons_work_from_the_keyboard(qtbot, empty_workshop: OpenWorkshop) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, empty_workshop)
    check = _first_check(empty_workshop, Area.LEADERSHIP)
    button = page.groups[Area.LEADERSHIP].rows[check.id].chooser.buttons[TrafficLight.GREEN]
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    button.setFocus()
    press(button, Qt.Key.Key_Space)
    assert _first_check(empty_workshop, Area.LEADERSHIP).light is TrafficLight.GREEN


def test_note_and_strength_are_stored_and_undone(qtbot, empty_workshop: OpenWorkshop) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, empty_workshop)
    check = _first_check(empty_workshop, Area.IMPLEMENTATION)
    row = page.groups[Area.IMPLEMENTATION].rows[check.id]
    row.note_edit.setFocus()
    type_text(row.note_edit, "Tiden räcker för övningar")
    row.note_edit.commit()
    row.strength_box.click()
    stored = _first_check(empty_workshop, Area.IMPLEMENTATION)
    assert stored.note == "Tiden räcker för övningar"
    assert stored.is_strength is True
    empty_workshop.undo_stack.undo()
    assert _first_check(empty_workshop, Area.IMPLEMENTATION).is_strength is False
    assert not row.strength_box.isChecked()
    empty_workshop.undo_stack.undo()
    assert _first_check(empty_workshop, Area.IMPLEMENTATION).note == ""


def test_an_own_line_can_be_added_and_removed_per_area(qtbot, empty_workshop: OpenWorkshop) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, empty_workshop)
    group = page.groups[Area.LEARNING]
    before = len(group.rows)
    group.new_prompt_edit.setFocus()
    type_text(group.new_prompt_edit, "Vi delar lärdomar över förvaltningsgränser")
    page.add_item()  # Ctrl+Enter in the field
    added = [
        c
        for c in _stored(empty_workshop).prerequisite_checks
        if c.prompt == "Vi delar lärdomar över förvaltningsgränser"
    ]
    assert len(added) == 1 and added[0].area is Area.LEARNING
    assert len(group.rows) == before + 1
    assert group.new_prompt_edit.text() == ""
    group.rows[added[0].id].remove_button.click()
    assert added[0].id not in {c.id for c in _stored(empty_workshop).prerequisite_checks}
    empty_workshop.undo_stack.undo()
    assert added[0] in _stored(empty_workshop).prerequisite_checks


def test_success_factors_are_added_edited_and_removed_with_undo(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, empty_workshop)
    assert page.ui.factors_empty_label.isVisibleTo(page)
    page.ui.new_factor_edit.setFocus()
    type_text(page.ui.new_factor_edit, "Engagerade chefer på förvaltningen")
    page.ui.new_factor_area_combo.setCurrentIndex(
        page.ui.new_factor_area_combo.findData(Area.LEADERSHIP)
    )
    page.add_item()
    (factor,) = _stored(empty_workshop).success_factors
    assert factor.text == "Engagerade chefer på förvaltningen"
    assert factor.area is Area.LEADERSHIP
    assert not page.ui.factors_empty_label.isVisibleTo(page)

    type_text(page.ui.new_factor_edit, "Ödmjuka åhörare")
    press(page.ui.new_factor_edit, Qt.Key.Key_Return)
    assert [f.text for f in _stored(empty_workshop).success_factors][-1] == "Ödmjuka åhörare"

    row = page.factor_rows[factor.id]
    row.text_edit.setFocus()
    row.text_edit.selectAll()
    type_text(row.text_edit, "Tydligt stöd från ägarna")
    row.text_edit.commit()
    edited = next(f for f in _stored(empty_workshop).success_factors if f.id == factor.id)
    assert edited.text == "Tydligt stöd från ägarna"

    row.remove_button.click()
    assert factor.id not in {f.id for f in _stored(empty_workshop).success_factors}
    empty_workshop.undo_stack.undo()
    restored = next(f for f in _stored(empty_workshop).success_factors if f.id == factor.id)
    assert restored.text == "Tydligt stöd från ägarna"
    assert page.factor_rows[factor.id].text_edit.text() == "Tydligt stöd från ägarna"
    empty_workshop.undo_stack.undo()
    assert next(f for f in _stored(empty_workshop).success_factors if f.id == factor.id).text == (
        "Engagerade chefer på förvaltningen"
    )


def test_an_empty_factor_text_shows_the_rule_and_stores_nothing(
    qtbot,
    demo_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, demo_workshop)
    factor = demo_workshop.contents.success_factors[0]
    row = page.factor_rows[factor.id]
    row.text_edit.setText("")
    row.text_edit.commit()
    assert page.ui.factors_problem_label.isVisibleTo(page)
    assert "Framgångsfaktorn" in page.ui.factors_problem_label.text()
    assert factor in _stored(demo_workshop).success_factors


def test_the_demo_shows_how_each_areas_lines_spread(qtbot, demo_workshop: OpenWorkshop) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, demo_workshop)
    from hallbar_desktop.domain.summary import area_lights_of

    for area, group in page.groups.items():
        lights = area_lights_of(demo_workshop.contents.prerequisite_checks, area)
        for light, n in lights.counts:
            assert (f"{light.label} {n}" in group.light_label.accessibleName()) is (n > 0)
    assert len(page.factor_rows) == len(demo_workshop.contents.success_factors)


def test_an_area_shows_how_its_lines_spread_over_the_lights_not_the_weakest(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    """One red line among green ones turned the whole area red; the heading now counts them."""
    page = _page(qtbot, empty_workshop)
    group = page.groups[Area.IMPLEMENTATION]
    rows = list(group.rows.values())
    assert len(rows) >= 3
    rows[0].chooser.buttons[TrafficLight.GREEN].click()
    rows[1].chooser.buttons[TrafficLight.GREEN].click()
    rows[2].chooser.buttons[TrafficLight.RED].click()
    unrated = len(rows) - 3
    name = group.light_label.accessibleName()
    assert name.startswith("Ljusen i området: Grön 2, Röd 1")
    if unrated:  # in the singular for one: "inte bedömd 1"
        assert name.endswith(f"inte bedömd{'' if unrated == 1 else 'a'} {unrated}")
    assert "Gul" not in name
