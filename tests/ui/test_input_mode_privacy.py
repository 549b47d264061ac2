"""Inmatningsläge as a hostile participant meets it: the clipboard, the vote rows."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from hallbar_desktop.domain.readiness import Rating
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.ui.dialogs.input_mode_dialog import InputModeDialog
from hallbar_desktop.ui.input_mode.dot_vote_turn import DotVoteTurn
from hallbar_desktop.ui.input_mode.input_mode_window import InputModeWindow
from hallbar_desktop.ui.input_mode.input_round import InputActivity, InputRound, in_turn_order
from hallbar_desktop.ui.input_mode.notes_turn import NotesTurn
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from tests.ui.keyboard import type_text

K = Qt.Key
M = Qt.KeyboardModifier
LEFT = Qt.MouseButton.LeftButton


def _window(qtbot, workshop: OpenWorkshop, input_round: InputRound) -> InputModeWindow:  # type: ignore[no-untyped-def]
    window = InputModeWindow(workshop, input_round)
    qtbot.addWidget(window, before_close_func=lambda w: w.leave() if w.isVisible() else None)
    window.resize(1366, 768)
    window.show()
    return window


def _all_clipboards() -> list[str]:
    clipboard = QApplication.clipboard()
    texts = [clipboard.text(QClipboard.Mode.Clipboard)]
    if clipboard.supportsSelection():
        texts.append(clipboard.text(QClipboard.Mode.Selection))
    return texts


def test_a_note_copied_in_one_turn_cannot_be_pasted_in_the_next(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    # Whatever the facilitator copied before handing over is not there to paste either.
    QApplication.clipboard().setText("Anna sa att chefen inte lyssnar")
    window = _window(
        qtbot, empty_workshop, InputRound(InputActivity.NOTES, WorkshopStep.DEPENDENCIES)
    )
    first, second, _third = in_turn_order(empty_workshop.contents)
    qtbot.mouseClick(window.alias_buttons[first.id], LEFT)
    turn = window.turn
    assert isinstance(turn, NotesTurn)
    qtbot.keyClick(turn.text_edit, K.Key_V, M.ControlModifier)
    assert turn.text_edit.toPlainText() == ""

    type_text(turn.text_edit, "Ekonomichefen stoppar allt")
    turn.text_edit.selectAll()
    qtbot.keyClick(turn.text_edit, K.Key_C, M.ControlModifier)
    assert "Ekonomichefen stoppar allt" in _all_clipboards()  # the copy itself works
    qtbot.mouseClick(turn.done_button, LEFT)
    assert _all_clipboards() == [""] * len(_all_clipboards())

    qtbot.mouseClick(window.ui.next_participant_button, LEFT)
    qtbot.mouseClick(window.alias_buttons[second.id], LEFT)
    fresh = window.turn
    assert isinstance(fresh, NotesTurn)
    qtbot.keyClick(fresh.text_edit, K.Key_V, M.ControlModifier)
    assert fresh.text_edit.toPlainText() == ""


def test_action_owners_show_in_the_dot_vote_only_with_names_on(
    qtbot,
    demo_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    owners = [a.owner for a in demo_workshop.contents.actions if a.owner.strip()]
    assert owners and not demo_workshop.contents.workshop.show_names
    round_ = InputRound(InputActivity.DOT_VOTES, WorkshopStep.ACTIONS)

    def owner_texts() -> list[str]:
        window = _window(qtbot, demo_workshop, round_)
        participant = in_turn_order(demo_workshop.contents)[0]
        qtbot.mouseClick(window.alias_buttons[participant.id], LEFT)
        assert isinstance(window.turn, DotVoteTurn)
        shown = [
            label.text()
            for label in window.turn.findChildren(QLabel)
            if label.isVisibleTo(window.turn) and any(o in label.text() for o in owners)
        ]
        window.leave()
        return shown

    assert owner_texts() == []
    named = dataclasses.replace(demo_workshop.contents.workshop, show_names=True)
    demo_workshop.update_workshop(named, "Visa namn")
    assert f"Ansvarig: {owners[0]}" in owner_texts()


class _MarkingTranslator(QTranslator):
    """Marks every text of the input mode's window that goes through tr()."""

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def]
        return f"[{source}]" if context == "InputModeWindow" else None


def test_the_done_mark_on_an_alias_goes_through_tr(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    first = in_turn_order(empty_workshop.contents)[0]
    empty_workshop.record_ratings(
        [
            Rating(participant_id=first.id, statement_code=s.code, value=3)
            for s in empty_workshop.contents.template.statements
        ],
        "Svar",
    )
    translator = _MarkingTranslator()
    QApplication.installTranslator(translator)
    try:
        window = _window(qtbot, empty_workshop, InputRound(InputActivity.RATING))
        assert window.alias_buttons[first.id].text() == f"[✓ {first.alias} – klar]"
    finally:
        QApplication.removeTranslator(translator)


def test_a_mistyped_pin_cannot_lock_the_facilitator_out(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    """The PIN is typed unseen and is the facilitator's only way out: it is asked for twice."""
    dialog = InputModeDialog(empty_workshop.contents, WorkshopStep.RATING, {})
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.pin_again_edit.echoMode() is QLineEdit.EchoMode.Password
    assert dialog.start_button.isEnabled()  # no PIN at all is fine

    dialog.ui.pin_edit.setText("2468")
    type_text(dialog.ui.pin_again_edit, "2486")
    assert not dialog.start_button.isEnabled()
    assert dialog.ui.problem_label.isVisible()
    assert dialog.ui.problem_label.text().startswith("PIN-koderna är olika.")
    qtbot.mouseClick(dialog.start_button, LEFT)
    assert dialog.input_round is None

    dialog.ui.pin_again_edit.setText("2468")
    assert dialog.start_button.isEnabled()
    assert not dialog.ui.problem_label.isVisible()
    qtbot.mouseClick(dialog.start_button, LEFT)
    assert dialog.input_round is not None and dialog.input_round.pin == "2468"
