"""`hallbar handbook --pdf`: the facilitator's handbook from the guidance texts; bad targets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from hallbar_desktop.domain.workflow import STEPS, WorkshopStep, steps_for
from hallbar_desktop.domain.workshop import Variant
from hallbar_desktop.ui.application_setup import install_own_translation
from hallbar_desktop.ui.step_guidance import guidance_for
from tests.cli.test_cli import assert_one_line_error, run
from tests.export.conftest import pdf_fonts, pdf_text
from tests.refusals import unwritable


def _words(text: str) -> str:
    """The text with every run of white space as one space: the PDF wraps lines anywhere."""
    return " ".join(text.split())


@pytest.fixture(scope="module")
def handbook_text(tmp_path_factory: pytest.TempPathFactory) -> str:
    home = tmp_path_factory.mktemp("home")
    target = home / "handledning.pdf"
    result = run("handbook", "--pdf", target, home=home)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(target)
    # No database is needed, and none is made.
    assert not list((home / "data").rglob("*.sqlite3"))
    assert all(row[3:5] == ["yes", "yes"] for row in pdf_fonts(target))  # embedded, subset
    return _words(pdf_text(target))


@pytest.mark.parametrize("variant", list(Variant), ids=lambda v: v.code)
def test_the_handbook_holds_each_steps_guidance_for_every_variant(
    handbook_text: str, variant: Variant
) -> None:
    for step in steps_for(variant):
        guidance = guidance_for(step)
        for line in (guidance.purpose, *guidance.actions, *guidance.questions):
            assert _words(line) in handbook_text, (variant, step, line)


def test_the_handbook_gives_each_variants_time_for_each_step(handbook_text: str) -> None:
    for variant, steps in STEPS.items():
        assert variant.label in handbook_text
        total = sum(minutes for _step, minutes in steps)
        assert f"Sammanlagt {total} min" in handbook_text
        for step, minutes in steps:
            if minutes:
                assert f"{variant.label}: {minutes} min" in handbook_text, (variant, step)


def test_the_handbook_covers_the_room_the_input_mode_and_the_sources(handbook_text: str) -> None:
    for heading in (
        "Deltagarvyn (F5)",
        "Inmatningsläget (F6)",
        "Efter workshoppen",
        "Källor",
        "Beslutsberoende",
        "Personberoende",
        "Uthållighetsberoende",
    ):
        assert heading in handbook_text
    assert "PIN-kod" in handbook_text
    assert "Tillväxtverket" in handbook_text


@pytest.mark.parametrize(
    ("target", "wording"),
    [
        ("saknas/handledning.pdf", "finns inte"),
        (".", "är en mapp"),
    ],
    ids=["folder missing", "a folder"],
)
def test_a_bad_target_exits_2_and_writes_nothing(tmp_path: Path, target: str, wording: str) -> None:
    before = sorted(tmp_path.rglob("*"))
    message = assert_one_line_error(run("handbook", "--pdf", tmp_path / target, home=tmp_path))
    assert wording in message
    assert sorted(p for p in tmp_path.rglob("*") if "data" not in p.parts) == [
        p for p in before if "data" not in p.parts
    ]


def test_a_folder_without_write_permission_exits_2(tmp_path: Path) -> None:
    folder = tmp_path / "låst"
    folder.mkdir()
    with unwritable(folder):
        message = assert_one_line_error(
            run("handbook", "--pdf", folder / "handledning.pdf", home=tmp_path)
        )
    assert "behörighet" in message
    assert list(folder.iterdir()) == []


def test_the_pdf_option_is_required(tmp_path: Path) -> None:
    assert "--pdf" in assert_one_line_error(run("handbook", home=tmp_path))


def test_in_english_the_handbook_gives_each_steps_guidance_in_english(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    monkeypatch.setenv("LANGUAGE", "en")
    target = tmp_path / "handbook.pdf"
    result = run("handbook", "--pdf", target, home=tmp_path)
    assert result.returncode == 0, result.stderr
    text = _words(pdf_text(target))
    swedish = {step: guidance_for(step) for step in WorkshopStep}
    install_own_translation(qapp, "en")
    try:
        english = {step: guidance_for(step) for step in WorkshopStep}
    finally:
        install_own_translation(qapp, "sv")
    for step in WorkshopStep:
        guidance = english[step]
        assert guidance.purpose != swedish[step].purpose
        for line in (guidance.purpose, *guidance.actions, *guidance.questions):
            assert _words(line) in text, (step, line)
        assert _words(swedish[step].purpose) not in text
    assert "Facilitator's handbook" in text
    assert "Page 2 of" in text
