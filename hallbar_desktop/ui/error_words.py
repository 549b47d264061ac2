"""An error's sentence in the language the window speaks, from the one message table."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hallbar_desktop.domain.errors import HallbarError


def error_text(error: HallbarError) -> str:
    """What ``error`` means, in the language the window speaks."""
    # Imported when first needed: the main window is made before the table and gettext are,
    # so that it is on screen sooner (tests/ui/test_app_start.py).
    from hallbar_desktop.error_messages import message
    from hallbar_desktop.ui.application_setup import current_language

    return message(error, current_language())
