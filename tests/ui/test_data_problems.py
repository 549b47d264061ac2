"""A file with bad values opens in the window: the library, each workshop, the problems list."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from hallbar_desktop.app import open_services
from hallbar_desktop.domain.errors import DatabaseUnavailableError
from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.ui.application_setup import set_language
from hallbar_desktop.ui.main_window import MainWindow
from hallbar_desktop.ui.ui_settings import UiSettings
from tests.bad_rows import write_bad_database

# The field and the stored value the problems list shows for each bad row.
LISTED = {
    "long_title": ("Titel", "Lång titel Lång titel"),
    "empty_title": ("Titel", "(tomt)"),
    "unknown_status": ("Status", "okänt värde (closed_for_good)"),
    "impossible_date": ("Klart senast", "okänt värde (2026-02-30)"),
    "rating_9": ("Skattning", "okänt värde (9)"),
    "impact_hog": ("Påverkan", "okänt värde (hög)"),
    "broken_template": ("Mall för skattningen", 'okänt värde ({"key": "hallbar-beredskap"'),
    "bad_utf8": ("Beskrivning", "okänt värde (Kaf\\xe9 och \\xff\\xfe)"),
}


def test_the_library_and_every_workshop_open_and_the_problems_list_names_each_one(
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    template: ReadinessTemplate,
    ui_settings: UiSettings,
) -> None:
    db = tmp_path / "bad.sqlite3"
    bad = write_bad_database(db, template)
    with open_services(db, create_if_missing=False) as services:
        looked_on: list[threading.Thread] = []
        look = services.workshops.data_problems

        def data_problems():  # type: ignore[no-untyped-def]
            looked_on.append(threading.current_thread())
            return look()

        services.workshops.data_problems = data_problems  # type: ignore[method-assign]
        # As the start does it: the shell first, the services once they have loaded.
        window = MainWindow(None, None, ui_settings)
        qtbot.addWidget(window)
        window.attach(services.workshops, services.exports, db.name)
        library = window.library
        assert len(library.overviews) == 1 + len(bad)
        # Found on a pool thread, so the list is there before the look through every workshop.
        qtbot.waitUntil(lambda: bool(library.problems))
        # The list names a stored value the program could not use, not its stand-in.
        model = library.model
        status_of = {
            model.index(r, 0).data(): model.index(r, 3).data() for r in range(model.rowCount())
        }
        assert status_of[bad["unknown_status"].workshop_title] == "okänt värde (closed_for_good)"
        assert status_of["Frisk workshop"] == "Planerad"
        assert looked_on and threading.main_thread() not in looked_on
        assert library.ui.problem_banner.isVisibleTo(window)
        assert "(antal: 8, i workshoppar: 8)" in library.ui.problem_banner_label.text()
        assert window.problems_action.isEnabled()

        for row in bad.values():
            window.open_workshop(row.workshop_id)
            assert window.workshop is not None
            assert window.workshop.contents.workshop.id == row.workshop_id
            assert "Problem i databasen" in window.ui.status_bar.currentMessage()
            window.show_library()

        library.ui.show_problems_button.click()
        dialog = window.data_problems_dialog
        model = dialog.model
        shown = [
            [model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())
        ]
        assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
            "Workshop",
            "Post",
            "Fält",
            "Värde i filen",
            "Vad det betyder",
        ]
        for kind, (field, value) in LISTED.items():
            title = bad[kind].workshop_title
            assert any(
                r[0] == title and r[2] == field and r[3].startswith(value) and r[4] for r in shown
            ), (kind, shown)

        # The way to fix it: the workshop opens on the step where the field is edited.
        hog = next(r for r, row in enumerate(shown) if row[3] == "okänt värde (hög)")
        dialog.ui.problem_table.selectRow(hog)
        dialog.open_button.click()
        assert window.workshop is not None
        assert window.workshop.workshop_id == bad["impact_hog"].workshop_id
        assert window.workshop_view is not None
        assert window.workshop_view.current_step is WorkshopStep.DEPENDENCIES
        window.close()


def test_a_library_that_cannot_be_read_says_so_instead_of_the_crash_dialog(
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    template: ReadinessTemplate,
    ui_settings: UiSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = tmp_path / "bad.sqlite3"
    write_bad_database(db, template)
    with open_services(db, create_if_missing=False) as services:

        def unreadable() -> None:
            raise DatabaseUnavailableError(db)

        monkeypatch.setattr(services.workshops, "list_workshops", unreadable)
        window = MainWindow(None, None, ui_settings)
        qtbot.addWidget(window)
        window.attach(services.workshops, services.exports, db.name)
        assert window.ui.view_stack.currentWidget() is window.library  # not "Öppnar databasen…"
        assert "svarar inte" in window.library.ui.problem_banner_label.text()
        window.close()


def test_the_value_shown_can_be_kept_from_the_problems_list_after_a_yes(
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    template: ReadinessTemplate,
    ui_settings: UiSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = tmp_path / "bad.sqlite3"
    bad = write_bad_database(db, template)
    with open_services(db, create_if_missing=False) as services:
        window = MainWindow(services.workshops, services.exports, ui_settings, db.name)
        qtbot.addWidget(window)
        window.show_data_problems()
        dialog = window.data_problems_dialog
        model = dialog.model

        def row_of(shown: str) -> int:
            return next(
                r for r in range(model.rowCount()) if model.index(r, 3).data().startswith(shown)
            )

        dialog.ui.problem_table.selectRow(row_of("okänt värde (9)"))
        assert not dialog.keep_button.isEnabled()  # an answer is mended by answering anew
        dialog.ui.problem_table.selectRow(row_of("okänt värde (closed_for_good)"))
        assert dialog.keep_button.isEnabled()

        asked: list[str] = []

        def answer(parent, title, text, *rest):  # type: ignore[no-untyped-def]
            asked.append(text)
            return answers.pop(0)

        answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
        monkeypatch.setattr(QMessageBox, "question", answer)
        rows_before = model.rowCount()
        dialog.keep_button.click()  # "No": nothing changes
        assert model.rowCount() == rows_before
        dialog.keep_button.click()
        assert "okänt värde (closed_for_good)" in asked[1] and "Vill du spara" in asked[1]
        assert model.rowCount() == rows_before - 1
        shown = [model.index(r, 3).data() for r in range(model.rowCount())]
        assert "okänt värde (closed_for_good)" not in shown
        stored = services.workshops.contents(bad["unknown_status"].workshop_id)
        assert stored.problems == ()
        window.close()


def test_in_english_the_library_and_the_problems_list_name_a_bad_value_in_english(
    qtbot,  # type: ignore[no-untyped-def]
    qapp,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    template: ReadinessTemplate,
    ui_settings: UiSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = tmp_path / "bad.sqlite3"
    bad = write_bad_database(db, template)
    set_language(qapp, "en")
    try:
        with open_services(db, create_if_missing=False) as services:
            window = MainWindow(services.workshops, services.exports, ui_settings, db.name)
            qtbot.addWidget(window)
            listed = window.library.model
            status_of = {
                listed.index(r, 0).data(): listed.index(r, 3).data()
                for r in range(listed.rowCount())
            }
            assert status_of[bad["unknown_status"].workshop_title] == (
                "unknown value (closed_for_good)"
            )
            window.show_data_problems()
            dialog = window.data_problems_dialog
            model = dialog.model
            shown = {
                model.index(r, 0).data(): [model.index(r, c).data() for c in range(1, 5)]
                for r in range(model.rowCount())
            }
            record, field, value, meaning = shown[bad["impact_hog"].workshop_title]
            assert record.startswith("Dependency “") and field == "Impact"
            assert value == "unknown value (hög)"
            assert "The program uses an empty field until you change the field" in meaning
            assert shown[bad["empty_title"].workshop_title][:3] == ["Action", "Title", "(empty)"]

            asked: list[str] = []

            def answer(parent, title, text, *rest):  # type: ignore[no-untyped-def]
                asked.append(text)
                return QMessageBox.StandardButton.No

            monkeypatch.setattr(QMessageBox, "question", answer)
            status_row = next(
                r
                for r in range(model.rowCount())
                if model.index(r, 3).data() == "unknown value (closed_for_good)"
            )
            dialog.ui.problem_table.selectRow(status_row)
            dialog.keep_button.click()
            assert asked and "Workshop, Status" in asked[0]
            assert "unknown value (closed_for_good)" in asked[0] and "“Planned”" in asked[0]
            window.close()
    finally:
        set_language(qapp, "sv")
