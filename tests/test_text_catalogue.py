"""The gettext catalogues of the command line and the exports: current, complete and compiled."""

from __future__ import annotations

import gettext
import re
import shutil
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

import build_installer
from hallbar_desktop import paths
from hallbar_desktop.domain.action import ActionStatus
from hallbar_desktop.export.export_texts import SWEDISH, ExportTexts
from hallbar_desktop.text_catalogue import LANGUAGES, language_from_environment

PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}|%\([a-z_]+\)[sdr]|%[sdr]")


def _entries(po: Path) -> dict[object, object]:
    with po.open("rb") as stream:
        return {m.id: m.string for m in read_po(stream) if m.id}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_of_the_sources_is_in_the_catalogue_and_translated(
    language: str, tmp_path: Path
) -> None:
    committed = build_installer.gettext_po(language)
    shutil.copy(committed, tmp_path / committed.name)
    build_installer.update_gettext_catalogues(tmp_path, [language])  # what the sources say today
    fresh = _entries(tmp_path / committed.name)
    assert fresh.keys() == _entries(committed).keys(), (
        "run `python build_installer.py translations` and commit resources/translations"
    )
    untranslated = [
        key
        for key, value in fresh.items()
        if not value or (isinstance(value, tuple) and not all(value))
    ]
    assert not untranslated, f"translate these in {committed.name}: {untranslated[:10]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalogue_is_the_committed_one(language: str, tmp_path: Path) -> None:
    mo = tmp_path / "hallbar.mo"
    build_installer.compile_gettext(build_installer.gettext_po(language), mo)
    assert mo.read_bytes() == build_installer.gettext_mo(language).read_bytes(), (
        "run `python build_installer.py translations`"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_translation_keeps_the_placeholders_of_its_source(language: str) -> None:
    wrong = []
    for key, value in _entries(build_installer.gettext_po(language)).items():
        sources = key if isinstance(key, tuple) else (key,)
        forms = value if isinstance(value, tuple) else (value,)
        for form in forms:
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(sources[-1])):
                wrong.append((key, form))
    assert not wrong


def test_the_catalogues_sit_where_gettext_and_the_bundle_look() -> None:
    for language in ("en",):
        found = gettext.find("hallbar", str(paths.translations_dir()), languages=[language])
        assert found == str(build_installer.gettext_mo(language))


def test_english_exports_take_their_words_and_numbers_from_the_english_catalogue() -> None:
    english = ExportTexts.for_language("en")
    assert english.choice(ActionStatus.PAUSED) == "Paused"
    assert SWEDISH.choice(ActionStatus.PAUSED) == "Pausad"
    assert english.counted(1, "workshop", "workshoppar") == "1 workshop"
    assert english.counted(3, "workshop", "workshoppar") == "3 workshops"
    assert SWEDISH.counted(3, "workshop", "workshoppar") == "3 workshoppar"
    assert english.decimal(-4.25) == "−4.3"
    assert SWEDISH.decimal(4.25) == "4,3"
    assert english.signed_decimal(0.5) == "+0.5"


@pytest.mark.parametrize(
    ("environment", "language"),
    [
        ({}, "sv"),
        ({"LANG": "C.UTF-8"}, "sv"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANGUAGE": "en:sv", "LANG": "sv_SE.UTF-8"}, "en"),
        ({"LC_ALL": "sv_FI.UTF-8", "LANG": "en_US.UTF-8"}, "sv"),
        ({"LANG": "de_DE.UTF-8"}, "sv"),
    ],
)
def test_a_command_speaks_the_language_its_environment_names(
    environment: dict[str, str], language: str
) -> None:
    assert language_from_environment(environment) == language
