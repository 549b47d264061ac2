"""Alt with an underlined letter reaches one thing: within the library and each step, no two
labels or buttons share a letter, and none takes a menu's letter (Alt+R is Redigera)."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget, QWidget

from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.workflow import steps_for
from hallbar_desktop.ui.main_window import MainWindow
from tests.ui.conftest import settle

_MNEMONIC = re.compile(r"&(?!&)(\w)")


def _letters(root: QWidget) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    texts: list[str] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton | QGroupBox):
            text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
            if isinstance(widget, QLabel) and widget.buddy() is None:
                continue  # a label without a buddy shows "&" as it is
            texts.append(text)
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
    for text in texts:
        match = _MNEMONIC.search(text)
        if match:
            found.setdefault(match.group(1).lower(), []).append(text)
    return found


def _clashes(window: MainWindow, place: str) -> list[str]:
    letters = _letters(window.centralWidget())
    for action in window.menuBar().actions():
        match = _MNEMONIC.search(action.text())
        if match:
            letters.setdefault(match.group(1).lower(), []).append(f"menyn {action.text()}")
    return [f"{place}: Alt+{k.upper()}: {v}" for k, v in letters.items() if len(v) > 1]


def test_every_alt_letter_reaches_one_thing(
    window_with_workshop: tuple[MainWindow, WorkshopContents],
) -> None:
    window, contents = window_with_workshop
    window.resize(1920, 1080)
    window.show()
    settle()
    clashes = _clashes(window, "biblioteket")
    window.open_workshop(contents.workshop.id)
    view = window.workshop_view
    assert view is not None
    for step in steps_for(contents.workshop.variant):
        view.go_to(step)
        settle()
        clashes += _clashes(window, step.code)
    assert not clashes, "\n".join(clashes)
