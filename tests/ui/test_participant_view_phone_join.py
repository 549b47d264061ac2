"""The projector shows the QR code, address and code while phones may join (F7), and no longer."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from hallbar_desktop.domain import palette
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.phone_answers.phone_answers import PhoneAnswers
from hallbar_desktop.ui.room_state import ScreenMode
from hallbar_desktop.ui.theme import apply_theme
from tests.ui.test_participant_view import open_view


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[QApplication]:
    before = qapp.palette()
    apply_theme(qapp, palette.DARK)
    yield qapp
    apply_theme(qapp, palette.LIGHT)
    qapp.setPalette(before)


def _lightness(image: QImage, x: int, y: int) -> int:
    return QColor(image.pixel(x, y)).lightness()


def test_the_projector_shows_how_to_join_while_the_server_is_on(
    qtbot, dark: QApplication, empty_workshop: OpenWorkshop
) -> None:
    room, _timer, view = open_view(qtbot, empty_workshop)
    assert not view.join_panel.isVisible()
    phones = PhoneAnswers(empty_workshop, room_screen=room)
    phones.start("127.0.0.1", "sv", None)
    try:
        server = phones.server
        assert server is not None
        assert view.join_panel.isVisible()
        assert view.join_address_label.text() == server.url
        assert view.join_code_label.text() == f"Kod: {server.room.join_code}"
        assert view.join_qr.renderer().isValid()
        # Dark on light with a light margin, though the theme is dark.
        side = view.join_qr.width()
        assert side >= 200
        image = view.join_qr.grab().toImage()
        assert _lightness(image, 2, 2) > 240 and _lightness(image, side - 3, side - 3) > 240
        middle = [_lightness(image, x, side // 2) for x in range(side)]
        assert min(middle) < 20
        # A pause hides the step screen and the panel with it; back on the step it returns.
        room.set_mode(ScreenMode.PAUSE)
        assert not view.join_panel.isVisible()
        room.set_mode(ScreenMode.STEP)
        assert view.join_panel.isVisible()
    finally:
        phones.stop()
    assert not view.join_panel.isVisible()
    assert room.phone_join is None
