"""Readiness templates as JSON files: the shipped ones and the organisation's own."""

from __future__ import annotations

import json
import re
from pathlib import Path

from hallbar_desktop.domain.errors import ExportTargetError, TemplateError
from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.file_target import write_atomically


def load_template(path: Path) -> ReadinessTemplate:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise TemplateError("template_file_unreadable", path=path, reason=str(error)) from error
    return ReadinessTemplate.from_dict(data)


def newest_template(folder: Path, key: str) -> ReadinessTemplate:
    """The highest version of the template ``key`` among the folder's files."""
    return newest_templates(folder, [key])[key]


def newest_templates(folder: Path, keys: list[str]) -> dict[str, ReadinessTemplate]:
    """The highest version of each template of ``keys`` among the folder's files (read once)."""
    found = [load_template(p) for p in sorted(folder.glob("*.json"))]
    newest: dict[str, ReadinessTemplate] = {}
    for key in keys:
        matching = [t for t in found if t.key == key]
        if not matching:
            raise TemplateError("template_not_found", key=key, folder=folder)
        newest[key] = max(matching, key=lambda t: t.version)
    return newest


class TemplateFolder:
    """The organisation's own templates: one JSON file per saved version, in a folder of the
    user's (created on the first save), read with the same rules as the shipped ones."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def read_all(self) -> tuple[tuple[ReadinessTemplate, ...], tuple[TemplateError, ...]]:
        """Every version in the folder, and why each file that could not be used was not."""
        found: list[ReadinessTemplate] = []
        unreadable: list[TemplateError] = []
        if not self.folder.is_dir():
            return (), ()
        for path in sorted(self.folder.glob("*.json")):
            try:
                found.append(load_template(path))
            except TemplateError as error:
                unreadable.append(
                    TemplateError("template_file_unusable", name=path.name, problem=error)
                )
        return tuple(found), tuple(unreadable)

    def write(self, template: ReadinessTemplate) -> Path:
        """Save ``template`` as a file of its own; a failed write leaves no half file."""
        safe_key = re.sub(r"[^a-z0-9-]", "-", template.key.casefold()) or "mall"
        target = self.folder / f"{safe_key}-v{template.version}.json"
        text = json.dumps(template.to_dict(), ensure_ascii=False, indent=2) + "\n"
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            write_atomically(target, lambda path: path.write_text(text, encoding="utf-8"))
        except ExportTargetError as error:
            raise TemplateError("template_not_saved", problem=error) from error
        except OSError as error:
            raise TemplateError(
                "template_not_saved_in_folder",
                folder=self.folder,
                reason=error.strerror or str(error),
            ) from error
        return target
