"""Where user data and bundled resources live; the only code that knows about frozen builds."""

from __future__ import annotations

import sys
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "hallbar-desktop"
DATABASE_NAME = "hallbar.sqlite3"


def data_dir() -> Path:
    """The per-user data folder (e.g. ~/.local/share/hallbar-desktop on Linux)."""
    return user_data_path(APP_NAME, appauthor=False)


def default_database_path() -> Path:
    return data_dir() / DATABASE_NAME


def resources_dir() -> Path:
    # A PyInstaller bundle unpacks data files under sys._MEIPASS; from source they sit in the
    # repository beside the package.
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def templates_dir() -> Path:
    return resources_dir() / "templates"


def fonts_dir() -> Path:
    """The bundled Unicode fonts the PDF export embeds (DejaVu Sans, with its licence)."""
    return resources_dir() / "fonts"
