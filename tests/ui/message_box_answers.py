"""Answering a QMessageBox that a widget shows with exec(): the test names the button to press
and gets the boxes' texts and buttons back, without a nested event loop waiting for a person."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PySide6.QtWidgets import QMessageBox


@dataclass
class Answers:
    press: str
    texts: list[str] = field(default_factory=list)
    buttons: list[list[str]] = field(default_factory=list)


def answer_message_boxes(monkeypatch: pytest.MonkeyPatch, press: str) -> Answers:
    """Every QMessageBox.exec() with a button whose text is ``press`` (mnemonics aside)
    presses it; other boxes are shown as usual, for whatever else answers them."""
    answers = Answers(press)
    shown = QMessageBox.exec

    def exec_(box: QMessageBox) -> int:
        names = [b.text().replace("&", "") for b in box.buttons()]
        if press not in names:
            return shown(box)
        answers.texts.append(box.text())
        answers.buttons.append(names)
        box.buttons()[names.index(press)].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return answers
