"""Every label and button of the library and of every step shows its whole text, at 1366×768
and at 1920×1080, also with the participant view open beside the workshop window, and at
1366×768 with the largest text size."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QToolButton,
    QWidget,
)

from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.workflow import steps_for
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.ui.application_setup import set_language
from hallbar_desktop.ui.main_window import MainWindow
from hallbar_desktop.ui.theme import apply_text_size
from hallbar_desktop.ui.ui_settings import TEXT_SIZES, UiSettings
from tests.conftest import TODAY
from tests.coordinator_workshops import coordinator_on, make_region
from tests.ui.conftest import export_service_for, settle

SIZES = [QSize(1366, 768), QSize(1920, 1080)]


@pytest.fixture(params=["sv", "en"])
def language(request, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The window in each language it speaks: English words are often longer."""
    set_language(qapp, request.param)
    yield request.param
    set_language(qapp, "sv")


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _without_mnemonic(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _cut(widget: QWidget) -> str | None:
    """Why ``widget`` does not show its whole text, or None when it does."""
    if isinstance(widget, QLabel):
        text = widget.text()
        if not text or (widget.pixmap() is not None and not widget.pixmap().isNull()):
            return None
        if widget.textFormat() == Qt.TextFormat.RichText or "<" in text:
            return None  # rich text wraps and scrolls by its own rules
        room = widget.contentsRect()
        if widget.wordWrap():
            needed = widget.heightForWidth(room.width())
            return (
                f"needs {needed} px high, has {room.height()}" if needed > room.height() else None
            )
        if widget.buddy() is not None:
            text = _without_mnemonic(text)
        lines = text.split("\n")
        metrics = widget.fontMetrics()
        wide = max(metrics.horizontalAdvance(line) for line in lines)
        return f"needs {wide} px, has {room.width()}" if wide > room.width() + 1 else None
    if isinstance(widget, QComboBox) and widget.currentText():
        # The text, the arrow and the frame: a combo box cuts its text rather than grow.
        wide = widget.fontMetrics().horizontalAdvance(widget.currentText())
        room = widget.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            _combo_option(widget),
            QStyle.SubControl.SC_ComboBoxEditField,
            widget,
        )
        return f"needs {wide} px, has {room.width()}" if wide > room.width() else None
    if isinstance(widget, QPushButton | QCheckBox | QRadioButton | QToolButton):
        icon_only = (
            isinstance(widget, QToolButton)
            and widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
            and (not widget.icon().isNull() or widget.arrowType() != Qt.ArrowType.NoArrow)
        )
        if not widget.text() or icon_only:  # an icon's text is its name for screen readers
            return None
        hint = widget.sizeHint()
        # Padding beyond the text may be cut by a tight layout; the text itself may not.
        metrics = widget.fontMetrics()
        text = _without_mnemonic(widget.text())
        wide = metrics.horizontalAdvance(text)
        if wide > widget.width() - 4:
            return f"text needs {wide} px, button has {widget.width()} (hint {hint.width()})"
    return None


def _combo_option(combo: QComboBox) -> QStyleOptionComboBox:
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.editable = combo.isEditable()
    option.currentText = combo.currentText()
    return option


def cut_widgets(root: QWidget) -> list[str]:
    found = []
    if root.minimumSizeHint().width() > root.width():
        found.append(f"the window needs {root.minimumSizeHint().width()} px, has {root.width()}")
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QScrollArea) and _shown(widget) and widget.window().isVisible():
            # A page that scrolls sideways hides the end of its lines until it is scrolled.
            sideways = widget.horizontalScrollBar()
            if sideways.isVisible():
                found.append(
                    f"{widget.objectName()!r} scrolls sideways: needs"
                    f" {widget.viewport().width() + sideways.maximum()} px,"
                    f" has {widget.viewport().width()}"
                )
            continue
        if not isinstance(widget, QLabel | QAbstractButton | QComboBox) or not _shown(widget):
            continue
        if not widget.window().isVisible():
            continue
        reason = _cut(widget)
        if reason:
            text = widget.currentText() if isinstance(widget, QComboBox) else widget.text()
            found.append(f"{type(widget).__name__} {widget.objectName()!r} ”{text}”: {reason}")
    return found


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
def test_every_label_and_button_shows_its_whole_text(
    language: str, window_with_workshop: tuple[MainWindow, WorkshopContents], size: QSize
) -> None:
    window, contents = window_with_workshop
    window.resize(size)
    window.show()
    settle()
    problems = [f"library: {p}" for p in cut_widgets(window)]
    window.open_workshop(contents.workshop.id)
    view = window.workshop_view
    assert view is not None
    for with_projector in (False, True):
        if with_projector:
            view.toggle_participant_view()
            settle()
        for step in steps_for(contents.workshop.variant):
            view.go_to(step)
            settle()
            where = f"{step.code}{' + deltagarvy' if with_projector else ''}"
            problems += [f"{where}: {p}" for p in cut_widgets(window)]
    if view.participant_view is not None:
        view.toggle_participant_view()
    window.close()
    assert not problems, "\n".join(problems)


def _coordinator_problems(
    qtbot,  # type: ignore[no-untyped-def]
    service: WorkshopService,
    db_path: Path,
    ui_settings: UiSettings,
    size: QSize,
) -> list[str]:
    make_region(service, TODAY)
    window = MainWindow(None, None, ui_settings)
    qtbot.addWidget(window)
    window.attach(
        service,
        export_service_for(service),
        "test.sqlite3",
        coordinator=coordinator_on(db_path, TODAY),
    )
    window.resize(size)
    window.show()
    window.show_coordinator()
    view = window.coordinator_view
    assert view is not None
    qtbot.waitUntil(lambda: view.workshop_proxy.rowCount() == 4, timeout=10_000)
    problems = []
    for tab in range(view.ui.section_tabs.count()):
        view.ui.section_tabs.setCurrentIndex(tab)
        settle()
        where = view.ui.section_tabs.tabText(tab)
        problems += [f"{where}: {p}" for p in cut_widgets(window)]
    window.close()
    return problems


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
def test_the_coordinator_overview_shows_every_text_whole(
    language: str,
    qtbot,  # type: ignore[no-untyped-def]
    service: WorkshopService,
    db_path: Path,
    ui_settings: UiSettings,
    size: QSize,
) -> None:
    problems = _coordinator_problems(qtbot, service, db_path, ui_settings, size)
    assert not problems, "\n".join(problems)


def test_the_coordinator_overview_shows_every_text_whole_at_a_larger_text_size(
    language: str,
    larger_text: int,
    qtbot,  # type: ignore[no-untyped-def]
    service: WorkshopService,
    db_path: Path,
    ui_settings: UiSettings,
) -> None:
    problems = _coordinator_problems(qtbot, service, db_path, ui_settings, QSize(1366, 768))
    assert not problems, "\n".join(problems)


@pytest.fixture
def largest_text(qapp) -> Iterator[int]:  # type: ignore[no-untyped-def]
    """Arkiv › Textstorlek › Störst, as chosen before the window is made (the next start)."""
    largest = TEXT_SIZES[-1]
    apply_text_size(qapp, largest)
    yield largest
    apply_text_size(qapp, TEXT_SIZES[0])


@pytest.fixture(params=TEXT_SIZES[1:], ids=lambda p: f"{p}%")
def larger_text(request, qapp) -> Iterator[int]:  # type: ignore[no-untyped-def]
    """Arkiv › Textstorlek › Större and Störst, as chosen before the window is made."""
    apply_text_size(qapp, request.param)
    yield request.param
    apply_text_size(qapp, TEXT_SIZES[0])


def _walk_library_and_steps(window: MainWindow, contents: WorkshopContents) -> list[str]:
    problems = [f"library: {p}" for p in cut_widgets(window)]
    window.open_workshop(contents.workshop.id)
    view = window.workshop_view
    assert view is not None
    for step in steps_for(contents.workshop.variant):
        view.go_to(step)
        settle()
        problems += [f"{step.code}: {p}" for p in cut_widgets(window)]
    return problems


def test_every_step_shows_its_whole_text_at_a_larger_text_size(
    language: str, larger_text: int, window_with_workshop: tuple[MainWindow, WorkshopContents]
) -> None:
    window, contents = window_with_workshop
    window.resize(QSize(1366, 768))
    window.show()
    settle()
    problems = _walk_library_and_steps(window, contents)
    window.close()
    assert not problems, "\n".join(problems)


def test_a_text_size_chosen_in_the_open_window_reaches_every_step(
    qapp,  # type: ignore[no-untyped-def]
    language: str,
    window_with_workshop: tuple[MainWindow, WorkshopContents],
) -> None:
    """Arkiv › Textstorlek › Störst with every page already made at the normal size: every
    text grows (a hint or a problem with a look of its own kept the normal size), and the room
    row and the dependency form fold where they no longer fit."""
    window, contents = window_with_workshop
    window.resize(QSize(1366, 768))
    window.show()
    settle()
    _walk_library_and_steps(window, contents)
    normal = qapp.font().pointSizeF()
    try:
        apply_text_size(qapp, TEXT_SIZES[-1])
        settle()
        problems = _walk_library_and_steps(window, contents)
        problems += [
            f"{label.objectName()!r} ”{label.text()[:40]}” kept the normal size"
            for label in window.findChildren(QLabel)
            if label.text() and label.font().pointSizeF() == normal
        ]
    finally:
        apply_text_size(qapp, TEXT_SIZES[0])
    window.close()
    assert not problems, "\n".join(problems)


def _cut_items(items: QListWidget) -> list[str]:
    """The items of a word-wrapping list that do not show their whole text where the list
    paints them: Qt wraps the text within the item's text rectangle and ends the last line
    that fits (or one too wide) with "…"."""
    style = items.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, items) + 1
    found = []
    for row in range(items.count()):
        index = items.model().index(row, 0)
        option = QStyleOptionViewItem()
        items.initViewItemOption(option)
        option.rect = items.visualRect(index)
        # QListView paints an item no wider than its viewport less the spacing on both sides.
        option.rect.setWidth(
            min(option.rect.width(), items.viewport().width() - 2 * items.spacing())
        )
        items.itemDelegateForIndex(index).initStyleOption(option, index)
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, items)
        width = room.width() - 2 * margin
        layout = QTextLayout(option.text.replace("\n", "\u2028"), option.font)
        wrap = QTextOption()
        wrap.setWrapMode(QTextOption.WrapMode.WordWrap)
        layout.setTextOption(wrap)
        layout.beginLayout()
        high, wide = 0.0, 0.0
        while (line := layout.createLine()).isValid():
            line.setLineWidth(width)
            high += line.height()
            wide = max(wide, line.naturalTextWidth())
        layout.endLayout()
        if wide > width or high > room.height():
            found.append(
                f"”{option.text}” needs {wide:.0f}×{high:.0f}, has {width}×{room.height()}"
            )
    return found


def test_the_step_list_shows_every_step_whole_at_any_width(
    language: str, largest_text: int, window_with_workshop: tuple[MainWindow, WorkshopContents]
) -> None:
    window, contents = window_with_workshop
    window.resize(QSize(1366, 768))
    window.show()
    window.open_workshop(contents.workshop.id)
    view = window.workshop_view
    assert view is not None
    steps = steps_for(contents.workshop.variant)
    view.go_to(steps[-1])  # every step before it visited, some with a line of what is missing
    problems = []
    for width in range(200, 330, 3):
        view.ui.main_splitter.setSizes([width, 1366 - width - 250, 250])
        settle()
        problems += [f"{view.ui.step_list.width()} px: {p}" for p in _cut_items(view.ui.step_list)]
    window.close()
    assert not problems, "\n".join(problems)
