"""Individuell skattning while phones answer: a rating leaves the hand-count table as it was."""

from __future__ import annotations

from hallbar_desktop.domain.readiness import Rating, RatingTally
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.pages.rating_page import RatingPage


def test_a_rating_refreshes_the_page_but_not_the_hand_counts_which_follow_their_own_change(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    workshop, service = empty_workshop, empty_workshop.service
    page = RatingPage(workshop)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    counted: list[str] = []
    page.tallies.dataChanged.connect(lambda *_: counted.append("data"))
    page.tallies.modelReset.connect(lambda: counted.append("reset"))
    code = workshop.contents.template.statements[0].code
    someone = workshop.contents.participants[0]

    # What a phone stores, read again as the window does when phones have answered.
    service.record_rating(
        workshop.workshop_id, Rating(participant_id=someone.id, statement_code=code, value=4)
    )
    workshop.show_read(service.contents(workshop.workshop_id))
    assert page.ui.done_label.text() == f"0 av {len(workshop.contents.participants)} klara"
    assert counted == []

    service.set_statement_tallies(
        workshop.workshop_id, code, [RatingTally(statement_code=code, value=3, count=5)]
    )
    workshop.show_read(service.contents(workshop.workshop_id))
    assert counted
    assert page.ui.tally_total_label.text() == "5 handuppräknade svar"
