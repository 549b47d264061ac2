"""The participant page's address as a QR code, dark on light with its quiet zone in any theme."""

from __future__ import annotations

import io

from PySide6.QtCore import QByteArray

from hallbar_desktop.domain.palette import QR_DARK, QR_LIGHT

# The standard's quiet zone: four modules of light round the code.
QUIET_ZONE_MODULES = 4


def join_qr_svg(url: str) -> QByteArray:
    """An SVG for Qt's SVG renderer; segno is imported only when a code is drawn."""
    import segno

    drawn = io.BytesIO()
    segno.make(url, error="m").save(
        drawn, kind="svg", scale=4, border=QUIET_ZONE_MODULES, dark=QR_DARK, light=QR_LIGHT
    )
    return QByteArray(drawn.getvalue())
