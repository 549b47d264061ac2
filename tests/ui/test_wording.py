"""Klarspråk, one word per thing and one name for the program: the words a facilitator meets."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QComboBox, QLabel

from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.ui.main_window import MainWindow
from hallbar_desktop.ui.pages.results_page import DimensionDiscussion
from hallbar_desktop.ui.step_guidance import guidance_for
from hallbar_desktop.ui.ui_settings import UiSettings
from tests.ui.conftest import export_service_for
from tests.workshop_with_every_part import workshop_with_every_part


def _window(qtbot, service: WorkshopService, settings: UiSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(service, export_service_for(service), settings, "test.sqlite3")
    qtbot.addWidget(window)
    window.show()
    return window


def test_undo_and_redo_name_the_edit_as_a_noun(
    qtbot,  # type: ignore[no-untyped-def]
    service: WorkshopService,
    ui_settings: UiSettings,
) -> None:
    window = _window(qtbot, service, ui_settings)
    assert window.edit_name("Ändra beroende") == "ändring av beroende"
    assert window.edit_name("Lägg till åtgärd") == "tillägg av åtgärd"
    assert window.edit_name("Ta bort deltagare") == "borttagning av deltagare"
    assert window.edit_name("Markera som pågående") == "markera som pågående"


def test_the_window_title_names_the_program_once(
    qtbot,  # type: ignore[no-untyped-def]
    service: WorkshopService,
    template: ReadinessTemplate,
    ui_settings: UiSettings,
) -> None:
    QApplication.setApplicationDisplayName("Hållbar förändring")
    contents = service.add_workshop(workshop_with_every_part(template))
    window = _window(qtbot, service, ui_settings)
    # Qt adds " — Hållbar förändring" to the title; the title itself must not say it again.
    assert "Hållbar förändring" not in window.windowTitle()
    window.open_workshop(contents.workshop.id)
    assert window.windowTitle() == contents.workshop.title


def test_the_pages_use_one_word_per_thing(
    qtbot,  # type: ignore[no-untyped-def]
    service: WorkshopService,
    template: ReadinessTemplate,
    ui_settings: UiSettings,
) -> None:
    contents = service.add_workshop(workshop_with_every_part(template))
    window = _window(qtbot, service, ui_settings)
    window.open_workshop(contents.workshop.id)
    view = window.workshop_view
    assert view is not None
    texts: list[str] = []
    for step in (WorkshopStep.PREPARATION, WorkshopStep.RESULTS, WorkshopStep.SUMMARY):
        view.go_to(step)
        page = view.pages[step]
        page.refresh()
        texts += [label.text() for label in page.findChildren(QLabel)]
        combos = page.findChildren(QComboBox)
        if step is WorkshopStep.RESULTS:  # the group's score, built once results are shown
            section = DimensionDiscussion(template, template.dimensions[0].code, page)
            combos.append(section.score_combo)
        for combo in combos:
            texts += [combo.itemText(i) for i in range(combo.count())]
    words = " ".join(texts)
    assert "&Upplägg" in texts and "Variant" not in words
    assert "högt är rött" in words and "högt är Röd" not in words
    assert "Inte bestämd" in texts and "Inte bestämd eller Vet ej" not in words
    assert "Ansvarig saknas" not in words
    # The readiness blocks are dimensions; "område" is the prerequisite areas.
    assert "Förändringsberedskap per område" not in words


def test_the_welcome_guidance_fits_a_morning_too() -> None:
    guidance = guidance_for(WorkshopStep.WELCOME)
    said = " ".join((guidance.purpose, *guidance.actions))
    assert "eftermiddagen" not in said and "hur workshoppen går till" in said


def test_the_room_is_told_once_when_results_are_shown() -> None:
    from hallbar_desktop.ui.presenter.room_views import prompt_for

    for step in WorkshopStep:
        prompt = prompt_for(step)
        said = " ".join(prompt.lines).lower()
        assert "visas" not in said or not prompt.hidden, (step, prompt)
