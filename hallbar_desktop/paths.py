"""Where user data and bundled resources live; the only code that knows about frozen builds."""

from __future__ import annotations

import sys
from pathlib import Path

APP_NAME = "hallbar-desktop"
DATABASE_NAME = "hallbar.sqlite3"
_PACKAGE = Path(__file__).resolve().parent


def data_dir() -> Path:
    """The per-user data folder (e.g. ~/.local/share/hallbar-desktop on Linux)."""
    # Here, not at the top: platformdirs brings tempfile and shutil, 4 ms that a window
    # opened on a named file would wait for.
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def user_templates_dir() -> Path:
    """The organisation's own readiness templates, saved from Arkiv > Mallar för skattningen."""
    return data_dir() / "templates"


def default_database_path() -> Path:
    return data_dir() / DATABASE_NAME


def is_frozen() -> bool:
    """True in the PyInstaller bundle, false when run from source or a pip install."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def resources_dir() -> Path:
    # Three layouts: the PyInstaller bundle keeps data files under sys._MEIPASS (build_installer.py
    # adds them there); a wheel (`pip install .`) ships resources/ inside the package as
    # hallbar_desktop/resources (setup.py maps it); from source and an editable install they sit
    # in the repository beside the package. The installed copy is looked for first, because
    # beside an installed package is site-packages, where a "resources" folder is not ours.
    if is_frozen():
        return Path(sys._MEIPASS) / "resources"  # type: ignore[attr-defined]
    installed = _PACKAGE / "resources"
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / "resources"


def templates_dir() -> Path:
    return resources_dir() / "templates"


def fonts_dir() -> Path:
    """The bundled Unicode fonts the PDF export embeds (DejaVu Sans, with its licence)."""
    return resources_dir() / "fonts"


def translations_dir() -> Path:
    """The app's compiled translations (hallbar_<language>.qm), built from their .ts files."""
    return resources_dir() / "translations"


def app_icon_path() -> Path:
    """The app's icon as SVG (the window icon; build_installer.py renders .ico/.icns from it)."""
    return resources_dir() / "app_icon" / "hallbar.svg"


def package_schema_path() -> Path:
    """The JSON Schema of the workshop package (.hallbar), which the reader checks files with."""
    return resources_dir() / "schemas" / "hallbar-package-v1.schema.json"
