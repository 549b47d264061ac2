"""The dialog before any window: "Försök igen" where trying again can help, never "restore"."""

from __future__ import annotations

from pathlib import Path

import pytest

from hallbar_desktop.domain.errors import (
    DatabaseDamagedError,
    DatabaseInUseError,
    DatabaseLockedError,
    DatabaseUnavailableError,
    HallbarError,
)
from hallbar_desktop.error_messages import message as error_message
from hallbar_desktop.ui.dialogs.database_problem_dialog import DatabaseProblemDialog

FILE = Path("/media/usb/workshoppar.sqlite3")


@pytest.mark.parametrize(
    ("error", "retry"),
    [
        (DatabaseInUseError(FILE, lock_path=FILE.with_suffix(".lock")), True),
        (DatabaseLockedError(FILE), True),
        (DatabaseUnavailableError(FILE), True),
        (DatabaseDamagedError(FILE), False),
    ],
)
def test_try_again_is_offered_where_it_can_help(qtbot, error: HallbarError, retry: bool) -> None:  # type: ignore[no-untyped-def]
    dialog = DatabaseProblemDialog(error, offer_restore=False)
    qtbot.addWidget(dialog)
    labels = [b.text() for b in dialog.buttons()]
    assert ("Försök igen" in labels) is retry
    assert dialog.text() == error_message(error)
