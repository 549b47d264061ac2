"""Templates for the readiness rating: the shipped one and the organisation's own, saved."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from pathlib import Path

from hallbar_desktop.domain.errors import TemplateError
from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.domain.sorting import swedish_key
from hallbar_desktop.domain.template_rules import TemplateProblem, key_for_name, template_problems
from hallbar_desktop.services.ports import TemplateFiles


class TemplateService:
    """Which templates a new workshop may use, and saving the organisation's own.

    A workshop keeps a copy of the template it was made with, so saving a template never
    changes a workshop that exists; a saved template is a new version, never an overwrite."""

    def __init__(
        self,
        builtin: ReadinessTemplate,
        files: TemplateFiles | None = None,
        *,
        in_other_languages: Mapping[str, ReadinessTemplate] | None = None,
    ) -> None:
        self._builtin = builtin
        self._files = files
        # The shipped template's statements written in another language (code -> template),
        # for workshops held in that language; each is a template of its own (its own key).
        self._in_other_languages = dict(in_other_languages or {})

    @property
    def builtin(self) -> ReadinessTemplate:
        """The template shipped with the program (its newest version), in Swedish."""
        return self._builtin

    @property
    def shipped(self) -> tuple[ReadinessTemplate, ...]:
        """The shipped template in every language it is written in, Swedish first."""
        return (self._builtin, *self._in_other_languages.values())

    def builtin_for(self, language: str) -> ReadinessTemplate:
        """The shipped template in ``language``; the Swedish one where there is none."""
        return self._in_other_languages.get(language, self._builtin)

    @property
    def folder(self) -> Path | None:
        """Where the organisation's templates are saved; None where they cannot be."""
        return None if self._files is None else self._files.folder

    def own_templates(self) -> tuple[ReadinessTemplate, ...]:
        """The newest version of each of the organisation's templates, by name."""
        newest: dict[str, ReadinessTemplate] = {}
        shipped = {t.key for t in self.shipped}
        for template in self._read()[0]:
            if template.key in shipped:
                continue  # a copy of the shipped file put there by hand is not one of ours
            if template.key not in newest or template.version > newest[template.key].version:
                newest[template.key] = template
        return tuple(sorted(newest.values(), key=lambda t: swedish_key(t.name)))

    def unreadable(self) -> tuple[TemplateError, ...]:
        """Each file in the folder that could not be used, with the reason."""
        return self._read()[1]

    def choices(self) -> tuple[ReadinessTemplate, ...]:
        """What a new workshop may be made with: the shipped templates first, then the own."""
        return (*self.shipped, *self.own_templates())

    def chosen(self, key: str | None, language: str = "sv") -> ReadinessTemplate:
        """The newest version of the template ``key``; if there is none, the shipped one in
        ``language``."""
        return next((t for t in self.choices() if t.key == key), self.builtin_for(language))

    def is_own(self, template: ReadinessTemplate) -> bool:
        return template.key not in {t.key for t in self.shipped}

    def draft_from(
        self, template: ReadinessTemplate, copy_name: Callable[[str, int], str]
    ) -> ReadinessTemplate:
        """What the editor starts from: an own template as it is, the shipped one renamed,
        since an own template must not carry the name of another. ``copy_name(name, n)`` is
        the window's name for the n-th copy of ``name`` ("Kopia av …", "Kopia 2 av …"); the
        first not taken is used."""
        if self.is_own(template):
            return template
        names = {t.name.casefold() for t in self.choices()}
        number = 1
        while (name := copy_name(template.name, number)).casefold() in names:
            number += 1
        return dataclasses.replace(template, name=name)

    def problems(self, draft: ReadinessTemplate) -> tuple[TemplateProblem, ...]:
        """What stops ``draft`` from being saved; its name may not be another template's."""
        others = [t.name for t in self.choices() if t.key != draft.key or not self.is_own(t)]
        return template_problems(draft, others)

    def save(self, draft: ReadinessTemplate) -> ReadinessTemplate:
        """Save ``draft`` as the organisation's template: the next version of the own template
        it was edited from, or the first version of a new one (with a key made from its
        name). Raise TemplateError, saving nothing, if there is a problem."""
        if self._files is None:
            raise TemplateError("own_templates_not_here")
        problems = self.problems(draft)
        if problems:
            raise TemplateError("template_problem", problem=problems[0].problem)
        versions = [t.version for t in self._read()[0] if t.key == draft.key]
        if self.is_own(draft) and versions:
            saved = dataclasses.replace(draft, version=max(versions) + 1)
        else:
            keys = {t.key for t in self._read()[0]} | {t.key for t in self.shipped}
            saved = dataclasses.replace(draft, key=key_for_name(draft.name, keys), version=1)
        # Through the reader's own rules, so that what is saved is what will be read back.
        saved = ReadinessTemplate.from_dict(saved.to_dict())
        self._files.write(saved)
        return saved

    def _read(self) -> tuple[tuple[ReadinessTemplate, ...], tuple[TemplateError, ...]]:
        return ((), ()) if self._files is None else self._files.read_all()
