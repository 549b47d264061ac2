"""Gul is the palette's one yellow on the prerequisites page, in the charts, workbook and PDF."""

from __future__ import annotations

import base64
import re
import zlib
from pathlib import Path

import openpyxl
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from hallbar_desktop import paths
from hallbar_desktop.domain import palette
from hallbar_desktop.domain.choices import Area, TrafficLight
from hallbar_desktop.domain.summary import summarize
from hallbar_desktop.export.workbook import write_workshop_workbook
from hallbar_desktop.export.workshop_report import write_workshop_report
from hallbar_desktop.ui.charts.answer_colours import LIGHT_FILL, SCALE_FILL
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.pages.prerequisites_page import PrerequisitesPage
from hallbar_desktop.ui.pages.summary_page import light_html
from tests.conftest import TODAY
from tests.export.conftest import SETTINGS

GUL = palette.TRAFFIC_LIGHT[TrafficLight.YELLOW].fill


def _fill_of(widget: QWidget) -> str:
    """The colour just inside the widget's left edge, where its background shows."""
    image = widget.grab().toImage()
    return image.pixelColor(6, image.height() // 2).name().upper()


def _workbook_fills(xlsx: Path) -> dict[str, set[str]]:
    """For each light's word, the fills the workbook's rules give a cell that holds it."""
    fills: dict[str, set[str]] = {}
    for sheet in openpyxl.load_workbook(xlsx).worksheets:
        for cells in sheet.conditional_formatting:
            for rule in cells.rules:
                word = re.search(r'="([^"]+)"', rule.formula[0])
                assert word is not None
                fills.setdefault(word.group(1), set()).add("#" + rule.dxf.fill.fgColor.rgb[2:])
    return fills


def _pdf_fills(pdf: Path) -> set[str]:
    """Every fill colour ("r g b rg") the report's pages and drawings paint with."""
    data = pdf.read_bytes()
    fills = set()
    for head, body in re.findall(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        if b"ASCII85Decode" in head:
            body = body.strip()
            body = base64.a85decode(body if body.startswith(b"<~") else b"<~" + body, adobe=True)
        if b"FlateDecode" in head:
            body = zlib.decompress(body)
        for rgb in re.findall(rb"([\d.]+) ([\d.]+) ([\d.]+) rg", body):
            fills.add("#" + "".join(f"{round(float(c) * 255):02X}" for c in rgb))
    return fills


def test_gul_is_one_yellow_on_screen_in_the_workbook_and_in_the_report(
    qtbot,
    empty_workshop: OpenWorkshop,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    page = PrerequisitesPage(empty_workshop)
    qtbot.addWidget(page)
    page.show()
    group = page.groups[Area.LEARNING]
    row = next(iter(group.rows.values()))
    button = row.chooser.buttons[TrafficLight.YELLOW]
    button.click()
    assert _fill_of(button) == GUL
    assert f"background-color: {GUL};" in group.light_label.text()  # the area's "Gul 1"

    # The results charts and the summary page take the same entry, which answer 3 shares.
    assert LIGHT_FILL[TrafficLight.YELLOW] == SCALE_FILL[3] == QColor(GUL)
    assert f"background-color: {GUL};" in light_html(TrafficLight.YELLOW)

    summary = summarize(empty_workshop.service.contents(empty_workshop.workshop_id), TODAY)
    xlsx, pdf = tmp_path / "w.xlsx", tmp_path / "w.pdf"
    write_workshop_workbook(summary, xlsx, SETTINGS)
    write_workshop_report(summary, pdf, SETTINGS, paths.fonts_dir())
    workbook_fills = _workbook_fills(xlsx)
    for light, swatch in palette.TRAFFIC_LIGHT.items():
        assert workbook_fills[light.label] == {swatch.fill}
    assert GUL in _pdf_fills(pdf)
