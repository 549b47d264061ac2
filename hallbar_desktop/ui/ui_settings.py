"""UI preferences kept in QSettings: window state, language, theme, recent workshops, folders.

Workshop data never goes here; it lives in the database."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

SETTINGS_VERSION = 1
RECENT_KEPT = 8
DEFAULT_BREAK_MINUTES = 10
# What the theme setting stores: "system" (light or dark as the system is) or a theme's code.
SYSTEM_THEME = "system"
THEME_CHOICES = (SYSTEM_THEME, "light", "dark", "high_contrast")
# The text size in percent of normal: Normal, Större, Störst.
TEXT_SIZES = (100, 125, 150)


def stored_language(settings: QSettings | None = None) -> str:
    """The chosen language, read without writing anything (UiSettings() records its version
    on creation, and the start and the self-test must leave no settings file behind)."""
    s = settings if settings is not None else QSettings()
    return str(s.value("view/language", "sv") or "sv")


def stored_theme(settings: QSettings | None = None) -> str:
    """The chosen theme ("system", "light", "dark", "high_contrast"), read without writing;
    "system" (light or dark as the system is) until one is chosen."""
    s = settings if settings is not None else QSettings()
    choice = str(s.value("view/theme", SYSTEM_THEME) or SYSTEM_THEME)
    return choice if choice in THEME_CHOICES else SYSTEM_THEME


def stored_text_size(settings: QSettings | None = None) -> int:
    """The chosen text size in percent of normal, read without writing; 100 until chosen."""
    s = settings if settings is not None else QSettings()
    try:
        percent = int(s.value("view/text_size", TEXT_SIZES[0]))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return TEXT_SIZES[0]
    return percent if percent in TEXT_SIZES else TEXT_SIZES[0]


class UiSettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings if settings is not None else QSettings()
        if int(self._s.value("settings_version", 0) or 0) < SETTINGS_VERSION:
            self._s.setValue("settings_version", SETTINGS_VERSION)

    def file_name(self) -> str:
        """Where the preferences are kept (a file, or on Windows a registry key)."""
        return self._s.fileName()

    def geometry(self, key: str) -> QByteArray | None:
        value = self._s.value(f"geometry/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, key: str, state: QByteArray) -> None:
        self._s.setValue(f"geometry/{key}", state)

    def recent_workshops(self) -> list[UUID]:
        found = []
        for text in self._list("recent/workshops"):
            try:
                found.append(UUID(text))
            except ValueError:
                continue
        return found

    def add_recent_workshop(self, workshop_id: UUID) -> None:
        recent = [str(workshop_id)] + [
            text for text in self._list("recent/workshops") if text != str(workshop_id)
        ]
        self._s.setValue("recent/workshops", recent[:RECENT_KEPT])

    def forget_recent_workshop(self, workshop_id: UUID) -> None:
        kept = [t for t in self._list("recent/workshops") if t != str(workshop_id)]
        self._s.setValue("recent/workshops", kept)

    def recent_databases(self) -> list[str]:
        """Database files' paths and servers' addresses, the last opened first; an address
        never holds a password (ServerAddress refuses one)."""
        return self._list("recent/databases")

    def add_recent_database(self, place: str) -> None:
        recent = [place] + [text for text in self._list("recent/databases") if text != place]
        self._s.setValue("recent/databases", recent[:RECENT_KEPT])

    def guidance_visible(self) -> bool:
        return self._s.value("view/guidance_visible", True, type=bool)  # type: ignore[no-any-return]

    def set_guidance_visible(self, visible: bool) -> None:
        self._s.setValue("view/guidance_visible", visible)

    def last_folder(self, purpose: str) -> str:
        return str(self._s.value(f"folders/{purpose}", "") or "")

    def start_folder(self, purpose: str) -> Path:
        """Where a save dialog for ``purpose`` starts: the folder last used if it still exists,
        else the Documents folder if there is one (a fresh Linux may have none), else home."""
        last = self.last_folder(purpose)
        if last and Path(last).is_dir():
            return Path(last)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        if documents and Path(documents).is_dir():
            return Path(documents)
        return Path.home()

    def set_last_folder(self, purpose: str, folder: str) -> None:
        self._s.setValue(f"folders/{purpose}", folder)

    def open_folder_after_export(self) -> bool:
        return self._s.value("export/open_folder_after", False, type=bool)  # type: ignore[no-any-return]

    def set_open_folder_after_export(self, open_after: bool) -> None:
        self._s.setValue("export/open_folder_after", open_after)

    def timer_sound(self) -> bool:
        """Whether a sound is played when a timer's time is up; off unless turned on."""
        return self._s.value("timer/sound", False, type=bool)  # type: ignore[no-any-return]

    def set_timer_sound(self, on: bool) -> None:
        self._s.setValue("timer/sound", on)

    def break_minutes(self) -> int:
        """The length of a break, as last set; 10 minutes until then."""
        value = self._s.value("timer/break_minutes", DEFAULT_BREAK_MINUTES)
        try:
            minutes = int(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return DEFAULT_BREAK_MINUTES
        return minutes if 0 < minutes <= 8 * 60 else DEFAULT_BREAK_MINUTES

    def set_break_minutes(self, minutes: int) -> None:
        self._s.setValue("timer/break_minutes", minutes)

    def declined_statuses(self, workshop_id: UUID) -> set[str]:
        """The status codes the facilitator said no to when the window suggested them for
        ``workshop_id``: a preference about being asked, not a fact of the workshop."""
        return set(self._list(f"status_suggestions/declined/{workshop_id}"))

    def decline_status(self, workshop_id: UUID, status_code: str) -> None:
        declined = self.declined_statuses(workshop_id) | {status_code}
        self._s.setValue(f"status_suggestions/declined/{workshop_id}", sorted(declined))

    def new_workshop_template(self) -> str:
        """The key of the template the last new workshop was made with; "" until one is."""
        return str(self._s.value("new_workshop/template", "") or "")

    def set_new_workshop_template(self, key: str) -> None:
        self._s.setValue("new_workshop/template", key)

    def language(self) -> str:
        """The language the window speaks ("sv", "en"); Swedish until another is chosen."""
        return stored_language(self._s)

    def set_language(self, language: str) -> None:
        self._s.setValue("view/language", language)

    def theme(self) -> str:
        return stored_theme(self._s)

    def set_theme(self, choice: str) -> None:
        self._s.setValue("view/theme", choice)

    def text_size(self) -> int:
        return stored_text_size(self._s)

    def set_text_size(self, percent: int) -> None:
        self._s.setValue("view/text_size", percent)

    def _list(self, key: str) -> list[str]:
        # QSettings returns a str for a one-element list on some back ends, and None when unset.
        value = self._s.value(key)
        if value is None:
            return []
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value]
