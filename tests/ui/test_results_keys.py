"""Resultat by keyboard: each dimension's group score has its own key, no Alt letter is shared."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.ui import key_map
from hallbar_desktop.ui.main_window import MainWindow
from tests.ui.conftest import open_in_active_window, settle
from tests.ui.test_mnemonics import _clashes

ALT = Qt.KeyboardModifier.AltModifier


def test_each_group_score_has_its_own_key_and_no_alt_letter_is_shared(
    qtbot,  # type: ignore[no-untyped-def]
    window_with_workshop: tuple[MainWindow, WorkshopContents],
) -> None:
    window, _contents = open_in_active_window(qtbot, window_with_workshop, (1366, 768))
    view = window.workshop_view
    assert view is not None
    view.room.reveal(WorkshopStep.RESULTS)
    view.go_to(WorkshopStep.RESULTS)
    settle()
    page = view.current_page()
    sections = list(page.sections.values())  # type: ignore[attr-defined]
    assert len(sections) >= 3

    assert _clashes(window, "resultat, visade") == []
    view.ui.step_list.setFocus()
    qtbot.keyClick(view.ui.step_list, Qt.Key.Key_3, ALT)
    assert QApplication.focusWidget() is sections[2].score_combo
    qtbot.keyClick(sections[2].score_combo, Qt.Key.Key_1, ALT)
    assert QApplication.focusWidget() is sections[0].score_combo
    # The key is written beside the field, and Hjälp › Kortkommandon lists it.
    labels = [w for w in sections[1].findChildren(QLabel) if w.buddy() is sections[1].score_combo]
    assert [w.text() for w in labels] == ["Gruppens skattning (Alt+2):"]
    assert key_map.GROUP_SCORE in key_map.ALL


def test_space_on_visa_resultat_leaves_the_keys_on_dolj_resultat(
    qtbot,  # type: ignore[no-untyped-def]
    window_with_workshop: tuple[MainWindow, WorkshopContents],
) -> None:
    window, _contents = open_in_active_window(qtbot, window_with_workshop, (1366, 768))
    view = window.workshop_view
    assert view is not None
    view.go_to(WorkshopStep.RATING)
    view.ui.step_list.setFocus()
    qtbot.keyClick(view.ui.step_list, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    settle()
    page = view.current_page()
    assert QApplication.focusWidget() is page.ui.reveal_results_button  # type: ignore[attr-defined]
    qtbot.keyClick(page.ui.reveal_results_button, Qt.Key.Key_Space)  # type: ignore[attr-defined]
    settle()
    assert view.room.is_revealed(WorkshopStep.RESULTS)
    assert QApplication.focusWidget() is page.ui.hide_results_button  # type: ignore[attr-defined]
    qtbot.keyClick(page.ui.hide_results_button, Qt.Key.Key_Space)  # type: ignore[attr-defined]
    settle()
    assert not view.room.is_revealed(WorkshopStep.RESULTS)
    assert QApplication.focusWidget() is page.ui.reveal_results_button  # type: ignore[attr-defined]
