"""The window's exports written by a process of the program's own, so the window never waits."""

from __future__ import annotations

import pickle
import sys
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import IO, Any
from uuid import UUID

from hallbar_desktop.child_process import ChildProcess, answer_pipe, child_command
from hallbar_desktop.domain.database_address import HelperAccess
from hallbar_desktop.domain.errors import HallbarError
from hallbar_desktop.domain.export_settings import Selection
from hallbar_desktop.services.export_service import ExportService, WrittenFiles

# The program's hidden first argument that makes it this process (__main__.py).
CHILD_ARGUMENT = "_export-process"


class ExportProcessService(ExportService):
    """ExportService whose export() runs in a process of the program's own, for the window.

    Writing a workbook and a report imports openpyxl and reportlab (300-odd modules) and makes
    hundreds of thousands of objects; on a worker thread of the window's process that held the
    interpreter in turns with the window, and the collector's passes over the new objects
    stalled it for up to 60 ms at a time (gui_max_lag_ms, docs/performance.md). Here the
    window's worker thread only waits on a pipe. ``start_ahead()`` (the export dialog opens)
    starts the process, so that it imports while the user chooses; ``stop_ahead()`` ends it
    if the dialog closes without an export. A request that cannot be pickled, or a process
    that cannot start, ends or answers nonsense, leaves the export to this process, as
    before (``why_here`` says why); an error the export raises there (a HallbarError) is
    raised here as it was."""

    def __init__(self, *args: Any, command: list[str] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._command = command or child_command(CHILD_ARGUMENT)
        self._ahead: _ExportChild | None = None
        self._mutex = threading.Lock()
        # Why the last export was written in this process after all (None: it was not).
        self.why_here: str | None = None

    def start_ahead(self) -> None:
        with self._mutex:
            if self._ahead is not None and self._ahead.alive():
                return
            dead, self._ahead = self._ahead, _ExportChild(self._command)
        if dead is not None:
            dead.end()  # its pipes, its temporary file and its exit status

    def stop_ahead(self) -> None:
        """End a process started ahead and never asked (the dialog closed without exporting):
        with the writers imported it holds some 80 MB."""
        with self._mutex:
            child, self._ahead = self._ahead, None
        if child is not None:
            child.end()

    def export(
        self,
        workshop_ids: Sequence[UUID],
        *,
        xlsx: Path | None = None,
        pdf: Path | None = None,
        csv: Path | None = None,
        include_names: bool = False,
        rollup: bool | None = None,
        selection: Selection | None = None,
        language: str = "sv",
        without_personal_data: bool | None = None,
    ) -> WrittenFiles:
        # The export's choices, as ExportService.export takes them: here or in the process.
        options: dict[str, Any] = {
            "xlsx": xlsx,
            "pdf": pdf,
            "csv": csv,
            "include_names": include_names,
            "rollup": rollup,
            "selection": selection,
            "language": language,
            "without_personal_data": without_personal_data,
        }
        request = {
            "access": self._store.helper_access(),
            "ids": tuple(workshop_ids),
            "options": options,
        }
        with self._mutex:
            child, self._ahead = self._ahead, None
        if child is None or not child.alive():
            if child is not None:
                child.end()
            child = _ExportChild(self._command)
        try:
            answer = child.ask(request)
        finally:
            # Whatever happened on the way (even an interrupt), no process is left running.
            child.end()
        self.why_here = child.why_not
        if answer is not None:
            kind, value = answer
            if kind == "refused":
                raise value
            files, unshown = value
            return WrittenFiles(files, unshown)
        return super().export(workshop_ids, **options)


class _ExportChild(ChildProcess):
    """One export process: started, asked once, ended."""

    def ask(self, request: dict[str, Any]) -> tuple[str, Any] | None:
        """The export's outcome, ("written", (files, unshown)) or ("refused", HallbarError), or
        None when the process could not give one (why_not says why)."""
        process = self._process
        if process is None:
            return None
        assert process.stdin is not None and process.stdout is not None
        try:
            asked = pickle.dumps(request, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as error:  # a value the request holds that cannot be pickled
            self.why_not = f"request: {error!r}"
            self.end()
            return None
        try:
            # The typed password of a server is in the access: on the pipe, never the command
            # line. Only our own child is ever written to or read from.
            process.stdin.write(asked)
            process.stdin.close()
            data = process.stdout.read()
            code = process.wait()
        except (OSError, ValueError) as error:
            self.why_not = f"pipe: {error}"
            self.end()
            return None
        self._process = None
        process.stdout.close()
        try:
            answer = pickle.loads(data) if code == 0 and data else None
        except Exception as error:  # anything on the pipe that is not ours
            self.why_not = f"unreadable answer: {error!r}"
            answer = None
        self._close_stderr(keep_why=answer is None)
        if not _is_outcome(answer):
            self.why_not = self.why_not or f"exit code {code}"
            return None
        return answer

    def _close_stderr(self, *, keep_why: bool) -> None:
        if keep_why and self.why_not is None:
            self.why_not = self.said() or None
        self._stderr.close()


def _is_outcome(answer: Any) -> bool:
    if not isinstance(answer, tuple) or len(answer) != 2:
        return False
    kind, value = answer
    if kind == "refused":
        return isinstance(value, HallbarError)
    if kind != "written" or not isinstance(value, tuple) or len(value) != 2:
        return False
    files, unshown = value
    return all(isinstance(f, Path) for f in files) and isinstance(unshown, Mapping)


# --- the child's end ---------------------------------------------------------------------------


def child_main() -> int:
    """`hallbar _export-process`: one pickled request on stdin, its outcome on stdout."""
    import gc

    out = answer_pipe()
    # A one-shot process of its own, as `hallbar export` is: the export's objects live until
    # it ends, and the cycle collector would only walk them again and again. The window's
    # process, whose collector this must never pause, is another one.
    gc.disable()
    # Imported before the request comes: a process started ahead does it while the user
    # chooses in the export dialog.
    import hallbar_desktop.app
    import hallbar_desktop.export.workbook
    import hallbar_desktop.export.workshop_report
    import hallbar_desktop.storage.workshop_store  # noqa: F401

    request = _request(sys.stdin.buffer)
    if request is None:
        return 0  # started ahead and not needed, or the window closed
    outcome = export_as_asked(request)
    out.write(pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL))
    out.flush()
    return 0


def _request(source: IO[bytes]) -> dict[str, Any] | None:
    data = source.read()
    if not data:
        return None
    request = pickle.loads(data)  # only from the window that started this process
    return request if isinstance(request, dict) else None


def export_as_asked(request: dict[str, Any]) -> tuple[str, Any]:
    """Open the database (read only for a file: the window holds it and writes it) and
    export as the window asked; a HallbarError is the outcome "refused"."""
    from hallbar_desktop.app import export_services_for

    access: HelperAccess = request["access"]
    try:
        with export_services_for(access) as exports:
            written = exports.export(request["ids"], **request["options"])
    except HallbarError as error:
        return ("refused", error)
    unshown = {path: dict(chars) for path, chars in written.unshown.items()}
    return ("written", (list(written), unshown))
