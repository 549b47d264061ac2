"""A new participant's alias is made in the language the window speaks, and kept as made."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.ui.application_setup import set_language
from hallbar_desktop.ui.dialogs.new_workshop_dialog import NewWorkshopDialog
from hallbar_desktop.ui.open_workshop import OpenWorkshop


def _new_workshop(qtbot, service: WorkshopService, participants: int):  # type: ignore[no-untyped-def]
    dialog = NewWorkshopDialog(service, ())
    qtbot.addWidget(dialog)
    dialog.ui.title_edit.setText("Workshop")
    dialog.ui.participants_spin.setValue(participants)
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.created is not None
    return dialog.created.workshop.id


def test_a_window_in_english_names_new_participants_in_english(
    qtbot,
    qapp,
    service: WorkshopService,  # type: ignore[no-untyped-def]
) -> None:
    set_language(qapp, "en")
    try:
        english = _new_workshop(qtbot, service, 2)
        OpenWorkshop(service, english).add_participant("Add participant")
    finally:
        set_language(qapp, "sv")
    aliases = [p.alias for p in service.contents(english).participants]
    assert aliases == ["Participant 1", "Participant 2", "Participant 3"]

    swedish = _new_workshop(qtbot, service, 1)
    OpenWorkshop(service, swedish).add_participant("Lägg till deltagare")
    assert [p.alias for p in service.contents(swedish).participants] == [
        "Deltagare 1",
        "Deltagare 2",
    ]
    # A workshop made in English keeps its aliases in a Swedish window; the next is Swedish.
    OpenWorkshop(service, english).add_participant("Lägg till deltagare")
    assert service.contents(english).participants[-1].alias == "Deltagare 1"
