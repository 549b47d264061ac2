"""Every choice the domain offers has its label marked for translation in ui/choice_words."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import hallbar_desktop.domain
from hallbar_desktop.domain.action import ActionStatus
from hallbar_desktop.domain.choices import LabelledChoice
from hallbar_desktop.ui.choice_words import CHOICE_LABELS, choice_text


def _domain_choices() -> list[type[LabelledChoice]]:
    found = []
    for module_info in pkgutil.iter_modules(hallbar_desktop.domain.__path__):
        module = importlib.import_module(f"hallbar_desktop.domain.{module_info.name}")
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, LabelledChoice) and cls.__module__ == module.__name__:
                found.append(cls)
    return found


def test_every_domain_choice_has_its_label_in_the_table() -> None:
    choices = _domain_choices()
    assert ActionStatus in choices
    missing = {
        f"{cls.__name__}.{member.name}": member.label
        for cls in choices
        for member in cls
        if member.label not in CHOICE_LABELS
    }
    assert not missing, "add these labels to hallbar_desktop/ui/choice_words.py"


def test_a_choice_is_shown_in_the_source_language_without_a_translation(qapp) -> None:  # type: ignore[no-untyped-def]
    assert choice_text(ActionStatus.PAUSED) == "Pausad"
