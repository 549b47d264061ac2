"""Self-saving text fields: undo shows in a focused field, a refused text is not taken as saved."""

from __future__ import annotations

from hallbar_desktop.ui.widgets.committing_text_edit import CommittingLineEdit, CommittingTextEdit
from tests.ui.keyboard import type_text


def test_a_line_field_with_focus_shows_an_undone_value_and_does_not_save_it_again(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = CommittingLineEdit()
    qtbot.addWidget(field)
    field.show()
    saved: list[str] = []
    field.committed.connect(saved.append)
    field.show_stored("Ny ägare")
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.show_stored("Gammal ägare")  # an undo while the cursor is in the field
    assert field.text() == "Gammal ägare"
    field.commit()  # leaving the field
    assert saved == []


def test_text_being_typed_is_kept_when_something_else_is_stored(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = CommittingLineEdit()
    qtbot.addWidget(field)
    field.show()
    field.show_stored("Början")
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.end(False)
    type_text(field, " och mer – ö")
    field.show_stored("Början")  # another edit refreshed the page
    assert field.text() == "Början och mer – ö"


def test_a_refused_text_is_offered_again_instead_of_looking_saved(qtbot) -> None:  # type: ignore[no-untyped-def]
    for field in (CommittingLineEdit(), CommittingTextEdit()):
        qtbot.addWidget(field)
        saved: list[str] = []
        field.committed.connect(saved.append)
        field.show_stored("Titel")
        if isinstance(field, CommittingLineEdit):
            field.setText("")
        else:
            field.setPlainText("")
        field.commit()  # the page refuses it: no show_stored("") follows
        field.commit()  # leaving the field again offers it again
        assert saved == ["", ""]
