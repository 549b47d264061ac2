"""Malformed and hostile packages: each is refused with a PackageError that names its place."""

from __future__ import annotations

import copy
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hallbar_desktop import paths
from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.errors import PackageError
from hallbar_desktop.domain.package import PackageOrigin
from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.error_messages import message
from hallbar_desktop.exchange import package_format
from hallbar_desktop.exchange.package_format import package_document, read_package
from hallbar_desktop.services.demo_workshop import demo_contents
from tests.conftest import NOW, TODAY
from tests.workshop_with_every_part import workshop_with_every_part

SCHEMA = paths.package_schema_path()
QUICK = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
ORIGIN = PackageOrigin(
    installation_id=__import__("uuid").uuid4(), computer="pc", app_version="1", packed_at=NOW
)


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    from hallbar_desktop.storage.template_files import newest_template

    template: ReadinessTemplate = newest_template(paths.templates_dir(), "hallbar-beredskap")
    workshops: list[WorkshopContents] = [
        workshop_with_every_part(template),
        demo_contents(template, TODAY),
    ]
    return package_document(workshops, ORIGIN, names=False)


def _zip(data: bytes, name: str = "package.json") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, data)
    return buffer.getvalue()


def _refused(tmp_path: Path, raw: bytes) -> PackageError:
    target = tmp_path / "paket.hallbar"
    target.write_bytes(raw)
    with pytest.raises(PackageError) as caught:
        read_package(target, SCHEMA)
    error = caught.value
    assert error.place and message(error).startswith(error.place)
    return error


def _refused_document(tmp_path: Path, document: Any) -> PackageError:
    return _refused(tmp_path, _zip(json.dumps(document).encode()))


def test_the_untouched_document_reads(tmp_path: Path, document: dict[str, Any]) -> None:
    target = tmp_path / "ok.hallbar"
    target.write_bytes(_zip(json.dumps(document).encode()))
    assert len(read_package(target, SCHEMA).workshops) == 2


def test_a_bad_date_is_named_by_its_place(tmp_path: Path, document: dict[str, Any]) -> None:
    bad = copy.deepcopy(document)
    bad["workshops"][1]["actions"][4]["due_on"] = "2026-13-01"
    error = _refused_document(tmp_path, bad)
    assert (
        message(error) == 'workshop 2, action 5, due_on: "2026-13-01" är inget datum (ÅÅÅÅ-MM-DD)'
    )


@pytest.mark.parametrize(
    ("where", "value", "place"),
    [
        (("ratings", 0, "participant_id"), "00000000-0000-4000-8000-000000000000", "rating 1"),
        (("ratings", 0, "statement_code"), "X99", "rating 1, statement_code"),
        (("actions", 0, "dependency_ids"), ["00000000-0000-4000-8000-000000000000"], "action 1"),
        (("notes", 0, "author_id"), "00000000-0000-4000-8000-000000000000", "note 1, author_id"),
        (("participants", 0, "id"), "NOT-A-UUID", "participant 1, id"),
        (("dependencies", 0, "category"), "bogus", "dependency 1, category"),
        (("dependencies", 0, "impact"), 9, "dependency 1, impact"),
        (("participants", 0, "alias"), "", "participant 1, alias"),
        (("participants", 0, "alias"), "före\x00efter", "participant 1, alias"),
        (("dependencies", 0, "title"), "x" * 101, "dependency 1, title"),
        (("dependencies", 0, "description"), "x" * 20_001, "dependency 1, description"),
        (("actions", 0, "created_at"), "2026-11-01T10:00:00", "action 1, created_at"),
        (("group_scores", 0, "dimension_code"), "NONE", "group_score 1, dimension_code"),
    ],
)
def test_broken_records_are_named(
    tmp_path: Path, document: dict[str, Any], where: tuple[Any, ...], value: Any, place: str
) -> None:
    bad = copy.deepcopy(document)
    record = bad["workshops"][0]
    for step in where[:-1]:
        record = record[step]
    record[where[-1]] = value
    error = _refused_document(tmp_path, bad)
    assert error.place.startswith("workshop 1, " + place.split(",")[0]), message(error)


def test_a_duplicated_id_is_named(tmp_path: Path, document: dict[str, Any]) -> None:
    bad = copy.deepcopy(document)
    bad["workshops"][1]["dependencies"][0]["id"] = bad["workshops"][0]["dependencies"][0]["id"]
    error = _refused_document(tmp_path, bad)
    assert error.place == "workshop 2, dependency 1, id"
    assert "workshop 1, dependency 1" in message(error)


def test_a_newer_version_is_told_apart(tmp_path: Path, document: dict[str, Any]) -> None:
    newer = {**document, "version": 2}
    assert "nyare" in message(_refused_document(tmp_path, newer))


def test_an_unknown_field_and_duplicate_keys(tmp_path: Path, document: dict[str, Any]) -> None:
    bad = copy.deepcopy(document)
    bad["workshops"][0]["extra"] = 1
    assert "okänt fält" in message(_refused_document(tmp_path, bad))
    raw = json.dumps(document)
    twice = raw.replace('"version": 1', '"version": 1, "version": 1', 1)
    assert "två gånger" in message(_refused(tmp_path, _zip(twice.encode())))


def test_path_traversal_and_extra_members(tmp_path: Path, document: dict[str, Any]) -> None:
    data = json.dumps(document).encode()
    for name in ("../package.json", "/etc/passwd", "a/../../b", "..\\evil"):
        assert "ut ur paketet" in message(_refused(tmp_path, _zip(data, name)))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("package.json", data)
        archive.writestr("other.txt", b"x")
    assert "ska bara innehålla" in message(_refused(tmp_path, buffer.getvalue()))


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    bomb = _zip(b"[" + b" " * (package_format.MAX_JSON_BYTES + 10) + b"]")
    assert len(bomb) < 1_000_000
    assert "för stort" in message(_refused(tmp_path, bomb))


def test_a_zip_bomb_that_lies_about_its_size(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(package_format, "MAX_JSON_BYTES", 2_000_000)
    monkeypatch.setattr(package_format, "RATIO_FROM_BYTES", 10**12)
    raw = bytearray(_zip(b" " * 3_000_000))
    # Patch the declared size in the central directory and the local header to 10 bytes.
    for offset in (raw.find(b"PK\x03\x04") + 22, raw.find(b"PK\x01\x02") + 24):
        raw[offset : offset + 4] = (10).to_bytes(4, "little")
    error = _refused(tmp_path, bytes(raw))
    assert error.place == "paketet"


def test_a_high_ratio_is_refused(tmp_path: Path) -> None:
    assert "zip-bomb" in message(_refused(tmp_path, _zip(b" " * 30_000_000)))


@QUICK
@given(cut=st.integers(min_value=0, max_value=10_000))
def test_truncated_files(tmp_path: Path, document: dict[str, Any], cut: int) -> None:
    raw = _zip(json.dumps(document).encode())
    _refused(tmp_path, raw[: cut % len(raw)])


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for n, child in enumerate(value[:3]):
            found += _paths(child, (*prefix, n))
    return found


@QUICK
@given(data=st.data(), replacement=_JSON_VALUES)
def test_wrong_types_anywhere(
    tmp_path: Path, document: dict[str, Any], data: st.DataObject, replacement: Any
) -> None:
    small = copy.deepcopy(document)
    del small["workshops"][1]
    where = data.draw(st.sampled_from(_paths(small)))
    record = small
    for step in where[:-1]:
        record = record[step]
    if json.dumps(record[where[-1]]) == json.dumps(replacement):
        return
    record[where[-1]] = replacement
    target = tmp_path / "paket.hallbar"
    target.write_bytes(_zip(json.dumps(small).encode()))
    try:
        read_package(target, SCHEMA)
    except PackageError as error:
        assert error.place
    # Some replacements are valid (another alias, a text); reading them is right.


@QUICK
@given(depth=st.integers(min_value=1, max_value=200_000))
def test_deep_nesting(tmp_path: Path, depth: int) -> None:
    text = (
        '{"format": "hallbar-package", "version": 1, "workshops": '
        + "[" * depth
        + "]" * depth
        + "}"
    )
    _refused(tmp_path, _zip(text.encode()))


@QUICK
@given(
    size=st.integers(min_value=20_001, max_value=400_000),
    field=st.sampled_from(["title", "description", "owner"]),
)
def test_huge_strings(tmp_path: Path, document: dict[str, Any], size: int, field: str) -> None:
    bad = copy.deepcopy(document)
    bad["workshops"][0]["dependencies"][0][field] = "å" * size
    error = _refused_document(tmp_path, bad)
    assert error.place == f"workshop 1, dependency 1, {field}"


@QUICK
@given(junk=st.binary(max_size=2000))
def test_junk_bytes(tmp_path: Path, junk: bytes) -> None:
    _refused(tmp_path, junk)


@QUICK
@given(junk=st.binary(max_size=500))
def test_junk_inside_the_zip(tmp_path: Path, junk: bytes) -> None:
    _refused(tmp_path, _zip(junk))


@QUICK
@given(data=st.data())
def test_duplicated_ids(tmp_path: Path, document: dict[str, Any], data: st.DataObject) -> None:
    bad = copy.deepcopy(document)
    kinds = ["participants", "dependencies", "actions", "prerequisite_checks", "notes"]
    kind = data.draw(st.sampled_from(kinds))
    records = bad["workshops"][1][kind]
    source = data.draw(st.sampled_from(bad["workshops"][0][kind]))
    records[0]["id"] = source["id"]
    error = _refused_document(tmp_path, bad)
    assert error.place.startswith("workshop 2, ")


def test_a_problem_reads_in_english_with_its_place(
    tmp_path: Path, document: dict[str, Any]
) -> None:
    bad = copy.deepcopy(document)
    bad["workshops"][1]["actions"][4]["due_on"] = "2026-13-01"
    error = _refused_document(tmp_path, bad)
    assert (
        message(error, "en")
        == 'workshop 2, action 5, due_on: "2026-13-01" is not a date (YYYY-MM-DD)'
    )
    bomb = _refused(tmp_path, _zip(b" " * 30_000_000))
    assert message(bomb, "en") == (
        "the package: the content is suspiciously tightly packed (a so-called zip bomb)"
    )
    bad["workshops"][1]["actions"][4]["due_on"] = 5
    error = _refused_document(tmp_path, bad)
    assert message(error).endswith("ska vara en text eller null, inte ett heltal (5)")
    assert message(error, "en").endswith("should be a text or null, not a whole number (5)")
