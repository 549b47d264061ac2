"""Reads readiness templates from the versioned JSON files in resources/templates/."""

from __future__ import annotations

import json
from pathlib import Path

from hallbar_desktop.domain.errors import TemplateError
from hallbar_desktop.domain.readiness import ReadinessTemplate


def load_template(path: Path) -> ReadinessTemplate:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise TemplateError(f"Mallfilen {path} kan inte läsas ({error}).") from error
    return ReadinessTemplate.from_dict(data)


def newest_template(folder: Path, key: str) -> ReadinessTemplate:
    """The highest version of the template ``key`` among the folder's files."""
    found = [load_template(p) for p in sorted(folder.glob("*.json"))]
    matching = [t for t in found if t.key == key]
    if not matching:
        raise TemplateError(f"Det finns ingen mall {key} i {folder}.")
    return max(matching, key=lambda t: t.version)
