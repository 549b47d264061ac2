"""Part of a large roll-up read and summed up in a second process of this program's own."""

from __future__ import annotations

import contextlib
import json
import os
import pickle
import sys
from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any
from uuid import UUID

from hallbar_desktop.child_process import ChildProcess, answer_pipe, child_command
from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.database_address import HelperAccess, ServerAddress
from hallbar_desktop.domain.summary import WorkshopSummary

# The program's hidden first argument that makes it this helper (__main__.py).
CHILD_ARGUMENT = "_summaries-part"
# A roll-up of fewer workshops is done faster in one process than a second one starts: the
# helper's start costs some 0,3 s of a core, reading and summing up a workshop some 5 ms.
WORKSHOPS_WORTH_A_HELPER = 120
# The helper starts later than this process's own reading (it imports and opens the database
# first) and hands its summaries over, which this process waits for and unpickles; on the
# national roll-up a share of 0,56 here ended soonest (0,52 and 0,6 to 0,64 were slower, from
# a file and from the server alike).
OWN_SHARE = 0.56


def helper_worth_starting() -> bool:
    """A second process helps only on a machine with a second core for it."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Windows or macOS
        cores = os.cpu_count() or 1
    return cores >= 2


# --- the summaries on the pipe -------------------------------------------------------------


def packed(summaries: Sequence[WorkshopSummary]) -> bytes:
    """The summaries as bytes for the pipe (each workshop's answers go as three columns of
    plain values: PseudonymousRatings)."""
    return pickle.dumps(list(summaries), protocol=pickle.HIGHEST_PROTOCOL)


def unpacked(data: bytes) -> list[WorkshopSummary]:
    """packed's summaries as they were."""
    summaries = pickle.loads(data)  # only our own child's pipe, see SummaryHelper
    if not isinstance(summaries, list) or not all(
        isinstance(s, WorkshopSummary) for s in summaries
    ):
        raise ValueError("not a list of summaries")
    return summaries


# --- this process's end --------------------------------------------------------------------


class SummaryHelper:
    """Starts the helper for the workshops given (the export service's SummariesElsewhere).

    ``ahead`` starts one process at once, for a command that will most likely ask for it (a
    roll-up of the whole database): it imports while this process opens the database and
    picks the workshops, and waits for its request before it opens the database itself (which
    this process may first upgrade). close() ends it if it was not asked. Only this program's
    own child, started here with a pipe to it, is ever unpickled from."""

    def __init__(self, command: list[str] | None = None, *, ahead: bool = False) -> None:
        self._command = command or child_command(CHILD_ARGUMENT)
        self._ahead = HelperPart(self._command) if ahead else None

    @contextlib.contextmanager
    def start(
        self,
        access: HelperAccess,
        workshop_ids: Sequence[UUID],
        today: date,
        without_personal_data: bool,
    ) -> Iterator[HelperPart]:
        part, self._ahead = self._ahead or HelperPart(self._command), None
        try:
            part.ask(access, workshop_ids, today, without_personal_data)
            yield part
        finally:
            part.end()

    def close(self) -> None:
        """End the process started ahead if nothing asked for it (it has opened nothing yet:
        ended at once, not waited for while it imports)."""
        part, self._ahead = self._ahead, None
        if part is not None:
            part.end()


class HelperPart(ChildProcess):
    """One helper process; summaries() waits for what it summed up."""

    def __init__(self, command: list[str]) -> None:
        self._asked: tuple[UUID, ...] = ()
        super().__init__(command)

    def ask(
        self,
        access: HelperAccess,
        workshop_ids: Sequence[UUID],
        today: date,
        without_personal_data: bool,
    ) -> None:
        """Send the request: the database (with a typed password on the pipe, never on the
        command line), the workshops, the day and whether names go."""
        if self._process is None:
            return
        self._asked = tuple(workshop_ids)
        location = access.location
        request = {
            "database": location.url if isinstance(location, ServerAddress) else str(location),
            "server": isinstance(location, ServerAddress),
            "password": access.password,
            "ids": [str(i) for i in workshop_ids],
            "today": today.isoformat(),
            "without_personal_data": without_personal_data,
        }
        try:
            assert self._process.stdin is not None
            self._process.stdin.write(json.dumps(request).encode() + b"\n")
            self._process.stdin.close()
        except (OSError, ValueError) as error:
            # It ended already (summaries() then says how).
            self.why_not = f"not asked: {error}"

    def summaries(self) -> list[WorkshopSummary] | None:
        """The helper's summaries in the order asked for, or None when it could not make them
        (why_not says why; the caller then reads those workshops itself)."""
        process = self._process
        if process is None:
            return None
        assert process.stdout is not None
        try:
            data = process.stdout.read()
            code = process.wait()
        except OSError as error:
            self.why_not = f"pipe: {error}"
            self.end()
            return None
        self._process = None
        process.stdout.close()
        if code != 0 or not data:
            self.why_not = f"exit code {code}: {self.said()}"
            return None
        try:
            summaries = unpacked(data)
        except Exception as error:  # anything the pipe could hold that is not ours
            self.why_not = f"unreadable answer: {error!r}"
            return None
        # A workshop missing or out of place would silently change the roll-up.
        if tuple(s.workshop.id for s in summaries) != self._asked:
            self.why_not = "not the workshops asked for"
            return None
        return summaries


# --- the helper's end ----------------------------------------------------------------------


def _as_stored(contents: WorkshopContents) -> WorkshopContents:
    return contents


def child_main() -> int:
    """`hallbar _summaries-part`: one request on stdin, its summaries on stdout."""
    import gc

    out = answer_pipe()
    # A one-shot process that keeps everything it makes until it ends: the cycle collector
    # would only walk it again and again (the window's process is not this one).
    gc.disable()
    # Imported before the request comes: a helper started ahead does it while its parent
    # opens the database and picks the workshops.
    import hallbar_desktop.app
    import hallbar_desktop.domain.retention
    import hallbar_desktop.services.export_service
    import hallbar_desktop.storage.database
    import hallbar_desktop.storage.workshop_store  # noqa: F401

    line = sys.stdin.buffer.readline()
    if not line.strip():
        return 0  # started ahead and not needed
    try:
        request = json.loads(line)
    except ValueError:
        return 2
    if not isinstance(request, dict):
        return 2
    return serve_request(request, out)


def serve_request(request: dict[str, Any], out: Any) -> int:
    """Read, strip if asked and sum up the workshops ``request`` names and write them on
    ``out`` as packed's bytes; a workshop that cannot be read makes it end with code 1 (the
    parent then reads them itself and meets the same error the usual way)."""
    from hallbar_desktop.app import template_service
    from hallbar_desktop.domain.retention import without_personal_data
    from hallbar_desktop.services.export_service import summed_up
    from hallbar_desktop.storage.database import open_database
    from hallbar_desktop.storage.workshop_store import SqlWorkshopStore

    location: Any
    if request["server"]:
        location = ServerAddress(request["database"])
        engine = open_database(location, password=request["password"])
    else:
        from pathlib import Path

        location = Path(request["database"])
        # Read only: the helper never writes, never upgrades and needs no lock. Its parent
        # checked the file a moment ago (a whole file's check takes a fifth of a second).
        engine = open_database(location, read_only=True, checked_by_caller=True)
    try:
        store = SqlWorkshopStore(engine, location, fallback_template=template_service().builtin)
        today = date.fromisoformat(request["today"])
        ids = [UUID(i) for i in request["ids"]]
        shown = without_personal_data if request["without_personal_data"] else _as_stored
        with store.transaction(write=False) as repo:
            data = packed(summed_up(repo, ids, shown, today))
    finally:
        engine.dispose()
    out.write(data)
    out.flush()
    return 0
