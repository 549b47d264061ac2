"""Export use cases: pick workshops, read them in one transaction, hand them to the writers."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from contextlib import ExitStack
from datetime import date, datetime
from pathlib import Path
from uuid import UUID

from hallbar_desktop.domain.audit import AuditLog, first_break, record_labels, without_names
from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.errors import ValidationError
from hallbar_desktop.domain.export_settings import ExportSettings, Selection
from hallbar_desktop.domain.follow_up_comparison import compare_follow_up
from hallbar_desktop.domain.handbook import Handbook
from hallbar_desktop.domain.retention import without_personal_data as stripped
from hallbar_desktop.domain.rollup import summarize_rollup
from hallbar_desktop.domain.summary import WorkshopSummary, summarize
from hallbar_desktop.services.ports import (
    ExportWriter,
    PdfExportWriter,
    SummariesElsewhere,
    SummariesPart,
    WorkshopRepository,
    WorkshopStore,
)


def _local_now() -> datetime:
    return datetime.now().astimezone()


def _as_stored(contents: WorkshopContents) -> WorkshopContents:
    return contents


# A roll-up reads this many workshops at a time and keeps only their summaries.
WORKSHOPS_AT_A_TIME = 100


def summed_up(
    repo: WorkshopRepository,
    ids: Sequence[UUID],
    shown: Callable[[WorkshopContents], WorkshopContents],
    today: date,
) -> list[WorkshopSummary]:
    """The workshops' summaries, ``shown`` (stripped or as stored) before they are summed up.

    Read a hundred at a time, so that a workshop's records as read are let go once it is
    summed up (the answers as read are as many as the summaries' anonymous ones: 600 000 in a
    national roll-up)."""
    summaries: list[WorkshopSummary] = []
    for start in range(0, len(ids), WORKSHOPS_AT_A_TIME):
        chunk = ids[start : start + WORKSHOPS_AT_A_TIME]
        summaries.extend(summarize(shown(c), today) for c in repo.load_many(chunk))
    return summaries


def _audit_log(
    repo: WorkshopRepository, contents: WorkshopContents, without_personal_data: bool
) -> AuditLog:
    """The workshop's log as it is checked; who and on which computer are personal data, left
    out with the rest (the check is made before)."""
    entries = repo.audit_entries(contents.workshop.id)
    broken = first_break(entries)
    if without_personal_data:
        entries = tuple(without_names(e) for e in entries)
    return AuditLog(entries, broken, record_labels(contents))


class WrittenFiles(tuple[Path, ...]):
    """The files an export wrote, in order; ``unshown`` holds, for a file that could not show
    some characters (no bundled font has them; the PDF shows � instead), each such character
    with how often it was replaced."""

    unshown: Mapping[Path, Mapping[str, int]]

    def __new__(
        cls, files: Sequence[Path], unshown: Mapping[Path, Mapping[str, int]]
    ) -> WrittenFiles:
        written = super().__new__(cls, files)
        written.unshown = {path: chars for path, chars in unshown.items() if chars}
        return written


class ExportService:
    def __init__(
        self,
        store: WorkshopStore,
        xlsx: ExportWriter,
        pdf: PdfExportWriter,
        *,
        app_version: str,
        clock: Callable[[], datetime] = _local_now,
        today: Callable[[], date] = date.today,
        csv: ExportWriter | None = None,
        elsewhere: SummariesElsewhere | None = None,
        elsewhere_from: int = 120,
        own_share: float = 0.56,
    ) -> None:
        """``elsewhere`` reads and sums up the later part of a roll-up of at least
        ``elsewhere_from`` workshops in another process, this one the first ``own_share``."""
        self._store = store
        self._elsewhere = elsewhere
        self._elsewhere_from = elsewhere_from
        self._own_share = own_share
        self._xlsx = xlsx
        self._pdf = pdf
        self._csv = csv
        self._app_version = app_version
        self._clock = clock
        self._today = today

    def start_ahead(self) -> None:
        """An export is likely to be asked for soon (its dialog opened). Nothing to prepare
        here; a window's exports may start their own process (export_process.py)."""

    def stop_ahead(self) -> None:
        """The export that start_ahead() expected will not come."""

    def select(
        self,
        *,
        organisation: str | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
    ) -> tuple[UUID, ...]:
        """Every workshop, or those of one organisation (any case) held within the dates.

        With a date limit, workshops without a date are left out."""
        with self._store.transaction(write=False) as repo:
            overviews = repo.list_overviews(self._today())
        wanted = organisation.strip().casefold() if organisation else None
        chosen = []
        for overview in overviews:
            w = overview.workshop
            if wanted is not None and w.organisation.strip().casefold() != wanted:
                continue
            if (date_from or date_to) and w.held_on is None:
                continue
            if date_from and w.held_on and w.held_on < date_from:
                continue
            if date_to and w.held_on and w.held_on > date_to:
                continue
            chosen.append(w.id)
        return tuple(chosen)

    def write_handbook(self, book: Handbook, target: Path) -> WrittenFiles:
        """Write the facilitator's handbook to ``target`` (checked first, all or nothing)."""
        self._pdf.check_target(target)
        unshown = self._pdf.handbook(book, target)
        return WrittenFiles((target,), {target: unshown or {}})

    def export(
        self,
        workshop_ids: Sequence[UUID],
        *,
        xlsx: Path | None = None,
        pdf: Path | None = None,
        csv: Path | None = None,
        include_names: bool = False,
        rollup: bool | None = None,
        selection: Selection | None = None,
        language: str = "sv",
        without_personal_data: bool | None = None,
    ) -> WrittenFiles:
        """Write the workbook, the report and/or the CSV files (``csv`` is a folder) and return
        the targets written.

        One workshop gives its own workbook and report, several give a roll-up (``rollup``
        overrides). Every target and workshop is checked before the first file is written.
        ``selection`` is the filter the workshops were chosen by, which the files state;
        ``language`` the language their words are in ("sv", "en").

        ``without_personal_data`` strips the participants' names, roles and typed aliases, the
        facilitator's name and who wrote a note from every file; None: stripped for a roll-up
        unless ``include_names`` (the names are then wanted), kept for one workshop."""
        if xlsx is None and pdf is None and csv is None:
            raise ValidationError("targets", "export_no_target")
        if csv is not None and self._csv is None:
            raise ValidationError("targets", "export_csv_unavailable")
        ids = tuple(dict.fromkeys(workshop_ids))
        if not ids:
            raise ValidationError("workshops", "export_no_workshops")
        as_rollup = len(ids) > 1 if rollup is None else rollup
        if without_personal_data is None:
            without_personal_data = as_rollup and not include_names
        if xlsx is not None and pdf is not None and xlsx.resolve() == pdf.resolve():
            raise ValidationError("targets", "export_same_file")
        writers = ((self._xlsx, xlsx), (self._pdf, pdf), (self._csv, csv))
        outputs = [(w, t) for w, t in writers if w is not None and t is not None]
        for writer, target in outputs:
            writer.check_target(target)

        return self._export(
            ids,
            outputs,
            include_names=include_names and not without_personal_data,
            rollup=as_rollup,
            selection=selection,
            language=language,
            without_personal_data=without_personal_data,
        )

    def _share(
        self, ids: tuple[UUID, ...], helper: ExitStack, today: date, without_personal_data: bool
    ) -> tuple[tuple[UUID, ...], tuple[UUID, ...], SummariesPart | None]:
        """The workshops read here, those read elsewhere and the helper at work on them: a
        large roll-up's later part is read and summed up in another process meanwhile."""
        if self._elsewhere is None or len(ids) < self._elsewhere_from:
            return ids, (), None
        own = round(len(ids) * self._own_share)
        theirs = ids[own:]
        access = self._store.helper_access()
        part = helper.enter_context(
            self._elsewhere.start(access, theirs, today, without_personal_data)
        )
        return ids[:own], theirs, part

    def _export(
        self,
        ids: tuple[UUID, ...],
        outputs: list[tuple[ExportWriter, Path]],
        *,
        include_names: bool,
        rollup: bool,
        selection: Selection | None,
        language: str,
        without_personal_data: bool,
    ) -> WrittenFiles:
        today = self._today()
        # Stripped before anything is summed up, so no writer can show what is not there.
        shown = stripped if without_personal_data else _as_stored
        with ExitStack() as helper, self._store.transaction(write=False) as repo:
            own, theirs, part = self._share(ids, helper, today, without_personal_data)
            audit = None
            if rollup:
                summaries = summed_up(repo, own, shown, today)
            else:
                (contents,) = (shown(c) for c in repo.load_many(own))
                summaries = [summarize(contents, today)]
                # A workshop alone has its log of changes after its day as an appendix.
                audit = _audit_log(repo, contents, without_personal_data)
            if part is not None:
                # Each workshop is read whole in one transaction, the helper's in its own,
                # which may begin a moment after this one's.
                helped = part.summaries()
                if helped is None:
                    helped = summed_up(repo, theirs, shown, today)
                summaries.extend(helped)
            selected = set(ids)
            wanted = {
                before
                for s in summaries
                if (before := s.workshop.follows_up_id) and before not in selected
            }
            # Only those still stored: a deleted earlier workshop leaves its follow-up alone.
            stored = [i for i in wanted if repo.exists(i)]
            earlier: dict[UUID, WorkshopSummary] = {
                c.workshop.id: summarize(shown(c), today) for c in repo.load_many(stored)
            }

        settings = ExportSettings(
            exported_at=self._clock(),
            app_version=self._app_version,
            include_names=include_names,
            without_personal_data=without_personal_data,
            selection=selection,
            language=language,
        )
        as_rollup = rollup
        unshown: dict[Path, Mapping[str, int]] = {}
        if as_rollup:
            combined = summarize_rollup(summaries, today, earlier)
            for writer, target in outputs:
                unshown[target] = writer.rollup(combined, target, settings) or {}
        else:
            (summary,) = summaries
            # A follow-up exported alone is compared with the workshop it follows up, read
            # above in the same transaction (when it is still stored).
            follows_up = summary.workshop.follows_up_id
            before = earlier.get(follows_up) if follows_up else None
            follow_up = compare_follow_up(before, summary) if before else None
            for writer, target in outputs:
                written = writer.workshop(summary, target, settings, follow_up, audit=audit)
                unshown[target] = written or {}
        return WrittenFiles([target for _, target in outputs], unshown)
