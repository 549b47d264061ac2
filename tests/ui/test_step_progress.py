"""A reopened workshop's step list shows the progress the file holds, not only this visit's."""

from __future__ import annotations

import dataclasses

from hallbar_desktop.domain.readiness import Rating
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.domain.workshop import Workshop
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.ui_settings import UiSettings
from hallbar_desktop.ui.workshop_view import WorkshopView


def _rows(view: WorkshopView) -> dict[WorkshopStep, str]:
    return {step: view.ui.step_list.item(row).text() for row, step in enumerate(view.steps)}


def test_a_reopened_workshop_shows_stored_progress_and_what_was_left(
    qtbot, service: WorkshopService, ui_settings: UiSettings
) -> None:  # type: ignore[no-untyped-def]
    contents = service.create_workshop(
        Workshop(title="Hösten", organisation="Region Nord", change_focus="Hållbarhet"),
        participant_count=2,
    )
    wid = contents.workshop.id
    service.update_workshop(
        dataclasses.replace(
            service.contents(wid).workshop, current_state="Så här", target_picture="Dit"
        )
    )
    first, second = contents.participants
    codes = [s.code for s in contents.template.statements]
    service.record_ratings(
        wid, [Rating(participant_id=first.id, statement_code=c, value=3) for c in codes]
    )

    view = WorkshopView(OpenWorkshop(service, wid), ui_settings)
    qtbot.addWidget(view)
    rows = _rows(view)
    # Nothing visited yet but the first step: the stored work shows all the same.
    assert rows[WorkshopStep.CURRENT_AND_TARGET].startswith("✓")
    assert rows[WorkshopStep.WELCOME].startswith("✓")  # held, since later steps have work
    assert rows[WorkshopStep.RATING].startswith("○")  # one of two has answered
    assert "1 av 2 har inte skattat klart" in rows[WorkshopStep.RATING]
    assert rows[WorkshopStep.DEPENDENCIES].startswith("○")

    service.record_ratings(
        wid, [Rating(participant_id=second.id, statement_code=c, value=4) for c in codes]
    )
    reopened = WorkshopView(OpenWorkshop(service, wid), ui_settings)
    qtbot.addWidget(reopened)
    assert _rows(reopened)[WorkshopStep.RATING].startswith("✓")
    assert _rows(reopened)[WorkshopStep.RESULTS].startswith("○")  # no work there yet
