"""Arkiv > Mallar för skattningen: editing a copy with keys, problems beside the field, undo,
saving as the organisation's template, and choosing it for a new workshop."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.domain.workshop import Workshop
from hallbar_desktop.services.template_service import TemplateService
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.storage.template_files import load_template
from hallbar_desktop.ui.dialogs.new_workshop_dialog import NewWorkshopDialog
from hallbar_desktop.ui.dialogs.template_editor_dialog import (
    PROMPTS_TAB,
    SCALE_TAB,
    TemplateEditorDialog,
)
from hallbar_desktop.ui.ui_settings import UiSettings
from tests.conftest import NOW, TODAY
from tests.own_templates import EDITED_TEXT, edited_copy, template_service
from tests.ui.keyboard import press, type_text
from tests.ui.message_box_answers import answer_message_boxes

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def templates(template: ReadinessTemplate, tmp_path: Path) -> TemplateService:
    return template_service(template, tmp_path / "mallar")


@pytest.fixture
def editor(
    qtbot, templates: TemplateService, ui_settings: UiSettings
) -> Iterator[TemplateEditorDialog]:  # type: ignore[no-untyped-def]
    dialog = TemplateEditorDialog(templates, ui_settings)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    yield dialog
    # Closed here, not by qtbot, and without the question about unsaved changes, which would
    # wait for an answer.
    dialog.undo_stack.setClean()
    dialog.close()
    dialog.deleteLater()


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _type_into_cell(editor: TemplateEditorDialog, table, row: int, column: int, text: str) -> None:  # type: ignore[no-untyped-def]
    """F2 on the cell, Ctrl+A, the text, Return: as a person edits a table cell."""
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, column))
    press(table, Qt.Key.Key_F2)
    press(_focused(), Qt.Key.Key_A, CTRL)
    if text:
        type_text(_focused(), text)
    else:
        press(_focused(), Qt.Key.Key_Delete)
    press(_focused(), Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate hands the text over in a queued call


def _replace_field(field: QWidget, text: str) -> None:
    field.setFocus()
    press(field, Qt.Key.Key_A, CTRL)
    type_text(field, text)
    press(field, Qt.Key.Key_Tab)


def _save_button(editor: TemplateEditorDialog) -> QWidget:
    return editor.ui.button_box.button(QDialogButtonBox.StandardButton.Save)


def test_a_statement_edited_with_keys_is_saved_as_a_new_template_file(
    editor: TemplateEditorDialog, templates: TemplateService, template: ReadinessTemplate
) -> None:
    _type_into_cell(editor, editor.ui.statement_table, 0, 1, EDITED_TEXT)
    assert editor.draft.statements[0].text == EDITED_TEXT
    assert editor.isWindowModified()
    _replace_field(editor.ui.name_edit, "Region Exempels mall")
    _save_button(editor).click()

    assert editor.saved is not None
    assert not editor.isVisible()
    files = list(templates.folder.glob("*.json"))  # type: ignore[union-attr]
    assert len(files) == 1
    assert load_template(files[0]) == editor.saved
    assert editor.saved.name == "Region Exempels mall"
    assert editor.saved.statements[0].text == EDITED_TEXT
    # Everything else is the shipped template's.
    assert editor.saved.statements[1:] == template.statements[1:]
    assert editor.saved.scale == template.scale
    assert templates.own_templates() == (editor.saved,)


def test_problems_are_said_beside_the_field_and_saving_is_refused(
    editor: TemplateEditorDialog, templates: TemplateService
) -> None:
    ui = editor.ui
    _type_into_cell(editor, ui.statement_table, 1, 1, "")
    assert not ui.statement_problem_label.isHidden()
    assert ui.statement_problem_label.text() == "Påstående A2: texten måste fyllas i."
    assert editor.statement_model.index(1, 1).data(Qt.ItemDataRole.DecorationRole) is not None
    assert editor.dimension_model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    assert "antal: 1" in ui.problems_label.text()

    _type_into_cell(editor, ui.statement_table, 1, 0, "A1")
    assert "koden A1 används redan" in ui.statement_problem_label.text()
    assert "antal: 2" in ui.problems_label.text()

    _save_button(editor).click()
    assert editor.isVisible()
    assert list(templates.folder.glob("*.json")) == []  # type: ignore[union-attr]
    # The cursor is put where the first problem is.
    assert ui.statement_table.currentIndex().row() == 1
    assert ui.statement_table.hasFocus()


def test_a_scale_missing_a_label_is_refused_on_its_tab(
    editor: TemplateEditorDialog, templates: TemplateService
) -> None:
    ui = editor.ui
    ui.tabs.setCurrentIndex(SCALE_TAB)
    _type_into_cell(editor, ui.scale_table, 2, 1, "")
    assert ui.scale_problem_label.text() == "Skalan, värdet 3: etiketten måste fyllas i."
    assert not ui.tabs.tabIcon(SCALE_TAB).isNull()
    assert ui.tabs.tabIcon(0).isNull()
    ui.tabs.setCurrentIndex(0)
    _save_button(editor).click()
    assert ui.tabs.currentIndex() == SCALE_TAB
    assert list(templates.folder.glob("*.json")) == []  # type: ignore[union-attr]


def test_a_dimension_may_get_a_scale_of_its_own_and_lose_it(
    editor: TemplateEditorDialog,
) -> None:
    ui = editor.ui
    ui.tabs.setCurrentIndex(SCALE_TAB)
    first = editor.draft.dimensions[0]
    ui.scale_for_combo.setCurrentIndex(1)
    ui.scale_for_combo.activated.emit(1)
    assert not ui.own_scale_check.isChecked()
    assert not editor.scale_model.flags(editor.scale_model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    ui.own_scale_check.click()
    assert editor.draft.dimensions[0].scale == editor.draft.scale
    _type_into_cell(editor, ui.scale_table, 4, 2, "Sitter i väggarna")
    assert editor.draft.dimensions[0].scale[4].description == "Sitter i väggarna"
    assert editor.draft.scale[4].description != "Sitter i väggarna"
    ui.own_scale_check.click()
    assert editor.draft.dimensions[0] == first


def test_undo_and_redo_with_keys_and_buttons(editor: TemplateEditorDialog) -> None:
    ui = editor.ui
    before = editor.draft
    _replace_field(ui.dimension_label_edit, "Vilja")
    assert editor.draft.dimensions[0].label == "Vilja"
    assert editor.dimension_model.index(0, 0).data() == "A  Vilja"
    ui.dimension_label_edit.setFocus()
    press(ui.dimension_label_edit, Qt.Key.Key_Z, CTRL)
    assert editor.draft == before
    assert ui.dimension_label_edit.text() == before.dimensions[0].label
    assert not editor.isWindowModified()
    ui.redo_button.click()
    assert editor.draft.dimensions[0].label == "Vilja"
    ui.undo_button.click()
    assert editor.draft == before


def test_statements_and_dimensions_are_added_removed_and_moved(
    editor: TemplateEditorDialog,
) -> None:
    ui = editor.ui
    codes = [s.code for s in editor.draft.dimensions[0].statements]
    ui.statement_table.setCurrentIndex(editor.statement_model.index(0, 1))
    ui.statement_down_button.click()
    assert [s.code for s in editor.draft.dimensions[0].statements] == [codes[1], codes[0]]
    ui.add_statement_button.click()
    type_text(_focused(), "Ett nytt påstående.")
    press(_focused(), Qt.Key.Key_Return)
    QApplication.processEvents()
    statements = editor.draft.dimensions[0].statements
    assert [s.text for s in statements][-1] == "Ett nytt påstående."
    assert statements[-1].code not in codes
    ui.remove_statement_button.click()
    assert [s.code for s in editor.draft.dimensions[0].statements] == [codes[1], codes[0]]

    count = len(editor.draft.dimensions)
    ui.add_dimension_button.click()
    assert len(editor.draft.dimensions) == count + 1
    assert ui.dimension_list.currentIndex().row() == count
    # A new dimension needs its statement's text before the template can be saved.
    assert "texten måste fyllas i" in ui.statement_problem_label.text()
    # Undo shows the dimension that was chosen before, redo the one added.
    ui.undo_button.click()
    assert len(editor.draft.dimensions) == count
    assert ui.dimension_list.currentIndex().row() == 0
    ui.redo_button.click()
    assert ui.dimension_list.currentIndex().row() == count
    ui.remove_dimension_button.click()
    assert len(editor.draft.dimensions) == count


def test_ctrl_enter_adds_where_the_cursor_is(qtbot, editor: TemplateEditorDialog) -> None:  # type: ignore[no-untyped-def]
    ui = editor.ui
    statements = len(editor.draft.dimensions[0].statements)
    ui.statement_table.setFocus()
    qtbot.keyClick(ui.statement_table, Qt.Key.Key_Return, CTRL)
    assert len(editor.draft.dimensions[0].statements) == statements + 1
    press(_focused(), Qt.Key.Key_Escape)
    prompts = len(editor.draft.prerequisite_prompts)
    ui.tabs.setCurrentIndex(PROMPTS_TAB)
    ui.prompt_table.setFocus()
    qtbot.keyClick(ui.prompt_table, Qt.Key.Key_Return, CTRL)
    assert len(editor.draft.prerequisite_prompts) == prompts + 1
    press(_focused(), Qt.Key.Key_Escape)
    dimensions = len(editor.draft.dimensions)
    ui.tabs.setCurrentIndex(0)
    ui.dimension_list.setFocus()
    qtbot.keyClick(ui.dimension_list, Qt.Key.Key_Return, CTRL)
    assert len(editor.draft.dimensions) == dimensions + 1


def test_unsaved_changes_are_asked_about_before_they_are_lost(
    editor: TemplateEditorDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor.ui.name_edit.setFocus()
    press(editor.ui.name_edit, Qt.Key.Key_End)
    type_text(editor.ui.name_edit, " – vår")
    # Return stores the field; it does not save the template and close the dialog.
    press(editor.ui.name_edit, Qt.Key.Key_Return)
    assert editor.isVisible()
    assert editor.draft.name.endswith(" – vår")
    answers = answer_message_boxes(monkeypatch, "Fortsätt redigera")
    press(editor, Qt.Key.Key_Escape)
    assert editor.isVisible()
    assert [sorted(b) for b in answers.buttons] == [["Fortsätt redigera", "Lämna ändringarna"]]
    answer_message_boxes(monkeypatch, "Lämna ändringarna")
    editor.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert not editor.isVisible()
    assert editor.saved is None


def test_an_own_template_is_saved_as_its_next_version(
    qtbot,
    templates: TemplateService,
    ui_settings: UiSettings,  # type: ignore[no-untyped-def]
) -> None:
    first = templates.save(edited_copy(templates))
    dialog = TemplateEditorDialog(templates, ui_settings, start_from=first)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.draft == first
    assert "(egen, version 1)" in dialog.ui.base_combo.currentText()
    _replace_field(dialog.ui.dimension_description_edit, "Hur mycket vi vill.")
    _save_button(dialog).click()
    assert dialog.saved is not None
    assert (dialog.saved.key, dialog.saved.version) == (first.key, 2)
    assert templates.own_templates() == (dialog.saved,)


def test_a_new_workshop_is_made_with_the_chosen_template_and_the_choice_is_kept(
    qtbot,
    service: WorkshopService,
    templates: TemplateService,
    ui_settings: UiSettings,  # type: ignore[no-untyped-def]
) -> None:
    own = templates.save(edited_copy(templates))
    with_own = WorkshopService(
        service._store,
        templates.builtin,
        clock=lambda: NOW,
        today=lambda: TODAY,
        templates=templates,
    )
    earlier = with_own.create_workshop(Workshop(title="Före"))
    dialog = NewWorkshopDialog(with_own, (), None, ui_settings)
    qtbot.addWidget(dialog)
    combo = dialog.ui.template_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        f"{templates.builtin.name} (inbyggd, version {templates.builtin.version})",
        f"{own.name} (egen, version 1)",
    ]
    assert combo.currentIndex() == 0
    dialog.ui.title_edit.setText("Med egen mall")
    combo.setCurrentIndex(1)
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.created is not None
    snapshot = with_own.contents(dialog.created.workshop.id).template
    assert snapshot == own
    assert snapshot.statements[0].text == EDITED_TEXT
    assert with_own.contents(earlier.workshop.id).template == templates.builtin
    assert ui_settings.new_workshop_template() == own.key
    again = NewWorkshopDialog(with_own, (), None, ui_settings)
    qtbot.addWidget(again)
    assert again.ui.template_combo.currentData() == own


def test_the_file_menu_opens_the_editor(qtbot, service, exports, ui_settings) -> None:  # type: ignore[no-untyped-def]
    from hallbar_desktop.ui.main_window import MainWindow

    window = MainWindow(service, exports, ui_settings)
    qtbot.addWidget(window)
    texts = [a.text() for a in window.ui.file_menu.actions()]
    assert (
        texts.index("&Mallar för skattningen…")
        == texts.index(window.ui.open_library_action.text()) + 1
    )
    window.templates_action.trigger()
    assert isinstance(window.template_editor, TemplateEditorDialog)
    assert window.template_editor.isVisible()
    window.template_editor.close()


def test_a_window_in_english_offers_the_shipped_template_in_english_first(
    qtbot,
    qapp,
    service: WorkshopService,
    template: ReadinessTemplate,
    tmp_path: Path,
    ui_settings: UiSettings,  # type: ignore[no-untyped-def]
) -> None:
    from hallbar_desktop.app import template_service as shipped_templates
    from hallbar_desktop.ui.application_setup import current_language, set_language

    templates = shipped_templates()
    english = templates.builtin_for("en")
    assert english.key != templates.builtin.key
    assert english.dimensions[0].statements[0].text == "We agree on why the change is needed."
    assert [d.code for d in english.dimensions] == [d.code for d in templates.builtin.dimensions]
    with_both = WorkshopService(
        service._store, template, clock=lambda: NOW, today=lambda: TODAY, templates=templates
    )
    set_language(qapp, "en")
    try:
        assert current_language() == "en"
        dialog = NewWorkshopDialog(with_both, (), None, ui_settings)
        qtbot.addWidget(dialog)
        assert dialog.ui.template_combo.currentData() == english
        dialog.ui.title_edit.setText("In English")
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
        assert dialog.created is not None
        assert with_both.contents(dialog.created.workshop.id).template == english
        assert ui_settings.new_workshop_template() == ""  # the language's own: no choice made
    finally:
        set_language(qapp, "sv")
    swedish = NewWorkshopDialog(with_both, (), None, ui_settings)
    qtbot.addWidget(swedish)
    assert swedish.ui.template_combo.currentData() == templates.builtin
    assert not templates.is_own(english)
