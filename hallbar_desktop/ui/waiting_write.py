"""A write from the window that never stalls it on a busy file: brief tries, waiting in between."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from hallbar_desktop.domain.errors import HallbarError

if TYPE_CHECKING:
    # Only named here: the window shell imports this module before the services have loaded.
    from hallbar_desktop.services.workshop_service import WorkshopService

R = TypeVar("R")

# How long one try of a write may keep the window waiting for another program (a sync client,
# an antivirus) to let go of the file. Longer waits happen between tries, with the window
# drawing and saying why (ui/dialogs/file_wait.py).
BRIEF_WAIT_SECONDS = 0.25


def write_with_waiting(
    service: WorkshopService,
    call: Callable[[], R],
    wait_for_file: Callable[[HallbarError, float], bool] | None,
    rolled_back: Callable[[], None] | None = None,
) -> R:
    """Run ``call`` as one transaction whose tries each wait only briefly for the file. When a
    try meets a fault worth trying again (the file busy, gone with its USB stick, a disk that
    does not answer), ``wait_for_file(error, seconds waited)`` decides whether to try again
    (None: never); ``rolled_back`` runs after every try that did not commit."""
    started = time.monotonic()
    while True:
        try:
            with service.batch(wait_seconds=BRIEF_WAIT_SECONDS):
                return call()
        except HallbarError as error:
            if rolled_back is not None:
                rolled_back()
            if not error.retryable or wait_for_file is None:
                raise
            if not wait_for_file(error, time.monotonic() - started):
                raise
        except BaseException:
            if rolled_back is not None:
                rolled_back()
            raise
