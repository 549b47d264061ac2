"""The edges of check boxes, spin boxes, drop-down lists, fields and date fields stand out from
the window at 3:1 or more in every theme (WCAG 2.1 1.4.11), measured on the drawn pixels; Fusion's
own light edge is about 2:1."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QSpinBox,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from hallbar_desktop.domain import palette
from hallbar_desktop.ui.keyboard_focus import FocusRingStyle
from hallbar_desktop.ui.theme import apply_theme
from tests.ui.conftest import settle

COMPONENT_MINIMUM = 3.0
# How far into a control its edge is looked for: Fusion's edge is its outermost pixel or two.
_EDGE_DEPTH = 3


@pytest.fixture
def fusion_with_edges(qapp: QApplication) -> Iterator[QApplication]:
    if not isinstance(qapp.style(), FocusRingStyle):
        qapp.setStyle(FocusRingStyle("Fusion"))
    yield qapp
    apply_theme(qapp, palette.LIGHT)


def _controls(qtbot) -> tuple[QWidget, list[QWidget]]:  # type: ignore[no-untyped-def]
    form = QWidget()
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    choices = QComboBox()
    choices.addItems(["Halvdag", "Heldag"])
    editable = QComboBox()
    editable.setEditable(True)
    editable.addItem("Region Exempelland")
    date_field = QDateEdit(QDate(2026, 11, 21))
    controls: list[QWidget] = [
        QCheckBox("Visa deltagarnas namn"),
        QSpinBox(),
        choices,
        editable,
        QLineEdit("Hållbarhetsbedömning"),
        date_field,
    ]
    for control in controls:
        layout.addWidget(control)
    form.resize(320, 300)
    form.show()
    settle()
    return form, controls


def _outline(control: QWidget) -> QRect:
    """Where the control's edge is drawn, in the control: the box of a check box, else the
    control itself."""
    if isinstance(control, QCheckBox):
        option = QStyleOptionButton()
        control.initStyleOption(option)
        return control.style().subElementRect(
            QStyle.SubElement.SE_CheckBoxIndicator, option, control
        )
    return control.rect()


def _edge_contrast(shot: QImage, box: QRect, background: str) -> float:
    """The least, over the box's left and top sides, of the strongest contrast with
    ``background`` among the outermost pixels of that side."""
    middle = box.center()
    sides = [
        [shot.pixelColor(box.left() + i, middle.y()) for i in range(_EDGE_DEPTH)],
        [shot.pixelColor(middle.x(), box.top() + i) for i in range(_EDGE_DEPTH)],
    ]
    return min(
        max(palette.contrast_ratio(pixel.name(), background) for pixel in side) for side in sides
    )


@pytest.mark.parametrize(
    "theme", [palette.LIGHT, palette.DARK, palette.HIGH_CONTRAST], ids=lambda t: t.code
)
def test_every_control_edge_stands_out_from_the_window(
    fusion_with_edges: QApplication, qtbot, theme: palette.Theme
) -> None:  # type: ignore[no-untyped-def]
    apply_theme(fusion_with_edges, theme)
    form, controls = _controls(qtbot)
    shot = form.grab().toImage()
    weak = {}
    for control in controls:
        box = _outline(control).translated(control.pos())
        # What is drawn just outside the control: the window, as the edge is seen against it.
        background = shot.pixelColor(box.left() - 2, box.center().y()).name()
        assert background == QColor(theme.window).name()
        ratio = _edge_contrast(shot, box, background)
        if ratio < COMPONENT_MINIMUM:
            weak[type(control).__name__] = round(ratio, 2)
    assert weak == {}


@pytest.mark.parametrize("theme", [palette.LIGHT, palette.DARK], ids=lambda t: t.code)
def test_a_disabled_control_keeps_a_quieter_edge(
    fusion_with_edges: QApplication, qtbot, theme: palette.Theme
) -> None:  # type: ignore[no-untyped-def]
    apply_theme(fusion_with_edges, theme)
    form, controls = _controls(qtbot)
    enabled_shot = form.grab().toImage()
    field = controls[4]
    field.setEnabled(False)
    settle()
    disabled_shot = form.grab().toImage()
    box = field.geometry()
    window = theme.window
    assert _edge_contrast(disabled_shot, box, window) < _edge_contrast(enabled_shot, box, window)


def test_a_tables_header_is_drawn_with_the_control_edge(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QStyleFactory, QTableWidget

    from hallbar_desktop.ui.application_setup import configure_application
    from hallbar_desktop.ui.keyboard_focus import ItemViewStyle

    app = QApplication.instance()
    configure_application(app)  # type: ignore[arg-type]
    apply_theme(app, palette.LIGHT)  # type: ignore[arg-type]
    fusion = QStyleFactory.create("Fusion")
    tables = [QTableWidget(2, 3), QTableWidget(2, 3)]
    for table in tables:
        table.setHorizontalHeaderLabels(["Nr", "Rubrik", "Status"])
        table.resize(360, 120)
        qtbot.addWidget(table)
    tables[1].setStyle(fusion)
    tables[1].horizontalHeader().setStyle(fusion)
    for table in tables:
        table.show()
    settle()
    header = tables[0].horizontalHeader()
    assert isinstance(header.style(), ItemViewStyle)  # given as it was polished

    def bottom_edge(table: QTableWidget) -> QColor:
        shot = table.horizontalHeader().grab().toImage()
        x = table.horizontalHeader().sectionSize(0) // 2
        return min(
            (shot.pixelColor(x, y) for y in range(shot.height() - _EDGE_DEPTH, shot.height())),
            key=lambda c: c.lightness(),
        )

    ours, fusions = bottom_edge(tables[0]), bottom_edge(tables[1])
    assert ours.lightness() < fusions.lightness()
