"""An error raised in a process of the program's own reaches the window whole (pickled)."""

from __future__ import annotations

import pickle
from datetime import datetime
from pathlib import Path

import pytest

from hallbar_desktop.domain import errors
from hallbar_desktop.domain.errors import HallbarError


@pytest.mark.parametrize(
    "error",
    [
        errors.HallbarError("export_no_target"),
        errors.ValidationError("targets", "export_same_file", path="a.xlsx"),
        errors.ExportTargetError(Path("/tmp/x.xlsx"), "target_folder_missing"),
        errors.DatabaseReadOnlyError(Path("/tmp/db.sqlite3"), folder=True),
        errors.DatabaseInUseError(
            Path("/tmp/db.sqlite3"),
            lock_path=Path("/tmp/db.lock"),
            host="dator",
            user="anna",
            pid=12,
            since=datetime(2026, 12, 5, 10, 0),
        ),
        errors.DatabaseTooNewError(Path("/tmp/db.sqlite3"), 9, 6),
        errors.NotFoundError("workshop_gone"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_an_error_comes_back_from_pickle_as_it_was(error: HallbarError) -> None:
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is type(error)
    assert again.code == error.code and again.params == error.params
    assert again.args == error.args and str(again) == str(error)
    assert vars(again) == vars(error)
    assert again.retryable == error.retryable
