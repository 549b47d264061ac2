"""Arkiv › Språk / Language: the window is made anew in English on the same workshop and step."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.ui.application_setup import set_language
from hallbar_desktop.ui.main_window import MainWindow


@pytest.fixture
def back_in_swedish(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The other tests read Swedish, whatever this one leaves behind."""
    yield
    set_language(qapp, "sv")


def _switched(qtbot, window: MainWindow, language: str) -> MainWindow:  # type: ignore[no-untyped-def]
    made: list[MainWindow] = []
    window.replaced.connect(made.append)
    (action,) = [a for a in window.language_actions.actions() if a.text() == language]
    action.trigger()
    (new,) = made
    qtbot.addWidget(new)
    QApplication.processEvents()
    return new


def test_english_is_chosen_and_the_window_comes_back_on_the_same_step(
    qtbot,
    window_with_workshop,
    back_in_swedish,  # type: ignore[no-untyped-def]
) -> None:
    window, contents = window_with_workshop
    window.show()
    window.open_workshop(contents.workshop.id)
    assert window.workshop_view is not None
    window.workshop_view.go_to(WorkshopStep.DEPENDENCIES)

    english = _switched(qtbot, window, "English")

    assert not window.isVisible()
    assert english.isVisible()
    assert english._settings.language() == "en"
    assert QLocale().decimalPoint() == "."
    assert english.workshop is not None
    assert english.workshop.workshop_id == contents.workshop.id
    assert english.workshop_view is not None
    assert english.workshop_view.current_step is WorkshopStep.DEPENDENCIES
    assert [a.isChecked() for a in english.language_actions.actions()] == [False, True]
    assert english.ui.file_menu.title() == "&File"
    assert english.windowTitle() == contents.workshop.title
    page = english.workshop_view.current_page()
    assert page.ui.add_button.text() == "&Add dependency"
    assert page.ui.summary_label.text().startswith("1 dependency · ")
    page.ui.add_button.click()
    assert page.ui.summary_label.text().startswith("2 dependencies · ")
    assert english.workshop_view.ui.step_list.item(0).text().endswith("Preparation")

    swedish = _switched(qtbot, english, "Svenska")

    assert swedish._settings.language() == "sv"
    assert QLocale().decimalPoint() == ","
    assert swedish.ui.file_menu.title() == "&Arkiv"
    page = swedish.workshop_view.current_page()
    assert page.ui.summary_label.text().startswith("2 beroenden · ")
    assert swedish.workshop_view is not None
    assert swedish.workshop_view.current_step is WorkshopStep.DEPENDENCIES


@pytest.mark.sqlite_only
def test_the_window_in_the_other_language_has_every_service_of_the_first(
    qtbot,  # type: ignore[no-untyped-def]
    db_path,  # type: ignore[no-untyped-def]
    tmp_path,  # type: ignore[no-untyped-def]
    ui_settings,  # type: ignore[no-untyped-def]
    back_in_swedish,  # type: ignore[no-untyped-def]
) -> None:
    # The retention service was left behind: the library lost its retention marks, Gallra…
    # and Arkiv › Inställningar för databasen… after a change of language.
    from hallbar_desktop.app import open_services

    with open_services(db_path, create_if_missing=True, backups=tmp_path / "b") as services:
        window = MainWindow(None, None, ui_settings)
        qtbot.addWidget(window)
        window.attach(
            services.workshops,
            services.exports,
            str(services.database_path),
            services.backups,
            services.packages,
            services.imports,
            services.coordinator,
            retention=services.retention,
            records=services.records,
        )
        window.show()
        assert window.database_settings_action.isEnabled()

        english = _switched(qtbot, window, "English")

        assert english.database_settings_action.isEnabled()
        held = ("_service", "_exports", "_backups", "_packages", "_imports", "coordinator")
        for name in (*held, "_retention", "_records"):
            assert getattr(english, name) is getattr(window, name), name
        english.close()
