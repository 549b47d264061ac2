"""Own templates for the tests: the shipped one with one statement reworded, and its folder."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.services.template_service import TemplateService
from hallbar_desktop.storage.template_files import TemplateFolder

EDITED_TEXT = "Vi vet varför förändringen behövs – och vi har sagt det högt."


def template_service(builtin: ReadinessTemplate, folder: Path) -> TemplateService:
    return TemplateService(builtin, TemplateFolder(folder))


def with_statement_text(
    template: ReadinessTemplate, text: str, dimension: int = 0, row: int = 0
) -> ReadinessTemplate:
    """``template`` with the text of one statement (by position) replaced."""
    chosen = template.dimensions[dimension]
    statements = list(chosen.statements)
    statements[row] = dataclasses.replace(statements[row], text=text)
    dimensions = list(template.dimensions)
    dimensions[dimension] = dataclasses.replace(chosen, statements=tuple(statements))
    return dataclasses.replace(template, dimensions=tuple(dimensions))


def copy_name(name: str, number: int) -> str:
    """The window's Swedish names for copies, as the template editor offers them."""
    return f"Kopia av {name}" if number == 1 else f"Kopia {number} av {name}"


def edited_copy(
    service: TemplateService, name: str = "Region Exempels beredskap"
) -> ReadinessTemplate:
    """A draft from the shipped template, renamed, with the first statement reworded."""
    draft = dataclasses.replace(service.draft_from(service.builtin, copy_name), name=name)
    return with_statement_text(draft, EDITED_TEXT)
