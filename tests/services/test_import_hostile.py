"""Malformed packages through the whole import: each is refused with a clear error naming its
file, and the database, already holding workshops, stays byte-identical."""

from __future__ import annotations

import copy
import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hallbar_desktop.domain.errors import PackageError
from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.error_messages import message as error_message
from tests.services.installations import Installation, installation
from tests.workshop_with_every_part import workshop_with_every_part

QUICK = settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture(scope="module")
def placed(
    tmp_path_factory: pytest.TempPathFactory, template: ReadinessTemplate
) -> Iterator[tuple[Installation, Path, dict[str, Any]]]:
    """A coordinator that has imported a laptop's package once, the package, its document."""
    folder = tmp_path_factory.mktemp("hostile")
    with (
        installation(folder, "laptop", template) as laptop,
        installation(folder, "samordnare", template) as here,
    ):
        wid = laptop.workshops.add_workshop(workshop_with_every_part(template)).workshop.id
        package = laptop.pack(folder / "bra.hallbar", wid)
        here.import_files(package)
        document = json.loads(zipfile.ZipFile(package).read("package.json"))
        yield here, package, document


def _write(folder: Path, raw: bytes) -> Path:
    target = folder / "trasig.hallbar"
    target.write_bytes(raw)
    return target


def _zipped(document: Any) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("package.json", json.dumps(document).encode())
    return buffer.getvalue()


def _assert_refused_and_untouched(here: Installation, good: Path, bad: Path) -> None:
    before = here.path.read_bytes()
    with pytest.raises(PackageError) as refused:
        here.import_files(good, bad)
    assert error_message(refused.value).startswith("trasig.hallbar")
    assert here.path.read_bytes() == before


def _assert_refused_with(
    placed: tuple[Installation, Path, dict[str, Any]],
    tmp_path: Path,
    where: tuple[Any, ...],
    value: Any,
) -> None:
    """The good package's document with ``value`` at ``where`` in its first workshop."""
    here, good, document = placed
    broken = copy.deepcopy(document)
    record = broken["workshops"][0]
    for step in where[:-1]:
        record = record[step]
    record[where[-1]] = value
    _assert_refused_and_untouched(here, good, _write(tmp_path, _zipped(broken)))


@QUICK
@given(cut=st.integers(min_value=1, max_value=100_000))
def test_a_truncated_package_is_refused_and_the_database_untouched(
    placed: tuple[Installation, Path, dict[str, Any]], tmp_path: Path, cut: int
) -> None:
    here, good, _document = placed
    raw = good.read_bytes()
    _assert_refused_and_untouched(here, good, _write(tmp_path, raw[: cut % len(raw)]))


# Wrong for every field below: no field takes a list, an object or a number this large.
_BAD_VALUES = st.one_of(
    st.integers(min_value=10**6),
    st.lists(st.none(), min_size=1, max_size=3),
    st.dictionaries(st.text(max_size=3), st.none(), min_size=1, max_size=2),
)
_FIELDS = st.sampled_from(
    [
        ("title",),
        ("held_on",),
        ("id",),
        ("dependencies", 0, "impact"),
        ("actions", 0, "due_on"),
        ("actions", 0, "dependency_ids"),
        ("ratings", 0, "participant_id"),
        ("notes", 0, "author_id"),
        ("participants", 0, "alias"),
        ("template",),
    ]
)


@QUICK
@given(where=_FIELDS, value=_BAD_VALUES)
def test_a_wrong_value_is_refused_and_the_database_untouched(
    placed: tuple[Installation, Path, dict[str, Any]],
    tmp_path: Path,
    where: tuple[Any, ...],
    value: Any,
) -> None:
    _assert_refused_with(placed, tmp_path, where, value)


@pytest.mark.parametrize(
    ("where", "value"),
    [
        (("held_on",), "2026-13-01"),
        (("id",), "inte-ett-id"),
        (("title",), "å" * 30_000),
        (("actions", 0, "dependency_ids"), ["00000000-0000-4000-8000-000000000000"]),
        (("dependencies", 0, "category"), "okänd"),
    ],
)
def test_a_value_of_the_right_type_but_wrong_is_refused_too(
    placed: tuple[Installation, Path, dict[str, Any]],
    tmp_path: Path,
    where: tuple[Any, ...],
    value: Any,
) -> None:
    _assert_refused_with(placed, tmp_path, where, value)
