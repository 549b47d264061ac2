"""Resultat och samtal: the same numbers as the domain, charts that draw, and group scores kept."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QPoint
from PySide6.QtGui import QImage, QRegion
from PySide6.QtWidgets import QWidget

from hallbar_desktop.domain.readiness import dimension_results
from hallbar_desktop.ui.charts.answer_colours import decimal_text, median_text
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.pages.results_page import ResultsPage

SWEDISH = QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)


def _page(qtbot, workshop: OpenWorkshop) -> ResultsPage:  # type: ignore[no-untyped-def]
    QLocale.setDefault(SWEDISH)
    page = ResultsPage(workshop)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.refresh()
    return page


def _stored_score(workshop: OpenWorkshop, code: str):  # type: ignore[no-untyped-def]
    contents = workshop.service.contents(workshop.workshop_id)
    return next((g for g in contents.group_scores if g.dimension_code == code), None)


def test_the_page_shows_the_domains_means_and_medians_with_a_decimal_comma(
    qtbot,
    demo_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, demo_workshop)
    c = demo_workshop.contents
    expected = dimension_results(c.template, c.ratings, c.group_scores)
    assert not page.ui.empty_label.isVisible()
    readiness_lines = page.ui.readiness_chart.lines()
    readiness = [d for d in expected if d.dimension.in_readiness]
    assert len(readiness_lines) == len(readiness) == 5
    for line, result in zip(readiness_lines, readiness, strict=True):
        assert f"medelvärde {decimal_text(result.mean)}" in line
        assert result.stats.light is not None and result.stats.light.label in line
    assert any("," in decimal_text(d.mean) for d in expected)
    for result in expected:
        section = page.sections[result.dimension.code]
        summary = section.summary_label.text()
        assert f"Medelvärde {decimal_text(result.mean)}" in summary
        assert f"median {median_text(result.stats.median)}" in summary
        for line, statement in zip(section.chart.lines(), result.statements, strict=True):
            assert line.startswith(f"{statement.statement.code}: Median ")
            assert f"Median {median_text(statement.stats.median)}" in line
            assert ("Stor spridning – diskutera" in line) == statement.stats.large_spread
    exposure = [d for d in expected if not d.dimension.in_readiness]
    assert [line.split(":")[0] for line in page.ui.exposure_chart.lines()] == [
        f"{d.dimension.code} {d.dimension.label}" for d in exposure
    ]
    assert "riskprofil" in page.sections[exposure[0].dimension.code].heading_label.text()


def test_charts_render_into_an_image(qtbot, demo_workshop: OpenWorkshop) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, demo_workshop)
    charts = [page.ui.readiness_chart, page.ui.exposure_chart]
    charts += [s.chart for s in page.sections.values()]
    for chart in charts:
        assert chart.height() > 0 and chart.width() > 0
        image = QImage(chart.size(), QImage.Format.Format_ARGB32)
        image.fill(0xFFFFFFFF)
        # Without the window background, so whatever is not white was drawn by the chart.
        chart.render(image, QPoint(), QRegion(), QWidget.RenderFlag.DrawChildren)
        assert any(
            image.pixel(x, y) != 0xFFFFFFFF
            for x in range(0, image.width(), 7)
            for y in range(0, image.height(), 5)
        )
    assert not page.grab().isNull()


def test_group_score_and_comment_are_stored_and_undo_redo_restore_them(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, empty_workshop)
    assert page.ui.empty_label.isVisible()
    assert not page.ui.results_scroll.isVisible()
    section = page.sections["A"]
    section.score_combo.setCurrentIndex(section.score_combo.findData(4))
    stored = _stored_score(empty_workshop, "A")
    assert stored is not None and stored.score == 4 and stored.comment == ""

    section.comment_edit.setPlainText("Vi är överens – men inte om tempot")
    section.comment_edit.commit()
    stored = _stored_score(empty_workshop, "A")
    assert (stored.score, stored.comment) == (4, "Vi är överens – men inte om tempot")

    empty_workshop.undo_stack.undo()
    stored = _stored_score(empty_workshop, "A")
    assert (stored.score, stored.comment) == (4, "")
    assert section.comment_edit.toPlainText() == ""
    empty_workshop.undo_stack.undo()
    stored = _stored_score(empty_workshop, "A")
    assert stored is None or stored.score is None
    assert section.score_combo.currentData() is None

    empty_workshop.undo_stack.redo()
    empty_workshop.undo_stack.redo()
    stored = _stored_score(empty_workshop, "A")
    assert (stored.score, stored.comment) == (4, "Vi är överens – men inte om tempot")
    assert section.score_combo.currentData() == 4
    assert section.comment_edit.toPlainText() == "Vi är överens – men inte om tempot"


def test_the_demo_group_scores_are_shown(qtbot, demo_workshop: OpenWorkshop) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, demo_workshop)
    for score in demo_workshop.contents.group_scores:
        section = page.sections[score.dimension_code]
        assert section.score_combo.currentData() == score.score
        assert section.comment_edit.toPlainText() == score.comment
