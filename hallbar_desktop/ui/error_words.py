"""An error's sentence in the language the window speaks, from the one message table."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hallbar_desktop.domain.data_problems import DataProblem, replaced_value

if TYPE_CHECKING:
    from hallbar_desktop.domain.errors import HallbarError


def error_text(error: HallbarError) -> str:
    """What ``error`` means, in the language the window speaks."""
    # Imported when first needed: the main window is made before the table and gettext are,
    # so that it is on screen sooner (tests/ui/test_app_start.py).
    from hallbar_desktop.error_messages import message
    from hallbar_desktop.ui.application_setup import current_language

    return message(error, current_language())


def shown_instead(problems: tuple[DataProblem, ...], record: str, field: str) -> str | None:
    """What a list shows for a field whose stored value the program replaced by a stand-in, in
    the language the window speaks; None when the field is fine."""
    if replaced_value(problems, record, field) is None:
        # Most workshops have no problem: the message table is not read for them.
        return None
    from hallbar_desktop.error_messages import shown_instead as worded
    from hallbar_desktop.ui.application_setup import current_language

    return worded(problems, record, field, current_language())


def field_label(field: str) -> str:
    """A stored field's name as the pages call it, in the language the window speaks."""
    from hallbar_desktop.error_messages import data_field_label
    from hallbar_desktop.ui.application_setup import current_language

    return data_field_label(field, current_language())
