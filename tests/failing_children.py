"""Commands that stand in for a helper process of the program's own and fail in each way."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# Each says "trasig" on stderr when it says anything, for the test to find in why_not.
FAILING_CHILDREN = pytest.mark.parametrize(
    "command",
    [
        [sys.executable, "-c", "import sys; sys.stderr.write('trasig'); sys.exit(3)"],
        [sys.executable, "-c", "import sys; sys.stdin.read(); sys.stdout.write('skräp')"],
        [str(Path(sys.executable).parent / "no-such-program")],
    ],
    ids=["ends-with-an-error", "answers-nonsense", "cannot-start"],
)
