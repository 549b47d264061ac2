"""A process of this program's own on a pipe: started, its stderr kept for why it failed, ended."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
from typing import BinaryIO


def child_command(argument: str) -> list[str]:
    """How this program starts itself with the hidden first ``argument`` (__main__.py); a
    frozen bundle has no `-m`, so the child is the program itself."""
    if getattr(sys, "frozen", False):
        return [sys.executable, argument]
    return [sys.executable, "-m", "hallbar_desktop", argument]


class ChildProcess:
    """One child with pipes to its stdin and stdout; subclasses ask it and read its answer.
    A child that cannot start is ended at once with ``why_not`` saying why."""

    def __init__(self, command: list[str]) -> None:
        self.why_not: str | None = None
        # What it says on stderr is kept for why_not, in a file: a pipe nobody read while this
        # process works would stop the child once full.
        self._stderr = tempfile.TemporaryFile()  # noqa: SIM115 - closed by end()
        self._process: subprocess.Popen[bytes] | None = None
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0) if sys.platform == "win32" else 0
        try:
            self._process = subprocess.Popen(
                command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=self._stderr,
                creationflags=flags,
            )
        except (OSError, ValueError) as error:
            self.why_not = f"not started: {error}"
            self.end()

    def alive(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def said(self) -> str:
        """The end of what the child wrote on stderr (a traceback's last lines)."""
        with contextlib.suppress(OSError, ValueError):
            self._stderr.seek(0)
            return self._stderr.read()[-2000:].decode(errors="replace").strip()
        return ""

    def end(self) -> None:
        """Stop the child if it still runs and let go of its pipes and its stderr's file."""
        process, self._process = self._process, None
        if process is not None:
            with contextlib.suppress(OSError):
                process.kill()
            with contextlib.suppress(OSError, subprocess.TimeoutExpired):
                process.wait(timeout=10)
            for pipe in (process.stdin, process.stdout):
                if pipe is not None:
                    with contextlib.suppress(OSError):
                        pipe.close()
        self._stderr.close()


def answer_pipe() -> BinaryIO:
    """In the child: standard output, the parent's pipe, kept for the answer alone; anything
    else written there, by print or by a library straight to the descriptor, goes to stderr."""
    sys.stdout.flush()
    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    sys.stdout = sys.stderr
    return out
