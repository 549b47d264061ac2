"""`python -m hallbar_desktop` and the `hallbar` command: the window starts without cli.py."""

from __future__ import annotations

import sys
from collections.abc import Sequence

# The window starts the phones' server as this program with this hidden first argument
# (room_server/room_process.py's CHILD_ARGUMENT; not imported here, to keep the start light).
ROOM_PROCESS_ARGUMENT = "_room-process"
# A large roll-up reads part of its workshops in such a child (summary_process.py), and the
# window's exports are written by one (export_process.py).
SUMMARIES_PART_ARGUMENT = "_summaries-part"
EXPORT_PROCESS_ARGUMENT = "_export-process"


def main(argv: Sequence[str] | None = None) -> int:
    """The window's start goes straight to the window; everything else (a subcommand, --help,
    a mistake, and a first start, which says where it made the database) goes through the
    command line's module, whose parser, catalogue and message table cost some 20 ms of CPU
    before the window could be shown. A failed start is reported by it as it would have."""
    from hallbar_desktop.window_start_options import window_start_options

    arguments = sys.argv[1:] if argv is None else list(argv)
    if arguments[:1] == [ROOM_PROCESS_ARGUMENT]:
        from hallbar_desktop.room_child import main as serve_the_window

        return serve_the_window()
    if arguments[:1] == [SUMMARIES_PART_ARGUMENT]:
        from hallbar_desktop.summary_process import child_main

        return child_main()
    if arguments[:1] == [EXPORT_PROCESS_ARGUMENT]:
        from hallbar_desktop.export_process import child_main as export_for_the_window

        return export_for_the_window()
    options = window_start_options(arguments)
    if options is None or (options.db is None and not _default_database_exists()):
        from hallbar_desktop.cli import main as command

        return command(arguments)
    from hallbar_desktop.app import run_gui

    try:
        return run_gui(options.db, workshop_id=options.workshop)
    except (Exception, KeyboardInterrupt) as error:
        from hallbar_desktop.cli import window_start_failed

        return window_start_failed(error, options.command_language)


def _default_database_exists() -> bool:
    from hallbar_desktop.paths import default_database_path

    return default_database_path().exists()


if __name__ == "__main__":
    sys.exit(main())
