"""`hallbar --self-test`: stores, exports and draws a demo workshop in a temporary folder.

It is the build's check that the frozen bundle holds every module and data file the app needs
(a missing hidden import or font shows up here, not on a facilitator's laptop), and a quick check
for anyone who installs the app. Nothing of the user's own data or settings is read or changed."""

from __future__ import annotations

import os
import platform
import re
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from hallbar_desktop import __version__, paths
from hallbar_desktop.domain.errors import HallbarError

# The workshop workbook's sheets, in order (README, "hallbar export").
WORKSHOP_SHEETS = (
    "Översikt",
    "Skattning",
    "Skattning_rådata",
    "Beroenden",
    "Åtgärder",
    "Förutsättningar",
    "Lappar",
    "Om data",
    "Om underlaget",
)
SCREEN_SIZE = (1366, 768)
# A Qt text the Swedish qtbase translation changes; the app's dialogs rely on it.
QT_SWEDISH_PROBE = ("QPlatformTheme", "Cancel", "Avbryt")


class SelfTestFailed(HallbarError):
    """A part of the self-test did not work; the message says which and why."""

    code = "self_test_failed"


@dataclass(frozen=True, slots=True)
class CheckResult:
    label: str
    detail: str


def check_database(path: Path) -> str:
    """The file exists, is marked as ours and is migrated to the newest schema."""
    from hallbar_desktop.storage.database_file import APPLICATION, LATEST_VERSION, META_TABLE

    connection = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        meta = dict(connection.execute(f"SELECT key, value FROM {META_TABLE}").fetchall())
    finally:
        connection.close()
    version = int(meta.get("schema_version", "0"))
    if meta.get("application") != APPLICATION:
        raise SelfTestFailed(f"databasen saknar märkningen {APPLICATION}")
    if version != LATEST_VERSION:
        raise SelfTestFailed(f"databasen har schemaversion {version}, väntat {LATEST_VERSION}")
    return f"skapad och uppgraderad till schemaversion {version}"


def check_workbook(path: Path, expected_sheets: tuple[str, ...] = WORKSHOP_SHEETS) -> str:
    """The workbook opens with openpyxl, has the expected sheets and holds no formula."""
    import openpyxl

    book = openpyxl.load_workbook(path)
    try:
        if tuple(book.sheetnames) != expected_sheets:
            raise SelfTestFailed(
                f"Excel-filen har bladen {', '.join(book.sheetnames)}, "
                f"väntat {', '.join(expected_sheets)}"
            )
        cells = 0
        for sheet in book.worksheets:
            for row in sheet.iter_rows():
                for cell in row:
                    if cell.data_type == "f":
                        raise SelfTestFailed(
                            f"Excel-filen har en formel i {sheet.title}!{cell.coordinate}"
                        )
                    cells += cell.value is not None
    finally:
        book.close()
    return f"{len(expected_sheets)} blad, {cells} ifyllda celler, inga formler"


_PDF_OBJECT = re.compile(rb"\d+\s+\d+\s+obj\s*(<<.*?>>)\s*(?:stream|endobj)", re.DOTALL)
_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


def check_pdf(path: Path) -> str:
    """A PDF with pages whose every font is embedded (read from the file's own objects).

    The app writes its PDFs with reportlab, which keeps object dictionaries uncompressed, so a
    font without an embedded font file shows in plain bytes; no outside tool is needed."""
    data = path.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise SelfTestFailed("PDF-filen börjar inte med %PDF-")
    if b"%%EOF" not in data[-1024:]:
        raise SelfTestFailed("PDF-filen är inte komplett (%%EOF saknas i slutet)")
    objects = [match.group(1) for match in _PDF_OBJECT.finditer(data)]
    pages = sum(1 for body in objects if _PAGE.search(body))
    if pages == 0:
        raise SelfTestFailed("PDF-filen har inga sidor")
    fonts = [body for body in objects if re.search(rb"/Type\s*/Font(?![a-zA-Z])", body)]
    if not fonts:
        raise SelfTestFailed("PDF-filen har inga typsnitt")
    descriptors = [body for body in objects if re.search(rb"/Type\s*/FontDescriptor", body)]
    names = []
    for font in fonts:
        name = re.search(rb"/BaseFont\s*/([^\s/<>\[\]]+)", font)
        label = name.group(1).decode("latin-1") if name else "utan namn"
        if b"/FontDescriptor" not in font:
            # The standard 14 fonts (Helvetica and friends) have no descriptor: never embedded.
            raise SelfTestFailed(f"typsnittet {label} är inte inbäddat i PDF-filen")
        names.append(label.split("+")[-1])
    unembedded = [d for d in descriptors if not re.search(rb"/FontFile[23]?\s", d)]
    if unembedded:
        raise SelfTestFailed("ett typsnitt i PDF-filen saknar inbäddad typsnittsfil")
    return f"{pages} sidor, typsnitten inbäddade ({', '.join(sorted(set(names)))})"


def check_window(folder: Path) -> str:
    """Render the library and every step of the demo workshop offscreen and check the images."""
    from hallbar_desktop.app import render_screenshots

    width, height = SCREEN_SIZE
    images = render_screenshots(folder, width, height)
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication, QImage

    from hallbar_desktop.ui.screenshots import PARTICIPANT_VIEW_SIZE

    projector = (PARTICIPANT_VIEW_SIZE.width(), PARTICIPANT_VIEW_SIZE.height())
    for image_path in images:
        image = QImage(str(image_path))
        # The participant view is drawn at the projector's size, the rest at the window's.
        expected = projector if image_path.name.startswith("participant-") else SCREEN_SIZE
        if image.isNull() or (image.width(), image.height()) != expected:
            raise SelfTestFailed(
                f"bilden {image_path.name} ritades inte i {expected[0]}×{expected[1]}"
            )
        # A window that drew nothing is one flat colour; text and controls give many.
        sampled = {image.pixel(x, y) for x in range(0, width, 16) for y in range(0, height, 16)}
        if len(sampled) < 3:
            raise SelfTestFailed(f"bilden {image_path.name} är tom")
    # The window icon is an SVG: a bundle without it, or without Qt's SVG plugins, shows none.
    if QGuiApplication.windowIcon().pixmap(32, 32).isNull():
        raise SelfTestFailed(f"programikonen kunde inte ritas ({paths.app_icon_path()})")
    context, source, swedish = QT_SWEDISH_PROBE
    translated = QCoreApplication.translate(context, source)
    if translated != swedish:
        raise SelfTestFailed(f"Qt:s svenska översättning saknas ({source!r} blev {translated!r})")
    platform_name = QGuiApplication.platformName()
    room = sum(1 for path in images if path.name.startswith("participant-"))
    turns = sum(1 for path in images if path.name.startswith("input-"))
    steps = len(images) - 1 - room - turns
    return (
        f"biblioteket, {steps} steg och inmatningsläget i {turns} vyer ritade ({platform_name}, "
        f"{width}×{height}), deltagarvyn i {room} lägen ({projector[0]}×{projector[1]}), "
        "programikonen och Qt:s egna texter på svenska"
    )


def check_room_process(database: Path) -> str:
    """The phones' server starts as a process of this program's own (a bundle runs itself with
    a hidden argument), writes to the file this process holds, and lets a phone join."""
    import json
    import urllib.request

    from hallbar_desktop.app import open_services
    from hallbar_desktop.room_server.room_process import RoomProcess

    # Its backup goes beside the file, in the temporary folder: the user's are not touched.
    backups = database.parent / "säkerhetskopior"
    with open_services(
        database, create_if_missing=False, exclusive=True, backups=backups
    ) as services:
        workshop_id = services.workshops.list_workshops()[0].workshop.id
        server = RoomProcess.serving(
            services.workshops.helper_access(),
            workshop_id,
            address="127.0.0.1",
            port=0,
            language="sv",
            round_=None,
        )
        try:
            join = urllib.request.Request(
                server.url + "api/join",
                json.dumps({"code": server.room.join_code}).encode(),
                {"Content-Type": "application/json"},
                method="POST",
            )
            with urllib.request.urlopen(join, timeout=30) as answer:
                joined = answer.status == 200
        finally:
            server.stop()
    if not joined:
        raise SelfTestFailed("mobilernas server släppte inte in mobilen")
    return "startade som egen process och släppte in en mobil med koden"


def check_summary_helper(database: Path) -> str:
    """A large roll-up's helper starts as a process of this program's own and sums up a
    workshop as this process does."""
    from hallbar_desktop.app import open_services
    from hallbar_desktop.domain.summary import summarize
    from hallbar_desktop.summary_process import SummaryHelper

    today = date.today()
    backups = database.parent / "säkerhetskopior"  # as check_room_process's
    with open_services(database, create_if_missing=False, backups=backups) as services:
        workshop_id = services.workshops.list_workshops()[0].workshop.id
        here = summarize(services.workshops.contents(workshop_id), today)
        with SummaryHelper().start(
            services.workshops.helper_access(), [workshop_id], today, False
        ) as part:
            there = part.summaries()
    if there is None:
        raise SelfTestFailed(f"sammanställningens hjälpprocess svarade inte: {part.why_not}")
    if there != [here]:
        raise SelfTestFailed("sammanställningens hjälpprocess räknade inte som programmet")
    return "startade som egen process och räknade som programmet"


def check_export_process(database: Path) -> str:
    """The window's exports are written by a process of this program's own, with the same
    sheets as an export written here."""
    import openpyxl

    from hallbar_desktop.app import open_services

    backups = database.parent / "säkerhetskopior"  # as check_room_process's
    there, here = database.parent / "exportprocess.xlsx", database.parent / "här.xlsx"
    with open_services(database, create_if_missing=False, backups=backups) as services:
        workshop_id = services.workshops.list_workshops()[0].workshop.id
        services.exports.export([workshop_id], xlsx=here)
    with open_services(database, create_if_missing=False, backups=backups, window=True) as services:
        services.exports.export([workshop_id], xlsx=there)
        why_here = getattr(services.exports, "why_here", "inte en egen process")
    if why_here is not None:
        raise SelfTestFailed(f"fönstrets exportprocess skrev inte filen: {why_here}")
    book = openpyxl.load_workbook(here, read_only=True)
    sheets = tuple(book.sheetnames)
    book.close()
    check_workbook(there, sheets)
    return "startade som egen process och skrev arbetsboken"


def _qt_missing() -> str | None:
    """Why Qt's widgets cannot be loaded here, or None when they can."""
    try:
        import PySide6.QtWidgets  # noqa: F401
    except ImportError as error:
        return str(error)
    return None


def _step(label: str, check: Callable[[], str]) -> CheckResult:
    try:
        return CheckResult(label, check())
    except HallbarError as error:
        raise SelfTestFailed("self_test_step_failed", step=label, problem=error) from error
    except Exception as error:
        # A missing module or data file in a bundle ends up here: name it in the one line.
        detail = f"{type(error).__name__}: {error}"
        raise SelfTestFailed("self_test_step_failed", step=label, problem=detail) from error


def run_self_test(report: Callable[[str], None] = print) -> None:
    """Run every check in a temporary folder, reporting one line per check; raise on failure."""
    from hallbar_desktop.app import open_services
    from hallbar_desktop.services.demo_workshop import PARTICIPANTS, add_demo_workshop

    # Offscreen unless a display was asked for: the build and CI have no screen.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    kind = "paketerat program" if paths.is_frozen() else "Python-installation"
    report(f"Självtest av hallbar {__version__} ({kind}, {platform.system()} {platform.machine()})")
    report(f"Resurser: {paths.resources_dir()}")
    # Letters outside ASCII in the folder's name catch a file system encoding that cannot
    # hold a Swedish user name.
    with tempfile.TemporaryDirectory(prefix="hallbar-självtest-") as scratch:
        folder = Path(scratch)
        database = folder / "självtest.sqlite3"
        xlsx, pdf = folder / "självtest.xlsx", folder / "självtest.pdf"
        results: list[CheckResult] = []

        def store_and_export() -> str:
            with open_services(database, create_if_missing=True) as services:
                workshop_id = add_demo_workshop(services.workshops, date.today())
                contents = services.workshops.contents(workshop_id)
                if len(contents.participants) != PARTICIPANTS:
                    raise SelfTestFailed(
                        f"exempelworkshoppen har {len(contents.participants)} deltagare, "
                        f"väntat {PARTICIPANTS}"
                    )
                written = services.exports.export([workshop_id], xlsx=xlsx, pdf=pdf)
            if set(written) != {xlsx, pdf}:
                raise SelfTestFailed("exporten skrev inte både Excel- och PDF-filen")
            return (
                f"exempelworkshop med {len(contents.participants)} deltagare, "
                f"{len(contents.dependencies)} beroenden och {len(contents.actions)} åtgärder "
                "sparad och exporterad"
            )

        results.append(_step("lagring och export", store_and_export))
        report(f"OK  {results[-1].label}: {results[-1].detail}")
        for label, check in (
            ("databas", lambda: check_database(database)),
            ("Excel", lambda: check_workbook(xlsx)),
            ("PDF", lambda: check_pdf(pdf)),
            ("mobilernas server", lambda: check_room_process(database)),
            ("sammanställningens hjälpprocess", lambda: check_summary_helper(database)),
            ("fönstrets exportprocess", lambda: check_export_process(database)),
        ):
            results.append(_step(label, check))
            report(f"OK  {label}: {results[-1].detail}")
        missing = _qt_missing()
        if missing is None or paths.is_frozen():
            # The bundle is the windowed app: without Qt it is broken, not merely headless.
            result = _step("fönster", lambda: check_window(folder / "bilder"))
            report(f"OK  fönster: {result.detail}")
        else:
            report(f"--  fönster: hoppades över, Qt kunde inte laddas ({missing})")
    report("Självtestet gick igenom.")
