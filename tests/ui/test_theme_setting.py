"""Arkiv › Tema and Textstorlek take effect at once and are remembered; one module styles."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel

import hallbar_desktop
from hallbar_desktop.domain import palette
from hallbar_desktop.ui.main_window import MainWindow
from hallbar_desktop.ui.style_sheet import PROBLEM, set_text_role
from hallbar_desktop.ui.theme import apply_choice, apply_text_size, current_theme
from hallbar_desktop.ui.ui_settings import UiSettings

UI = Path(hallbar_desktop.__file__).parent / "ui"
STYLE_MODULE = UI / "style_sheet.py"


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    apply_choice(qapp, "light")
    apply_text_size(qapp, 100)


def _settings(folder: Path) -> UiSettings:
    return UiSettings(QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat))


def test_a_chosen_theme_shows_at_once_in_an_open_window_and_is_remembered(
    app: QApplication, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(None, None, _settings(tmp_path))
    qtbot.addWidget(window)
    problem = QLabel("Saknar ansvarig", window)
    set_text_role(problem, PROBLEM)
    window.show()

    window.choose_theme("dark")
    app.processEvents()

    assert current_theme(app) is palette.DARK
    assert window.palette().color(QPalette.ColorRole.Window).name().upper() == palette.DARK.window
    problem.ensurePolished()
    shown = problem.palette().color(QPalette.ColorRole.WindowText).name().upper()
    assert shown == palette.DARK.problem_text
    again = MainWindow(None, None, _settings(tmp_path))
    qtbot.addWidget(again)
    checked = [a.data() for a in again.theme_actions.actions() if a.isChecked()]
    assert checked == ["dark"]


def test_follow_the_system_is_the_default_and_follows_its_changes(
    app: QApplication, tmp_path: Path
) -> None:
    assert _settings(tmp_path).theme() == "system"
    apply_choice(app, "system")
    system_turns = app.styleHints().colorSchemeChanged  # as the desktop says when it turns
    system_turns.emit(Qt.ColorScheme.Dark)
    assert current_theme(app) is palette.DARK
    system_turns.emit(Qt.ColorScheme.Light)
    assert current_theme(app) is palette.LIGHT
    apply_choice(app, "high_contrast")  # a theme of its own: the system no longer counts
    system_turns.emit(Qt.ColorScheme.Dark)
    assert current_theme(app) is palette.HIGH_CONTRAST


def test_a_larger_text_size_grows_text_and_headings_at_once_and_is_remembered(
    app: QApplication, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(None, None, _settings(tmp_path))
    qtbot.addWidget(window)
    body = QLabel("Text", window)
    heading = QLabel("Rubrik", window)
    larger = QFont(heading.font())
    larger.setPointSizeF(larger.pointSizeF() * 1.5)
    heading.setFont(larger)
    body_points, heading_points = body.font().pointSizeF(), heading.font().pointSizeF()

    window.choose_text_size(150)
    app.processEvents()

    assert body.font().pointSizeF() == pytest.approx(body_points * 1.5)
    assert heading.font().pointSizeF() == pytest.approx(heading_points * 1.5)
    assert _settings(tmp_path).text_size() == 150
    window.choose_text_size(100)
    app.processEvents()
    assert heading.font().pointSizeF() == pytest.approx(heading_points)


_COMMENT = re.compile(r"(^|\s)# .*$")
# A light colour by its palette name (the themes themselves are fine: LIGHT, DARK, ...).
_COLOUR_IN_CODE = re.compile(
    r"#[0-9A-Fa-f]{6}\b|\bpalette\.(?!(?:LIGHT|DARK|HIGH_CONTRAST|THEMES)\b)[A-Z][A-Z_]+\b"
)


def test_no_ui_module_but_the_style_module_sets_a_style_sheet_or_a_fixed_colour() -> None:
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        if path == STYLE_MODULE or "generated" in path.parts or "charts" in path.parts:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = _COMMENT.sub("", line)
            if "setStyleSheet(" in code or _COLOUR_IN_CODE.search(code):
                offenders.append(f"{path.relative_to(UI)}:{number}: {line.strip()}")
    assert offenders == []
