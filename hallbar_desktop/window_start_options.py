"""The window's own start options (--db, --workshop, --language), read without the parser."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

from hallbar_desktop.text_catalogue import LANGUAGES

if TYPE_CHECKING:
    from hallbar_desktop.domain.database_address import ServerAddress

# The global options that take a value, by their names in the parsed arguments. `hallbar`
# without a subcommand (the window's start) reads only these, without the command line's
# module: its parser, subcommands, catalogue and message table cost some 20 ms of CPU before
# the window is shown.
OPTION_NAMES = {"--db": "db", "--workshop": "workshop", "--language": "command_language"}


class WindowStartOptions:
    """What the parser would have read for a start of the window."""

    __slots__ = ("command", "command_language", "db", "self_test", "workshop")

    def __init__(
        self,
        db: Path | ServerAddress | None = None,
        workshop: UUID | None = None,
        command_language: str | None = None,
    ) -> None:
        self.db = db
        self.workshop = workshop
        self.command_language = command_language
        # As the parser's namespace has them for the window: no subcommand, no self-test.
        self.command = None
        self.self_test = False


def window_start_options(arguments: Sequence[str]) -> WindowStartOptions | None:
    """The options of a start of the window (only --db, --workshop and --language, each with a
    valid value), or None for anything else: a subcommand, --help, --version, an abbreviation
    or a mistake is left to the parser, which words its message."""
    values: dict[str, object] = {}
    tokens = iter(arguments)
    for token in tokens:
        option, equals, value = token.partition("=")
        name = OPTION_NAMES.get(option)
        if name is None:
            return None
        if not equals:
            following = next(tokens, None)
            if following is None or following.startswith("-"):
                return None
            value = following
        if name == "db":
            values[name] = _database_location(value)
        elif name == "workshop":
            try:
                values[name] = UUID(value)
            except ValueError:  # the parser meets the same value and names its fault
                return None
        elif value in LANGUAGES:
            values[name] = value
        else:
            return None
        if values.get(name) is None:
            return None
    return WindowStartOptions(**values)  # type: ignore[arg-type]


def _database_location(text: str) -> Path | ServerAddress | None:
    """``--db``'s value as the parser reads it, None when the parser should name its fault; a
    server's address module is imported only for a server."""
    if not text.startswith("postgres"):
        return Path(text)
    from hallbar_desktop.domain.database_address import database_location

    try:
        return database_location(text)
    except Exception:
        return None
