"""In the dark and high-contrast themes every label of the library and of every step reads on
what is drawn behind it at 4.5:1 or more, measured on the window as drawn."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QSize
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from hallbar_desktop.domain import palette
from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.workflow import steps_for
from hallbar_desktop.ui.main_window import MainWindow
from hallbar_desktop.ui.style_sheet import PROBLEM, set_text_role
from hallbar_desktop.ui.theme import apply_choice
from tests.ui.conftest import settle

MIN_CONTRAST = 4.5


@pytest.fixture(params=["dark", "high_contrast"])
def theme(request, qapp: QApplication) -> Iterator[str]:  # type: ignore[no-untyped-def]
    apply_choice(qapp, request.param)
    yield request.param
    apply_choice(qapp, "light")


def _hex(pixel: int) -> str:
    return QColor.fromRgb(pixel).name()


def label_contrast(label: QLabel, shot: QImage, window: QWidget) -> float:
    """The contrast of the label's text with what is behind it, in ``shot`` of ``window``: the
    commonest colour of its box is the background, the pixel furthest from it the ink (a
    glyph's stem is drawn in the full ink colour; its edges are blended)."""
    # Only what shows of it: a label half scrolled out of view sits under the scroll bar.
    seen = label.visibleRegion().boundingRect().intersected(label.contentsRect())
    box = seen.translated(label.mapTo(window, QPoint(0, 0)))
    box = box.intersected(shot.rect())
    pixels = Counter(
        shot.pixel(x, y)
        for y in range(box.top(), box.bottom() + 1)
        for x in range(box.left(), box.right() + 1)
    )
    if len(pixels) < 2:
        return 21.0  # nothing drawn in it
    background = _hex(pixels.most_common(1)[0][0])
    return max(palette.contrast_ratio(_hex(p), background) for p in pixels)


def _unreadable(window: QWidget) -> list[str]:
    shot = window.grab().toImage()
    found = []
    for label in window.findChildren(QLabel):
        if not label.isVisibleTo(window) or not label.text().strip() or not label.isEnabled():
            continue
        if label.pixmap() is not None and not label.pixmap().isNull():
            continue
        ratio = label_contrast(label, shot, window)
        if ratio < MIN_CONTRAST:
            found.append(f"{label.objectName() or label.text()[:30]!r}: {ratio:.1f}")
    return found


def test_every_label_of_every_page_reads_in_the_theme(
    theme: str, window_with_workshop: tuple[MainWindow, WorkshopContents]
) -> None:
    window, contents = window_with_workshop
    window.resize(QSize(1366, 768))
    window.show()
    settle()
    problems = {"library": _unreadable(window)}
    window.open_workshop(contents.workshop.id)
    view = window.workshop_view
    assert view is not None
    for step in steps_for(contents.workshop.variant):
        view.go_to(step)
        settle()
        problems[step.code] = _unreadable(window)
    assert {page: found for page, found in problems.items() if found} == {}


def test_the_walk_finds_dark_text_left_on_the_dark_window(theme: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(300, 80)
    readable = QLabel("Saknar ansvarig", window)
    set_text_role(readable, PROBLEM)
    unreadable = QLabel("Skriven i ljusa temats färg", window)
    unreadable.move(0, 40)
    shown = unreadable.palette()
    shown.setColor(unreadable.foregroundRole(), QColor(palette.TEXT))
    unreadable.setPalette(shown)
    window.show()
    settle()
    found = _unreadable(window)
    assert len(found) == 1
    assert found[0].startswith("'Skriven i ljusa temats färg'")
