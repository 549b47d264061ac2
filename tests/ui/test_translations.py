"""Like the forms check: every text lupdate finds in the sources is translated into English."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import build_installer
from hallbar_desktop import paths

PLACEHOLDER = re.compile(r"\{[0-9]+(?::[^}]*)?\}")


def _messages(ts: Path) -> list[tuple[str, str, list[str], bool]]:
    """(context, source, translated forms, unfinished) of every message in ``ts``."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            unfinished = translation.get("type") in {"unfinished", "vanished", "obsolete"}
            found.append((name, message.findtext("source") or "", forms, unfinished))
    return found


def test_every_text_in_the_sources_has_its_english_translation(tmp_path: Path) -> None:
    committed = paths.translations_dir() / "hallbar_en.ts"
    shutil.copy(committed, tmp_path / "hallbar_en.ts")
    build_installer.update_translations(tmp_path, ["en"])  # what lupdate finds today
    found = _messages(tmp_path / "hallbar_en.ts")
    assert len(found) > 1000, "lupdate found too few texts: are the sources where it looks?"
    untranslated = [
        (context, source) for context, source, forms, unfinished in found if unfinished
    ] + [(context, source) for context, source, forms, _ in found if not all(forms)]
    assert not untranslated, (
        "run `python build_installer.py translations` and translate these in "
        f"resources/translations/hallbar_en.ts: {untranslated[:10]}"
    )


def test_a_translation_keeps_the_placeholders_of_its_source() -> None:
    wrong = [
        (source, form)
        for _context, source, forms, _ in _messages(paths.translations_dir() / "hallbar_en.ts")
        for form in forms
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(form))
    ]
    assert not wrong


def test_english_counted_texts_have_a_singular_and_a_plural() -> None:
    counted = [
        (source, forms)
        for _context, source, forms, _ in _messages(paths.translations_dir() / "hallbar_en.ts")
        if len(forms) > 1 or "%n" in source
    ]
    assert counted
    assert all(len(forms) == 2 for _source, forms in counted)


def test_the_compiled_english_translation_is_the_committed_one(tmp_path: Path) -> None:
    committed = paths.translations_dir() / "hallbar_en.ts"
    build_installer.compile_translation(committed, tmp_path / "hallbar_en.qm")
    assert (tmp_path / "hallbar_en.qm").read_bytes() == committed.with_suffix(".qm").read_bytes()


def test_no_text_is_translated_inside_an_f_string() -> None:
    """pyside6-lupdate does not look inside f-strings: a tr() there is never translated."""
    import ast

    hidden = []
    for path in build_installer.translation_sources():
        if path.suffix != ".py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.JoinedStr):
                continue
            for call in ast.walk(node):
                if isinstance(call, ast.Call) and getattr(call.func, "attr", None) in {
                    "tr",
                    "translate",
                }:
                    hidden.append(f"{path.name}:{call.lineno}")
    assert not hidden
