"""`python -m hallbar_desktop`: the same as the `hallbar` command."""

from __future__ import annotations

import sys

from hallbar_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
