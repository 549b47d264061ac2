"""A roll-up's helper process (summary_process.py): the same files, and this one's when it fails."""

from __future__ import annotations

import dataclasses
import os
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any
from uuid import UUID

import openpyxl
import pytest

from hallbar_desktop import paths
from hallbar_desktop.domain.database_address import HelperAccess
from hallbar_desktop.domain.errors import NotFoundError
from hallbar_desktop.domain.readiness import RatingTally, ReadinessTemplate
from hallbar_desktop.domain.retention import without_personal_data
from hallbar_desktop.domain.summary import summarize
from hallbar_desktop.export.writers import CsvWriter, PdfWriter, XlsxWriter
from hallbar_desktop.services.demo_workshop import demo_contents
from hallbar_desktop.services.export_service import ExportService
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.summary_process import HelperPart, SummaryHelper, packed, unpacked
from tests.conftest import TODAY
from tests.failing_children import FAILING_CHILDREN


class RecordingHelper:
    """A SummaryHelper that keeps each part it started, to look at afterwards."""

    def __init__(self, helper: SummaryHelper) -> None:
        self.helper = helper
        self.parts: list[HelperPart] = []
        self.asked: list[tuple[UUID, ...]] = []

    @contextmanager
    def start(
        self, access: HelperAccess, ids: Sequence[UUID], today: date, stripped: bool
    ) -> Iterator[HelperPart]:
        self.asked.append(tuple(ids))
        with self.helper.start(access, ids, today, stripped) as part:
            self.parts.append(part)
            yield part


def _exports(service: WorkshopService, elsewhere: Any = None) -> ExportService:
    return ExportService(
        service._store,
        XlsxWriter(),
        PdfWriter(paths.fonts_dir()),
        app_version="test",
        clock=lambda: datetime(2026, 11, 26, 10, 0),
        today=lambda: TODAY,
        csv=CsvWriter(),
        elsewhere=elsewhere,
        elsewhere_from=3,
        own_share=0.5,
    )


def _workshops(service: WorkshopService, template: ReadinessTemplate) -> list[UUID]:
    """Five workshops that differ: organisations, answers (some "Vet ej"), hand counts."""
    ids = []
    for n in range(5):
        contents = demo_contents(template, TODAY)
        workshop = dataclasses.replace(
            contents.workshop, organisation=f"Region {'ABCDE'[n]}", title=f"Workshop {n}"
        )
        ratings = tuple(
            dataclasses.replace(r, value=None) if i % (n + 3) == 0 else r
            for i, r in enumerate(contents.ratings)
        )
        code = template.dimensions[0].statements[0].code
        tallies = (RatingTally(statement_code=code, value=4, count=n + 1),) if n % 2 else ()
        changed = dataclasses.replace(
            contents, workshop=workshop, ratings=ratings[: len(ratings) - n * 7], tallies=tallies
        )
        ids.append(service.add_workshop(changed).workshop.id)
    return ids


def _cells(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    book = openpyxl.load_workbook(path)
    return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in book.worksheets}


def test_a_rollup_read_partly_by_the_helper_is_the_same_as_one_read_here(
    service: WorkshopService, template: ReadinessTemplate, tmp_path: Path
) -> None:
    ids = _workshops(service, template)
    helper = RecordingHelper(SummaryHelper())
    alone, helped = tmp_path / "alone.xlsx", tmp_path / "helped.xlsx"
    _exports(service).export(ids, xlsx=alone, csv=tmp_path / "alone")
    _exports(service, helper).export(ids, xlsx=helped, csv=tmp_path / "helped")

    # The helper read the later part, and its summaries were the ones used.
    assert helper.asked == [tuple(ids[2:])]
    (part,) = helper.parts
    assert part.why_not is None
    assert _cells(helped) == _cells(alone)
    for name in sorted(os.listdir(tmp_path / "alone")):
        assert (tmp_path / "helped" / name).read_bytes() == (tmp_path / "alone" / name).read_bytes()


def test_the_helpers_summaries_come_back_as_they_were_made(
    service: WorkshopService, template: ReadinessTemplate
) -> None:
    ids = _workshops(service, template)
    summaries = [summarize(without_personal_data(service.contents(i)), TODAY) for i in ids]
    assert any(r.value is None for s in summaries for r in s.pseudonymous_ratings)
    assert unpacked(packed(summaries)) == summaries

    with SummaryHelper().start(service._store.helper_access(), ids, TODAY, True) as part:
        assert part.summaries() == summaries
    with SummaryHelper().start(service._store.helper_access(), ids[:2], TODAY, False) as part:
        assert part.summaries() == [summarize(service.contents(i), TODAY) for i in ids[:2]]


@FAILING_CHILDREN
def test_a_helper_that_fails_leaves_its_part_to_this_process(
    service: WorkshopService, template: ReadinessTemplate, tmp_path: Path, command: list[str]
) -> None:
    ids = _workshops(service, template)
    helper = RecordingHelper(SummaryHelper(command))
    _exports(service).export(ids, xlsx=tmp_path / "alone.xlsx")
    _exports(service, helper).export(ids, xlsx=tmp_path / "helped.xlsx")

    (part,) = helper.parts
    assert part.why_not
    if "trasig" in command[-1]:
        assert "exit code 3" in part.why_not and "trasig" in part.why_not
    assert _cells(tmp_path / "helped.xlsx") == _cells(tmp_path / "alone.xlsx")


def test_a_failure_here_stops_the_helper_and_writes_nothing(
    service: WorkshopService, template: ReadinessTemplate, tmp_path: Path
) -> None:
    ids = _workshops(service, template)
    helper = RecordingHelper(SummaryHelper())
    gone = UUID(int=1)
    target = tmp_path / "alla.xlsx"
    with pytest.raises(NotFoundError):
        _exports(service, helper).export([gone, *ids], xlsx=target)

    (part,) = helper.parts
    assert part._process is None  # ended: killed and waited for
    assert not target.exists()


def test_a_helper_started_ahead_is_used_once_and_ended_when_not_needed(
    service: WorkshopService, template: ReadinessTemplate, tmp_path: Path
) -> None:
    ids = _workshops(service, template)
    ahead = SummaryHelper(ahead=True)
    started = ahead._ahead
    assert started is not None and started._process is not None
    helper = RecordingHelper(ahead)
    _exports(service, helper).export(ids, xlsx=tmp_path / "helped.xlsx")
    assert helper.parts == [started] and started.why_not is None
    _exports(service).export(ids, xlsx=tmp_path / "alone.xlsx")
    assert _cells(tmp_path / "helped.xlsx") == _cells(tmp_path / "alone.xlsx")

    unused = SummaryHelper(ahead=True)
    process = unused._ahead._process if unused._ahead else None
    assert process is not None
    unused.close()
    assert process.returncode is not None


def test_a_helper_started_ahead_and_not_needed_is_not_waited_for() -> None:
    # It imports before it reads its request; the command's end must not wait for that.
    slow = [sys.executable, "-c", "import sys, time; time.sleep(20); sys.stdin.read()"]
    unused = SummaryHelper(slow, ahead=True)
    process = unused._ahead._process if unused._ahead else None
    assert process is not None
    began = time.monotonic()
    unused.close()
    assert time.monotonic() - began < 1.5
    assert process.returncode is not None


def test_a_helper_that_answers_other_workshops_than_asked_leaves_its_part_to_this_process(
    service: WorkshopService, template: ReadinessTemplate, tmp_path: Path
) -> None:
    ids = _workshops(service, template)
    # Well-formed summaries, but of only the first workshop it was asked for.
    answer = tmp_path / "answer.pickle"
    answer.write_bytes(packed([summarize(without_personal_data(service.contents(ids[2])), TODAY)]))
    command = [
        sys.executable,
        "-c",
        "import sys; sys.stdin.read(); sys.stdout.buffer.write(open(sys.argv[1], 'rb').read())",
        str(answer),
    ]
    helper = RecordingHelper(SummaryHelper(command))
    _exports(service).export(ids, xlsx=tmp_path / "alone.xlsx")
    _exports(service, helper).export(ids, xlsx=tmp_path / "helped.xlsx")

    (part,) = helper.parts
    assert part.why_not
    assert _cells(tmp_path / "helped.xlsx") == _cells(tmp_path / "alone.xlsx")


def test_what_a_library_writes_to_standard_output_in_the_helper_does_not_spoil_its_answer(
    service: WorkshopService, template: ReadinessTemplate
) -> None:
    # Written to the descriptor itself while it reads, as a C library would.
    stray = (
        "import os, sys; from hallbar_desktop import summary_process as s; real = s.serve_request;"
        " s.serve_request = lambda r, o: (os.write(1, b'stray'), real(r, o))[1];"
        " sys.exit(s.child_main())"
    )
    ids = _workshops(service, template)
    helper = SummaryHelper([sys.executable, "-c", stray])
    with helper.start(service._store.helper_access(), ids[:2], TODAY, False) as part:
        assert part.summaries() == [summarize(service.contents(i), TODAY) for i in ids[:2]]
    assert part.why_not is None
