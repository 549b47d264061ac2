"""Appending an edit's changes to its workshop's audit log, in the edit's own transaction."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from uuid import UUID

from hallbar_desktop.domain.audit import (
    LOGGED_STATUSES,
    AuditChange,
    new_entries,
    this_user_and_computer,
)
from hallbar_desktop.domain.clock import utc_now
from hallbar_desktop.services.ports import WorkshopRepository


class AuditTrail:
    """Logs the edits of a workshop marked Genomförd or later: who (``editor()``, asked once),
    when (``clock()``) and what, chained to the entries before."""

    def __init__(
        self,
        clock: Callable[[], datetime] = utc_now,
        editor: Callable[[], tuple[str, str]] = this_user_and_computer,
    ) -> None:
        self._clock = clock
        self._editor = editor
        self._user_and_computer: tuple[str, str] | None = None

    def log(
        self,
        repo: WorkshopRepository,
        workshop_id: UUID,
        changes: Iterable[AuditChange],
        *,
        held_before: bool = False,
    ) -> None:
        """Append ``changes`` to the workshop's chain when the workshop is Genomförd or later
        (or was, before this edit): two statements, however large the workshop."""
        changes = tuple(changes)
        if not changes:
            return
        status, chain, last_seq, last_hash = repo.audit_head(workshop_id)
        if status not in LOGGED_STATUSES and not held_before:
            return
        if chain is None:
            chain = repo.new_chain()
        if self._user_and_computer is None:
            self._user_and_computer = self._editor()
        user, computer = self._user_and_computer
        entries = new_entries(
            workshop_id,
            chain,
            last_seq,
            last_hash,
            changes,
            at=self._clock(),
            user=user,
            computer=computer,
        )
        repo.append_audit(entries)
