"""Every step page: each control a screen reader reaches has a name."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.pages.page_registry import create_page

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
)


@pytest.mark.parametrize("step", list(WorkshopStep), ids=lambda step: step.code)
def test_every_control_has_an_accessible_name(
    qtbot,
    demo_workshop: OpenWorkshop,
    step: WorkshopStep,  # type: ignore[no-untyped-def]
) -> None:
    page = create_page(step, demo_workshop)
    qtbot.addWidget(page)
    page.refresh()
    page.show()
    unnamed = []
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, CONTROLS):
            continue
        inner_editor = isinstance(widget, QLineEdit) and isinstance(
            widget.parent(), (QAbstractSpinBox, QComboBox)
        )
        # The table's header is Qt's own; its sections are named by the model's header data.
        if inner_editor or not widget.isVisibleTo(page) or widget.inherits("QHeaderView"):
            continue
        name = QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)
        if not name:
            unnamed.append(widget.objectName() or type(widget).__name__)
    assert unnamed == []
