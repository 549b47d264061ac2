"""The one place the domain reads the wall clock, so rules can be tested with a fixed time."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_now() -> datetime:
    # Microseconds are dropped so a stored and reloaded timestamp compares equal on every back end.
    return datetime.now(UTC).replace(microsecond=0)
