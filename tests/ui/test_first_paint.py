"""Work that waits for a window's first frame: once, after it, and not forever."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from hallbar_desktop.ui import first_paint
from hallbar_desktop.ui.first_paint import after_first_paint


def test_the_work_runs_once_after_the_first_paint(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    calls: list[bool] = []
    after_first_paint(widget, lambda: calls.append(widget.isVisible()))
    qtbot.wait(10)
    assert calls == []  # not shown, not painted
    widget.show()
    qtbot.waitUntil(lambda: calls == [True])
    widget.update()
    widget.repaint()
    qtbot.wait(50)
    assert calls == [True]


def test_a_window_that_is_not_painted_does_not_hold_the_work_back(  # type: ignore[no-untyped-def]
    qtbot, monkeypatch
) -> None:
    monkeypatch.setattr(first_paint, "AT_MOST_MS", 30)
    widget = QWidget()
    qtbot.addWidget(widget)
    calls: list[str] = []
    after_first_paint(widget, lambda: calls.append("done"))
    qtbot.waitUntil(lambda: calls == ["done"], timeout=2000)
    widget.show()
    qtbot.wait(50)
    assert calls == ["done"]
