"""The participant page's address as a QR code in SVG, dark on light with its quiet zone."""

from __future__ import annotations

import io

from hallbar_desktop.domain.palette import QR_DARK, QR_LIGHT

# The standard's quiet zone: four modules of light round the code.
QUIET_ZONE_MODULES = 4


def join_qr_svg(url: str) -> str:
    """The code as SVG text, in the same colours in any theme. Drawn in the server's process
    and handed to the window with the address: segno's modules (urllib, http, email and ssl
    among them, 21 ms) then never load in the window, where loading them on a thread as F7
    opened held its painting."""
    import segno

    drawn = io.BytesIO()
    segno.make(url, error="m").save(
        drawn, kind="svg", scale=4, border=QUIET_ZONE_MODULES, dark=QR_DARK, light=QR_LIGHT
    )
    return drawn.getvalue().decode("utf-8")
