"""Every error the core raises has a sentence in the message table, in Swedish and English."""

from __future__ import annotations

import ast
import dataclasses
import inspect
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from uuid import uuid4

import pytest

import hallbar_desktop
from hallbar_desktop.domain import errors
from hallbar_desktop.domain.concurrent_edit import merge_edit
from hallbar_desktop.domain.dependency import Dependency, DependencyCategory, DependencyStatus
from hallbar_desktop.domain.errors import (
    ConflictError,
    DatabaseInUseError,
    DatabaseMissingError,
    DatabaseUnreadableError,
    ExportTargetError,
    HallbarError,
    NotFoundError,
    ValidationError,
)
from hallbar_desktop.domain.workshop import Workshop
from hallbar_desktop.error_messages import message, sentences
from hallbar_desktop.services.workshop_service import MAX_PARTICIPANTS, WorkshopService
from hallbar_desktop.storage.database_file import check_database_path

PACKAGE = Path(hallbar_desktop.__file__).parent
CORE = ("domain", "services", "storage", "export", "exchange")


def _error_classes() -> dict[str, type[HallbarError]]:
    found: dict[str, type[HallbarError]] = {}
    todo: list[type[HallbarError]] = [HallbarError]
    while todo:
        cls = todo.pop()
        found[cls.__name__] = cls
        todo.extend(cls.__subclasses__())
    return found


def _code_position(cls: type[HallbarError]) -> int | None:
    """Where ``cls(...)`` takes its code, counted among the positional arguments."""
    names = [
        p.name
        for p in inspect.signature(cls.__init__).parameters.values()
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
    ][1:]
    return names.index("code") if "code" in names else None


def _core_sources() -> list[Path]:
    files = [PACKAGE / "file_target.py"]
    for part in CORE:
        files.extend(sorted((PACKAGE / part).rglob("*.py")))
    return files


def _raised_codes() -> tuple[dict[str, list[str]], list[str]]:
    """The codes the core's sources pass to an error (code -> places), and the places that pass
    something else than a literal code."""
    classes = _error_classes()
    codes: dict[str, list[str]] = {}
    not_codes: list[str] = []
    for source in _core_sources():
        relative = source.relative_to(PACKAGE).as_posix()
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            place = f"{relative}:{node.lineno}"
            if relative == "domain/errors.py" and name in ("cls", "__init__"):
                # Within the errors module a code is the one positional text of a call.
                for arg in node.args:
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                        codes.setdefault(arg.value, []).append(place)
                continue
            if name == "Phrase" and node.args and isinstance(node.args[0], ast.Constant):
                # Words of the core (a template's places): worded by the same table.
                codes.setdefault(node.args[0].value, []).append(place)
                continue
            if name not in classes:
                continue
            position = _code_position(classes[name])
            if position is None or position >= len(node.args):
                continue
            arg = node.args[position]
            if isinstance(arg, ast.Constant) and re.fullmatch(r"[a-z0-9_]+", str(arg.value)):
                codes.setdefault(arg.value, []).append(place)
            else:
                not_codes.append(place)
    return codes, not_codes


def test_every_code_the_core_raises_has_a_sentence_in_each_language() -> None:
    codes, not_codes = _raised_codes()
    assert len(codes) > 10
    assert not_codes == [], "errors must be raised with a literal code and values"
    for language in ("sv", "en"):
        missing = sorted(set(codes) - set(sentences(language)))
        assert missing == [], f"no sentence in {language} for {missing}"


def test_every_error_class_with_its_own_code_has_a_sentence() -> None:
    # The bases only name a kind; each error raised says which one with its own code.
    bases = {"hallbar_error", "database", "invalid", "not_found", "template", "backup"}
    bases |= {"export_target", "package_invalid", "self_test_failed"}
    bases |= {"server_address", "database_server"}
    codes = {cls.code for cls in _error_classes().values()} - bases
    assert sorted(codes - set(sentences("sv"))) == []


def test_the_english_table_translates_every_sentence() -> None:
    swedish, english = sentences("sv"), sentences("en")
    assert swedish.keys() == english.keys()
    # A sentence made only of values (another error's own sentence) has no words to translate;
    # "Dimension" is the same word in English.
    same_in_english = {"template_dimension", "template_dimension_named", "template_dimension_use"}
    untranslated = [
        code
        for code in swedish
        if swedish[code] == english[code]
        and re.search(r"[^\W\d_]", re.sub(r"\{\w+\}", "", swedish[code]))
        and code not in same_in_english
    ]
    assert untranslated == []


def test_every_sentence_fills_from_the_values_its_error_carries() -> None:
    # A placeholder the error does not carry would raise KeyError when the sentence is shown.
    made = [
        DatabaseMissingError("/data/a.sqlite3"),
        DatabaseInUseError("/data/a.sqlite3", lock_path="/data/a.sqlite3.lock"),
        ExportTargetError.folder_gone("/ut/rapport.pdf"),
    ]
    for error in made:
        for language in ("sv", "en"):
            assert "{" not in message(error, language)


@pytest.mark.parametrize(
    ("error", "swedish", "english"),
    [
        (
            DatabaseMissingError("/data/region.sqlite3"),
            "Databasfilen /data/region.sqlite3 finns inte. Kontrollera sökvägen.",
            "The database file /data/region.sqlite3 does not exist. Check the path.",
        ),
        (
            DatabaseInUseError(
                "/data/region.sqlite3",
                lock_path="/data/region.sqlite3.lock",
                host="kontoret",
                user="åsa",
                pid=4711,
                since=datetime(2026, 3, 2, 9, 15),
                this_computer=False,
            ),
            "Databasen /data/region.sqlite3 är redan öppen i hallbar på datorn kontoret "
            "(process 4711, användare åsa) sedan 2026-03-02 09:15. Stäng programmet på kontoret "
            "och försök igen. Om det inte längre är öppet där kan du ta bort låsfilen "
            "/data/region.sqlite3.lock.",
            "The database /data/region.sqlite3 is already open in hallbar on the computer "
            "kontoret (process 4711, user åsa) since 2026-03-02 09:15. Close the program on "
            "kontoret and try again. If it is no longer open there, you can delete the lock file "
            "/data/region.sqlite3.lock.",
        ),
        (
            ExportTargetError.is_folder("/ut"),
            "/ut är en mapp. Ange ett filnamn.",
            "/ut is a folder. Enter a file name.",
        ),
    ],
)
def test_an_error_reads_as_before_in_swedish_and_in_english_in_english(
    error: HallbarError, swedish: str, english: str
) -> None:
    assert message(error) == message(error, "sv") == swedish
    assert message(error, "en") == english


def test_a_log_line_keeps_the_code_and_values() -> None:
    error = DatabaseMissingError("/data/region.sqlite3")
    assert str(error) == "database_missing (path=/data/region.sqlite3)"
    assert error.params == {"path": Path("/data/region.sqlite3")}


def test_the_errors_module_builds_no_sentence() -> None:
    source = Path(errors.__file__).read_text(encoding="utf-8")
    tree = ast.parse(source)
    texts = [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    ]
    docstrings = {
        ast.get_docstring(node, clean=False)
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.ClassDef | ast.Module)
    }
    # Only codes, and the one-word fragment that joins a log line's values.
    sentences_left = [t for t in texts if t not in docstrings and " " in t.strip() and t != ", "]
    assert sentences_left == []


def test_the_retention_date_is_named_as_the_preparation_page_names_it() -> None:
    """The audit log and the data problems said "Sparas till" for the field labelled "Gallras
    efter" under Förberedelser."""
    from hallbar_desktop.error_messages import data_field_label

    page = (
        Path(hallbar_desktop.__file__).parent.parent / "forms" / "preparation_page.ui"
    ).read_text(encoding="utf-8")
    label = data_field_label("retention_until")
    assert f"<string>{label}</string>" in page
    assert label == "Gallras efter"


def test_a_conflict_names_the_record_and_each_field_in_the_language_asked() -> None:
    read = Dependency(category=DependencyCategory.DECISION, title="Beslut saknas")
    stored = dataclasses.replace(read, title="Deras rubrik", status=DependencyStatus.HANDLED)
    wanted = dataclasses.replace(read, title="Min rubrik", owner="Eva")
    wanted = dataclasses.replace(wanted, status=DependencyStatus.REMAINS)
    with pytest.raises(ConflictError) as refused:
        merge_edit(stored, read, wanted)
    assert message(refused.value) == (
        "Någon annan har ändrat beroendet ”Deras rubrik” sedan du öppnade den, så din ändring "
        "sparades inte.\n"
        "Statusen är nu Hanterad; du ville spara Kvarstår.\n"
        "Rubriken är nu ”Deras rubrik”; du ville spara ”Min rubrik”.\n"
        "Det som är sparat visas nu. Gör om din ändring om den fortfarande ska gälla."
    )
    assert message(refused.value, "en") == (
        "Someone else has changed the dependency “Deras rubrik” since you opened it, so your "
        "change was not saved.\n"
        "The status is now Handled; you wanted to save Remains.\n"
        "The heading is now “Deras rubrik”; you wanted to save “Min rubrik”.\n"
        "What is saved is shown now. Make your change again if it should still apply."
    )


def test_the_workshop_services_refusals_are_said_in_either_language(
    service: WorkshopService,
) -> None:
    workshop = service.create_workshop(Workshop(title="Workshop"), participant_count=1).workshop
    with pytest.raises(NotFoundError) as note_gone:
        service.remove_note(workshop.id, uuid4())
    assert message(note_gone.value) == "Lappen finns inte (längre) i workshoppen."
    assert message(note_gone.value, "en") == "The note is not (or no longer) in the workshop."
    with pytest.raises(NotFoundError) as workshop_gone:
        service.remove_note(uuid4(), uuid4())
    assert message(workshop_gone.value) == "Workshoppen finns inte (längre) i databasen."
    assert message(workshop_gone.value, "en") == (
        "The workshop is not (or no longer) in the database."
    )
    with pytest.raises(ValidationError) as over:
        service.add_votes(workshop.id, {uuid4(): 4}, budget=3)
    assert message(over.value) == "Du har 3 prickar att fördela och har lagt 4."
    assert message(over.value, "en") == "You have 3 dots to give and have given 4."
    with pytest.raises(ValidationError) as too_many:
        service.create_workshop(Workshop(title="Stor"), participant_count=MAX_PARTICIPANTS + 1)
    assert message(too_many.value, "en") == (
        f"The number of participants must be between 0 and {MAX_PARTICIPANTS}."
    )


def test_why_a_database_file_cannot_be_read_is_said_in_either_language(tmp_path: Path) -> None:
    with pytest.raises(DatabaseUnreadableError) as folder:
        check_database_path(tmp_path, create_if_missing=False)
    assert (
        message(folder.value) == f"Databasfilen {tmp_path} går inte att läsa (sökvägen är en mapp)."
    )
    assert (
        message(folder.value, "en")
        == f"The database file {tmp_path} cannot be read (the path is a folder)."
    )
    link = tmp_path / "länk.sqlite3"
    link.symlink_to(tmp_path / "borta" / "a.sqlite3")
    with pytest.raises(DatabaseUnreadableError) as dangling:
        check_database_path(link, create_if_missing=False)
    assert message(dangling.value) == (
        f"Databasfilen {link} går inte att läsa (den pekar på {tmp_path / 'borta' / 'a.sqlite3'}, "
        "som inte finns. Är USB-minnet eller nätverksenheten ansluten?)."
    )
    assert "USB stick" in message(dangling.value, "en")
    # A reason of the system's own is shown as it is.
    system = DatabaseUnreadableError("/data/a.sqlite3", "Input/output error")
    assert message(system, "en").endswith("(Input/output error).")


# Swedish in a text of the core: its letters, or a word no English or code text has.
SWEDISH = re.compile(
    r"[åäöÅÄÖ]|\b(och|inte|finns|kan|är|ska|att|eller|för|med|som|har|går|den|det|inga|ingen"
    r"|ett|tomt|okänt)\b"
)
# Calls whose texts the catalogue translates: they are the source language's words, not
# sentences the core builds.
TRANSLATED = {"N_", "gettext", "pgettext", "ngettext", "counted", "_"}
# Swedish texts the core may return, each with why (file, text).
SWEDISH_KEPT = {
    # Stored data, not a sentence: the computer's name written into the lock file when the
    # system has none.
    ("storage/database_lock.py", "okänd dator"),
}


def _untranslated_texts(node: ast.AST) -> Iterator[str]:
    if isinstance(node, ast.Call):
        func = node.func
        if (func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)) in TRANSLATED:
            return
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    for child in ast.iter_child_nodes(node):
        yield from _untranslated_texts(child)


def test_the_core_passes_no_swedish_to_an_error_and_returns_none_for_display() -> None:
    error_names = set(_error_classes()) | {"Phrase"}
    found = []
    for source in _core_sources():
        relative = source.relative_to(PACKAGE).as_posix()
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func
                # An error made by its class or by one of its class methods.
                called = func.value if isinstance(func, ast.Attribute) else func
                name = called.id if isinstance(called, ast.Name) else getattr(called, "attr", "")
                if name not in error_names and not (
                    relative.startswith("domain/") and "errors" in relative and name == "cls"
                ):
                    continue
                parts = [*node.args, *(k.value for k in node.keywords)]
            elif isinstance(node, ast.Return) and node.value is not None:
                parts = [node.value]
            else:
                continue
            for part in parts:
                for text in _untranslated_texts(part):
                    if SWEDISH.search(text) and (relative, text) not in SWEDISH_KEPT:
                        found.append(f"{relative}:{node.lineno}: {text!r}")
    assert found == [], "give these a code and their words a place in error_messages.py"
