"""The `hallbar` command: the GUI's services for facilitators and coordinators who script."""

from __future__ import annotations

import argparse
import gc
import gettext
import json
import os
import re
import sys
import tempfile
import traceback
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn
from uuid import UUID

from hallbar_desktop import __version__
from hallbar_desktop.app import (
    Services,
    backup_service_for,
    make_backup_now,
    open_services,
    render_screenshots,
    restore_from,
    run_gui,
    template_service,
)
from hallbar_desktop.domain.backup import BackupPlace
from hallbar_desktop.domain.database_address import ServerAddress, database_location
from hallbar_desktop.domain.errors import HallbarError
from hallbar_desktop.error_messages import (
    audit_break,
    audit_what,
    data_problem_line,
    data_problem_meaning,
    data_problem_value,
    message,
)
from hallbar_desktop.export.export_texts import N_, SWEDISH, ExportTexts
from hallbar_desktop.paths import default_database_path
from hallbar_desktop.text_catalogue import (
    DOMAIN,
    LANGUAGES,
    catalogue_folder,
    language_from_environment,
)
from hallbar_desktop.window_start_options import window_start_options

if TYPE_CHECKING:
    from hallbar_desktop.domain.backup import Backup
    from hallbar_desktop.domain.contents import WorkshopOverview
    from hallbar_desktop.domain.data_problems import DataProblem

# The domain and services are imported by the subcommands that use them, so that `hallbar`
# without a subcommand shows its window without waiting for them.

EXIT_OK = 0
EXIT_UNEXPECTED = 1
EXIT_USAGE = 2
# Arkiv › Textstorlek's sizes (ui_settings.TEXT_SIZES, which the command does not import: Qt).
SCREENSHOT_TEXT_SIZES = (100, 125, 150)


class UsageError(Exception):
    """Bad arguments, already worded for the user."""


# The texts of the language this run of the command speaks, chosen at the start of main().
_texts: ExportTexts = SWEDISH


def _(text: str) -> str:
    """``text``, written in Swedish in the code, in the language the command speaks."""
    return _texts.gettext(text)


def _speak(language: str) -> None:
    """Say our own texts in ``language`` from here on."""
    global _texts
    _texts = ExportTexts.for_language(language)


@contextmanager
def _argparse_speaking(language: str) -> Iterator[None]:
    """Let argparse speak ``language`` while it parses (its help and its errors are made there).

    argparse words them with gettext.gettext, in the global domain: ours holds their Swedish
    (resources/translations/hallbar_sv.po). gettext.gettext takes no language argument but
    reads it from the environment, LANGUAGE first: setting LANGUAGE names the language chosen,
    also when --language overrode the environment or the environment says "C" (where gettext
    would translate nothing). Both are put back afterwards, so that the window and the
    programs it starts (a spreadsheet opening an export) keep the user's own settings."""
    gettext.bindtextdomain(DOMAIN, str(catalogue_folder()))
    domain_before, language_before = gettext.textdomain(), os.environ.get("LANGUAGE")
    gettext.textdomain(DOMAIN)
    os.environ["LANGUAGE"] = language
    try:
        yield
    finally:
        gettext.textdomain(domain_before)
        if language_before is None:
            del os.environ["LANGUAGE"]
        else:
            os.environ["LANGUAGE"] = language_before


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(_("{message} (se {prog} --help)").format(message=message, prog=self.prog))


class _EarlyParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _asked_language(argv: Sequence[str]) -> str | None:
    """The language the global --language asks for, read before the parser is made, since the
    parser's help is written in it. Only options before the subcommand count (a subcommand's
    own --language is the language of what it writes); a mistake is left to the parser to
    name. The options that take a value must be known, to tell a value from the subcommand."""
    early = _EarlyParser(add_help=False)
    early.add_argument("--db")
    early.add_argument("--workshop")
    early.add_argument("--language", dest="command_language")
    early.add_argument("rest", nargs=argparse.REMAINDER)
    try:
        known, _unknown = early.parse_known_args(argv)
    except UsageError:
        return None
    return known.command_language if known.command_language in LANGUAGES else None


def _window_start_arguments(arguments: Sequence[str]) -> argparse.Namespace | None:
    """What the parser would make of a start of the window, or None for anything else (see
    window_start_options)."""
    options = window_start_options(arguments)
    if options is None:
        return None
    return argparse.Namespace(
        db=options.db,
        workshop=options.workshop,
        command_language=options.command_language,
        self_test=False,
        command=None,
    )


def _build_parser() -> argparse.ArgumentParser:
    db_help = _("databasfil att använda i stället för den vanliga i din användarmapp")
    parser = _Parser(
        prog="hallbar",
        description=_(
            "Workshoppar om förändringsberedskap för hållbarhetsintegrering. "
            "Utan underkommando öppnas programmet."
        ),
    )
    parser.add_argument("--db", type=database_location, metavar=_("SÖKVÄG"), help=db_help)
    parser.add_argument(
        "--workshop",
        type=_workshop_id,
        metavar="ID",
        help=_("öppna programmet direkt på den här workshoppen"),
    )
    parser.add_argument(
        "--language",
        dest="command_language",
        choices=LANGUAGES,
        help=_(
            "kommandots språk: sv (svenska) eller en (engelska). Utan flaggan blir det engelska "
            "om LANGUAGE, LC_ALL, LC_MESSAGES eller LANG anger det, annars svenska. Fönstrets "
            "språk väljs i programmet"
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"hallbar {__version__}",
        help=_("visa versionen och avsluta"),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=_(
            "prova att lagra, exportera och rita en exempelworkshop i en tillfällig mapp "
            "och avsluta (din databas används inte)"
        ),
    )
    # --db may also follow the subcommand; SUPPRESS keeps it from hiding the global one.
    db_after = _Parser(add_help=False)
    db_after.add_argument(
        "--db",
        type=database_location,
        metavar=_("SÖKVÄG"),
        default=argparse.SUPPRESS,
        help=db_help,
    )

    commands = parser.add_subparsers(dest="command", metavar=_("KOMMANDO"), title=_("kommandon"))
    demo = commands.add_parser(
        "demo", parents=[db_after], help=_("lägg till en exempelworkshop och skriv ut dess id")
    )
    demo.add_argument(
        "--once",
        action="store_true",
        help=_("lägg bara till snabbstartens exempelworkshop om den inte redan finns"),
    )
    demo.set_defaults(handler=_demo)
    listing = commands.add_parser(
        "list", parents=[db_after], help=_("en rad per workshop i databasen")
    )
    listing.add_argument("--json", action="store_true", help=_("skriv ut en JSON-lista i stället"))
    listing.set_defaults(handler=_list)

    shots = commands.add_parser(
        "screenshots",
        help=_("spara bilder av biblioteket, varje steg, deltagarvyn och inmatningsläget"),
        description=_(
            "Ritar programmet utan skärm med exempelworkshoppen i en tillfällig databas "
            "och sparar en PNG-bild per vy. Din egen databas används inte."
        ),
    )
    shots.add_argument(
        "--out", type=Path, required=True, metavar=_("MAPP"), help=_("mapp för bilderna")
    )
    shots.add_argument(
        "--size",
        default="1366x768",
        metavar=_("BxH"),
        help=_("fönstrets storlek (1366x768)"),
    )
    shots.add_argument(
        "--language",
        choices=LANGUAGES,
        help=_("programmets språk i bilderna: sv eller en (som kommandots om det inte anges)"),
    )
    shots.add_argument(
        "--theme",
        choices=("light", "dark", "high_contrast"),
        default="light",
        help=_("programmets tema i bilderna: light (ljust), dark (mörkt) eller high_contrast"),
    )
    shots.add_argument(
        "--text-size",
        type=int,
        choices=SCREENSHOT_TEXT_SIZES,
        default=SCREENSHOT_TEXT_SIZES[0],
        help=_("textstorleken i bilderna, i procent av den vanliga: 100, 125 eller 150"),
    )
    shots.set_defaults(handler=_screenshots)

    export = commands.add_parser(
        "export",
        parents=[db_after],
        help=_("skriv en Excel-fil och/eller en PDF-rapport för en eller flera workshoppar"),
        description=_(
            "En workshop ger workshoppens arbetsbok och rapport. Flera workshoppar eller --all "
            "ger en sammanställning med jämförelse och ett avsnitt per organisation."
        ),
    )
    _add_workshop_choice(export)
    export.add_argument("--organisation", metavar=_("NAMN"), help=_("bara den här organisationen"))
    export.add_argument(
        "--from", dest="date_from", metavar=_("DATUM"), help=_("från och med datum")
    )
    export.add_argument("--to", dest="date_to", metavar=_("DATUM"), help=_("till och med datum"))
    export.add_argument("--xlsx", type=Path, metavar=_("FIL"), help=_("Excel-fil att skriva"))
    export.add_argument("--pdf", type=Path, metavar=_("FIL"), help=_("PDF-fil att skriva"))
    export.add_argument(
        "--csv",
        type=Path,
        metavar=_("MAPP"),
        help=_("mapp att skriva tabellerna till som CSV-filer (UTF-8, semikolon, decimalkomma)"),
    )
    export.add_argument(
        "--names", action="store_true", help=_("ta med deltagarnas namn (av som standard)")
    )
    personal = export.add_mutually_exclusive_group()
    personal.add_argument(
        "--with-personal-data",
        dest="personal_data",
        action="store_true",
        default=None,
        help=_(
            "behåll alias som någon har skrivit in, processledarens namn och vem som skrev vad "
            "(standard för en workshop)"
        ),
    )
    personal.add_argument(
        "--without-personal-data",
        dest="personal_data",
        action="store_false",
        help=_(
            "utan personuppgifter: inga namn, roller, egna alias, processledare eller vem som "
            "skrev vad (standard för en sammanställning)"
        ),
    )
    export.add_argument(
        "--language",
        choices=LANGUAGES,
        help=_("filernas språk: sv eller en (som kommandots om det inte anges)"),
    )
    export.set_defaults(handler=_export)

    pack = commands.add_parser(
        "pack",
        parents=[db_after],
        help=_("packa en eller flera workshoppar i en .hallbar-fil att dela"),
        description=_(
            "Paketet innehåller allt i workshopparna, så att en samordnare kan läsa in dem, "
            "men inga personuppgifter om du inte väljer --names: deltagarnas namn, roller och "
            "alias, processledarens namn och vem som skrev vad. Där paketet läses in tas de "
            "inte bort."
        ),
    )
    _add_workshop_choice(pack)
    pack.add_argument(
        "--names",
        "--with-personal-data",
        dest="names",
        action="store_true",
        help=_(
            "ta med personuppgifterna: deltagarnas namn, roller och alias, processledarens "
            "namn och vem som skrev vad (utan dem som standard)"
        ),
    )
    pack.add_argument("target", type=Path, metavar=_("FIL.hallbar"), help=_("paketet att skriva"))
    pack.set_defaults(handler=_pack)

    importing = commands.add_parser(
        "import",
        parents=[db_after],
        help=_("läs in workshoppar från .hallbar-paket och slå ihop dem med databasen"),
        description=_(
            "Varje paket kontrolleras helt innan något skrivs. Nya workshoppar läggs till, "
            "ändrade uppdateras post för post (den nyare ändringen vinner), och en post som "
            "ändrats både här och i paketet sedan förra importen blir en konflikt: den här "
            "versionen behålls tills du väljer i programmet (Arkiv > Konflikter från import…). "
            "Databasen säkerhetskopieras först; allt skrivs i en enda transaktion."
        ),
    )
    importing.add_argument(
        "packages",
        type=Path,
        nargs="+",
        metavar=_("FIL.hallbar"),
        help=_("paket att läsa in"),
    )
    importing.set_defaults(handler=_import)
    push = commands.add_parser(
        "push",
        parents=[db_after],
        help=_("flytta workshopparna i en lokal databasfil till databasen (t.ex. en server)"),
        description=_(
            "Packar alla workshoppar i filen och läser in dem som hallbar import gör: nya "
            "läggs till, ändrade slås ihop, och samma fil en gång till ändrar inget. Var de "
            "kom ifrån sparas. Den lokala filen ändras inte."
        ),
    )
    push.add_argument(
        "--from",
        dest="source",
        type=Path,
        required=True,
        metavar=_("FIL"),
        help=_("den lokala databasfilen"),
    )
    push.add_argument(
        "--names",
        action="store_true",
        help=_("ta med deltagarnas namn och roller (av som standard)"),
    )
    push.set_defaults(handler=_push)
    owner = commands.add_parser(
        "owner",
        parents=[db_after],
        help=_("ge en workshop i en databas på en server till en annan användare"),
        description=_(
            "Gör användaren till workshoppens ägare, så att den syns för användaren om den är "
            "processledare. Workshoppar från före version 5 av tabellerna hör till den som "
            "uppgraderade dem. Får göras av samordnare och av den som äger tabellerna."
        ),
    )
    owner.add_argument(
        "--workshop", required=True, type=_workshop_id, metavar="ID", help=_("workshoppens id")
    )
    owner.add_argument(
        "--to",
        dest="role",
        required=True,
        metavar=_("ANVÄNDARE"),
        help=_("användarnamnet på servern"),
    )
    owner.set_defaults(handler=_owner)
    audit = commands.add_parser(
        "audit",
        parents=[db_after],
        help=_("visa ändringsloggen för en workshop efter workshopdagen"),
        description=_(
            "En rad per ändring sedan workshoppen markerades som genomförd: när, vem, på vilken "
            "dator och vad. Slutar med kod 2 och en rad om loggen har ändrats utanför programmet."
        ),
    )
    audit.add_argument(
        "--workshop", required=True, type=_workshop_id, metavar="ID", help=_("workshoppens id")
    )
    audit.set_defaults(handler=_audit)

    backup = commands.add_parser(
        "backup",
        parents=[db_after],
        help=_("gör en säkerhetskopia av databasen nu och skriv ut var den ligger"),
        description=_(
            "Kopierar databasen som den är, med SQLites egen säkerhetskopiering, till mappen "
            "för säkerhetskopior. Fungerar även när programmet är öppet."
        ),
    )
    backup.add_argument(
        "--backups",
        choices=[place.value for place in BackupPlace],
        help=_(
            "var kopian sparas den här gången: beside (bredvid databasen, i .hallbar-backups) "
            "eller user (i din användarmapp); utan den gäller databasens inställning"
        ),
    )
    backup.set_defaults(handler=_backup)
    restore = commands.add_parser(
        "restore",
        parents=[db_after],
        help=_("lista säkerhetskopiorna, eller återställ databasen från en av dem"),
        description=_(
            "Innan databasen ersätts sparas den som en ny säkerhetskopia, så du kan ångra. "
            "Stäng programmet först om databasen är öppen i det."
        ),
    )
    restore_choice = restore.add_mutually_exclusive_group(required=True)
    restore_choice.add_argument(
        "--list",
        action="store_true",
        help=_("lista databasens säkerhetskopior, den senaste först"),
    )
    restore_choice.add_argument(
        "backup",
        nargs="?",
        type=Path,
        metavar=_("SÄKERHETSKOPIA"),
        help=_("filen att återställa (sökväg, eller ett filnamn från --list)"),
    )
    restore.set_defaults(handler=_restore)
    purge = commands.add_parser(
        "purge",
        parents=[db_after],
        help=_(
            "gallra personuppgifter: ta bort deltagarnas namn och roller, eller hela workshoppar"
        ),
        description=_(
            "Utan --delete tas deltagarnas namn, roller och egna alias bort, och vem som skrev "
            "vilken anteckning; skattningarna, anteckningarna och åtgärdsplanen finns kvar utan "
            "namn. Med --delete tas hela workshoppen bort. Gallringen går inte att ångra: den "
            "når också programmets säkerhetskopior av databasen, som skrivs om eller tas bort. "
            "Filer du har exporterat och paket du har skickat når den inte."
        ),
    )
    purge_choice = purge.add_mutually_exclusive_group(required=True)
    purge_choice.add_argument(
        "--workshop",
        action="append",
        type=_workshop_id,
        metavar="ID",
        help=_("workshoppens id (kan upprepas)"),
    )
    purge_choice.add_argument(
        "--expired",
        action="store_true",
        help=_("alla workshoppar vars gallringsdatum har passerat"),
    )
    purge.add_argument(
        "--delete",
        action="store_true",
        help=_("ta bort hela workshopparna, inte bara namnen"),
    )
    purge.set_defaults(handler=_purge)
    record = commands.add_parser(
        "record",
        parents=[db_after],
        help=_("skriv registerförteckningen över personuppgifterna, för dataskyddsombudet"),
        description=_(
            "Förteckningen (enligt artikel 30 i dataskyddsförordningen) görs av det som "
            "databasen innehåller nu: ändamålet, vilka personuppgifter det finns och hur många, "
            "gallringen, var uppgifterna och säkerhetskopiorna finns och vem som har åtkomst. "
            "Det som databasen inte kan veta står som ”Fyll i”."
        ),
    )
    record.add_argument("--xlsx", type=Path, metavar=_("FIL"), help=_("Excel-fil att skriva"))
    record.add_argument("--pdf", type=Path, metavar=_("FIL"), help=_("PDF-fil att skriva"))
    record.add_argument(
        "--language",
        choices=LANGUAGES,
        help=_("filernas språk: sv eller en (som kommandots om det inte anges)"),
    )
    record.set_defaults(handler=_record)
    serve = commands.add_parser(
        "serve",
        parents=[db_after],
        help=_("låt deltagarna svara i mobilen: visa deltagarsidan på rummets nätverk"),
        description=_(
            "Visar deltagarsidan för en workshop på en adress i rummets lokala nätverk tills du "
            "trycker Ctrl+C. Första raden är adressen och koden som deltagarna skriver in; "
            "därefter en QR-kod. Bara privata och lokala adresser går att välja, aldrig alla "
            "nätverkskort. Deltagarna skattar påståendena om inte --notes eller --dots anges."
        ),
    )
    serve.add_argument(
        "--workshop", required=True, type=_workshop_id, metavar="ID", help=_("workshoppens id")
    )
    serve.add_argument(
        "--address",
        metavar=_("ADRESS"),
        help=_("adressen att lyssna på (som standard datorns adress i det lokala nätverket)"),
    )
    serve.add_argument(
        "--port", type=int, default=None, metavar="N", help=_("porten att lyssna på (8018)")
    )
    serve_round = serve.add_mutually_exclusive_group()
    serve_round.add_argument(
        "--notes",
        choices=("dependencies", "prerequisites", "actions"),
        metavar=_("STEG"),
        help=_("samla lappar för steget dependencies, prerequisites eller actions"),
    )
    serve_round.add_argument(
        "--dots",
        choices=("dependencies", "actions"),
        metavar=_("STEG"),
        help=_("låt deltagarna fördela prickar i steget dependencies eller actions"),
    )
    serve.set_defaults(handler=_serve)
    templates = commands.add_parser(
        "templates",
        help=_("lista mallarna för skattningen: den inbyggda och organisationens egna"),
        description=_(
            "En rad per mall som en ny workshop kan skapas med: nyckel, version, inbyggd eller "
            "egen, och namn. Egna mallar gör du i programmet under Arkiv > Mallar för "
            "skattningen."
        ),
    )
    templates.set_defaults(handler=_templates)
    handbook = commands.add_parser(
        "handbook",
        help=_("skriv handledningen för processledare som PDF"),
        description=_(
            "Handledningen beskriver metoden, varje stegs syfte, frågor och tider för varje "
            "variant, deltagarvyn, inmatningsläget och källorna, med samma texter som "
            "programmet visar. Ingen databas behövs."
        ),
    )
    handbook.add_argument(
        "--pdf", type=Path, required=True, metavar=_("FIL"), help=_("PDF-fil att skriva")
    )
    handbook.set_defaults(handler=_handbook)
    return parser


def _serve(args: argparse.Namespace) -> int:
    import signal
    import threading

    from hallbar_desktop.domain.workflow import WorkshopStep
    from hallbar_desktop.room_server.addresses import (
        DEFAULT_PORT,
        check_listen_address,
        guessed_room_address,
    )
    from hallbar_desktop.room_server.http_server import RoomServer
    from hallbar_desktop.room_server.room import OpenRound, Room, RoundKind

    address = args.address if args.address is not None else guessed_room_address()
    if address is None:
        raise UsageError(_("datorn har ingen adress i ett lokalt nätverk; ange en med --address"))
    check_listen_address(address)
    if args.notes:
        opened = OpenRound(RoundKind.NOTES, WorkshopStep.from_code(args.notes))
    elif args.dots:
        opened = OpenRound(RoundKind.DOTS, WorkshopStep.from_code(args.dots))
    else:
        opened = OpenRound(RoundKind.RATING)
    stop = threading.Event()
    with open_services(args.db, create_if_missing=False) as services:
        room = Room(services.workshops, args.workshop, language=_texts.language)
        room.open(opened)
        port = DEFAULT_PORT if args.port is None else args.port
        try:
            server = RoomServer(room, address, port)
        except OSError as error:
            raise UsageError(
                _("kan inte lyssna på {address} port {port}: {reason}").format(
                    address=address, port=port, reason=error.strerror or error
                )
            ) from None
        # SIGTERM ends the serving like Ctrl+C: every phone's connection is closed.
        previous = signal.signal(signal.SIGTERM, lambda _signal, _frame: stop.set())
        server.start()
        try:
            print(
                _("Deltagarna går till {url} och skriver koden {code}").format(
                    url=server.url, code=room.join_code
                ),
                flush=True,
            )
            _print_join_qr(server.join_url)
            while not stop.wait(0.5):
                pass
        except KeyboardInterrupt:
            pass
        finally:
            server.stop()
            signal.signal(signal.SIGTERM, previous)
    print(_("Deltagarsidan är stängd."), file=sys.stderr)
    return EXIT_OK


def _print_join_qr(url: str) -> None:
    """The join address as a QR code in the terminal, for a projected terminal window."""
    try:
        import segno
    except ImportError:
        return
    if sys.stdout.isatty():
        segno.make(url, error="m").terminal(compact=True)
        sys.stdout.flush()


def _handbook(args: argparse.Namespace) -> int:
    from hallbar_desktop import paths
    from hallbar_desktop.export.handbook import write_handbook
    from hallbar_desktop.ui.handbook_text import handbook_in_language

    book = handbook_in_language(__version__, _texts.language)
    write_handbook(book, args.pdf, paths.fonts_dir())
    print(args.pdf)
    return EXIT_OK


def _templates(_args: argparse.Namespace) -> int:
    service = template_service()
    for template in service.choices():
        kind = _("egen") if service.is_own(template) else _("inbyggd")
        fields = (
            template.key,
            _("version {version}").format(version=template.version),
            kind,
            template.name,
            _("(påståenden: {count})").format(count=len(template.statements)),
        )
        print(_shown("\t".join(fields)))
    for problem in service.unreadable():
        _say(
            _("en mallfil i {folder} kunde inte läsas och visas inte: {problem}").format(
                folder=service.folder, problem=_error_text(problem)
            )
        )
    return EXIT_OK


def _announce_if_new(services: Services, existed: bool) -> None:
    if not existed:
        print(
            _("Skapade en ny databas: {path}").format(path=services.database_path),
            file=sys.stderr,
        )


def _demo(args: argparse.Namespace) -> int:
    from hallbar_desktop.services.demo_workshop import add_demo_workshop

    existed = _database_exists(args.db)
    with open_services(args.db, create_if_missing=True, exclusive=True) as services:
        _announce_if_new(services, existed)
        workshop_id = add_demo_workshop(services.workshops, date.today(), once=args.once)
    print(workshop_id)
    return EXIT_OK


def _database_exists(path: Path | ServerAddress | None) -> bool:
    if isinstance(path, ServerAddress):
        return True  # a server's database is made by its IT; hallbar only adds its tables
    return (path or default_database_path()).exists()


def _overview_json(
    overview: WorkshopOverview, problems: Sequence[DataProblem] = ()
) -> dict[str, Any]:
    w = overview.workshop
    return {
        "id": str(w.id),
        "title": w.title,
        "organisation": w.organisation,
        "unit": w.unit,
        "date": w.held_on.isoformat() if w.held_on else None,
        "variant": w.variant.code,
        "status": w.status.code,
        "status_label": w.status.label,
        "follows_up_id": str(w.follows_up_id) if w.follows_up_id else None,
        "participants": overview.participants,
        "ratings": overview.ratings,
        "dependencies": overview.dependencies,
        "actions": overview.actions,
        "overdue_actions": overview.overdue_actions,
        "origin": None
        if overview.origin_id is None
        else {"installation_id": str(overview.origin_id), "computer": overview.origin_computer},
        "imported_at": overview.imported_at.isoformat() if overview.imported_at else None,
        "conflicts": overview.conflicts,
        "problems": [
            {
                "record": p.record,
                "record_id": p.record_id,
                "field": p.field,
                "stored_value": p.raw,
                "shown_as": data_problem_value(p, _texts.language),
                "meaning": data_problem_meaning(p, _texts.language),
            }
            for p in problems
        ],
    }


def unshown_summary(unshown: Mapping[str, int]) -> str:
    """How many characters a file could not show, and which: "3 tecken (U+1F9EC 🧬, …)"."""
    listed = ", ".join(f"U+{ord(c):04X} {c}" for c in sorted(unshown)[:5])
    more = ", …" if len(unshown) > 5 else ""
    count = sum(unshown.values())
    characters = _texts.ngettext("{count} tecken ({listed})", "{count} tecken ({listed})", count)
    return characters.format(count=count, listed=listed + more)


def _overview_line(overview: WorkshopOverview, problems: Sequence[DataProblem] = ()) -> str:
    w = overview.workshop
    when = w.held_on.isoformat() if w.held_on else _("utan datum")
    where = f"{w.organisation}: " if w.organisation else ""
    counts = ", ".join(
        (
            _texts.counted(overview.participants, "deltagare", "deltagare"),
            _texts.counted(overview.ratings, "skattning", "skattningar"),
            _texts.counted(overview.dependencies, "beroende", "beroenden"),
            _texts.counted(overview.actions, "åtgärd", "åtgärder"),
        )
    )
    if overview.overdue_actions:
        late = _texts.counted(overview.overdue_actions, "försenad", "försenade")
        counts += f" ({late})"
    status = next(
        (
            data_problem_value(p, _texts.language)
            for p in problems
            if p.record == "workshops" and p.field == "status"
        ),
        _texts.choice(w.status),
    )
    line = f"{w.id}  {when}  {where}{w.title}  [{status}]  {counts}"
    if problems:
        # On the same line, so that a script still reads one line per workshop.
        found = "; ".join(data_problem_line(p, _texts.language) for p in problems)
        line += "  [" + _("problem i databasen: {problems}").format(problems=found) + "]"
    return line


def _list(args: argparse.Namespace) -> int:
    problems: dict[UUID | None, list[DataProblem]] = {}
    if args.db is None and not _database_exists(None):
        # Nothing has been stored yet on this computer; listing must not create the file.
        overviews: tuple[WorkshopOverview, ...] = ()
    else:
        # Reading takes no lock: SQLite keeps each read whole while a window writes, and
        # listing must work while the facilitator's window is open (or the file is read-only).
        with open_services(args.db, create_if_missing=False, may_read_only=True) as services:
            _warn_about(services)
            overviews = services.workshops.list_workshops()
            for problem in services.workshops.data_problems():
                problems.setdefault(problem.workshop_id, []).append(problem)
    if args.json:
        print(
            _json_text(
                [_overview_json(o, problems.get(o.workshop.id, ())) for o in overviews],
                ensure_ascii=False,
                indent=2,
            )
        )
    elif not overviews:
        print(
            _("Det finns inga workshoppar ännu. Lägg till en exempelworkshop med: hallbar demo"),
            file=sys.stderr,
        )
    else:
        for overview in overviews:
            print(_shown(_overview_line(overview, problems.get(overview.workshop.id, ()))))
    if problems:
        _say_problems(sum(len(found) for found in problems.values()))
    return EXIT_OK


def _say_problems(count: int) -> None:
    _say(
        _(
            "värden i databasen som inte kunde läsas som de är (antal: {count}) lämnas orörda; "
            "de står under ”problem i databasen”. Rätta dem i programmet under Arkiv > Problem "
            "i databasen…"
        ).format(count=count)
    )


def _workshop_id(text: str) -> UUID:
    try:
        return UUID(text)
    except ValueError:
        raise UsageError(
            _("{text} är inget giltigt workshop-id (se hallbar list)").format(text=repr(text))
        ) from None


def _iso_date(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(
            _("{option} ska vara ett datum som ÅÅÅÅ-MM-DD, inte {text}").format(
                option=option, text=repr(text)
            )
        ) from None


@contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector while this one-shot command exports.

    An export builds hundreds of thousands of objects that live until it ends (the workshops,
    their summaries, rows and cells); the collector keeps walking all of them as they pile up,
    which costs a 630-workshop roll-up more than half a second. The switch is process-wide, so
    only this command, which runs nothing else meanwhile, uses it: the window's exports run in
    a worker thread beside the GUI thread and leave it alone."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _export(args: argparse.Namespace) -> int:
    from hallbar_desktop.domain.export_settings import Selection

    if args.xlsx is None and args.pdf is None and args.csv is None:
        raise UsageError(
            _(
                "ange --xlsx FIL, --pdf FIL, --csv MAPP eller flera av dem "
                "(se hallbar export --help)"
            )
        )
    filters = args.organisation is not None or args.date_from or args.date_to
    if filters and not args.all:
        raise UsageError(_("--organisation, --from och --to går bara att använda med --all"))
    if args.names and args.personal_data is False:
        raise UsageError(_("--names och --without-personal-data går inte att använda tillsammans"))
    # None: the service's default, which is without personal data for a roll-up.
    stripped = None if args.personal_data is None else not args.personal_data
    ids = [_workshop_id(text) for text in args.workshop or ()]
    date_from = _iso_date(args.date_from, "--from")
    date_to = _iso_date(args.date_to, "--to")
    # No lock, like list: a coordinator may export while the workshop window is open.
    # A roll-up of the whole database starts its helper process now (see open_services).
    with open_services(
        args.db, create_if_missing=False, may_read_only=True, rollup_ahead=args.all
    ) as services:
        _warn_about(services)
        if args.all:
            ids = list(
                services.exports.select(
                    organisation=args.organisation, date_from=date_from, date_to=date_to
                )
            )
            if not ids:
                raise UsageError(_("inga workshoppar i databasen matchar urvalet"))
        with _without_cycle_collection():
            written = services.exports.export(
                ids,
                xlsx=args.xlsx,
                pdf=args.pdf,
                csv=args.csv,
                include_names=args.names,
                without_personal_data=stripped,
                rollup=True if args.all else None,
                selection=Selection(args.organisation, date_from, date_to) if args.all else None,
                language=args.language or _texts.language,
            )
    for path in written:
        print(path)
    for path, unshown in written.unshown.items():
        _say(
            _("{file}: inget av programmets typsnitt har {characters}; de visas som �").format(
                file=path.name, characters=unshown_summary(unshown)
            )
        )
    return EXIT_OK


def _pack(args: argparse.Namespace) -> int:
    if args.target.suffix.lower() != ".hallbar":
        raise UsageError(
            _("paketets filnamn ska sluta på .hallbar, inte {name}").format(
                name=repr(str(args.target))
            )
        )
    ids = [_workshop_id(text) for text in args.workshop or ()]
    # No lock, like export: packing only reads (and names the file once, see installation.py).
    with open_services(args.db, create_if_missing=False, may_read_only=True) as services:
        _warn_about(services)
        if args.all:
            ids = list(services.packages.all_ids())
            if not ids:
                raise UsageError(_("det finns inga workshoppar i databasen att packa"))
        written = services.packages.pack(ids, args.target, names=args.names)
    print(written)
    return EXIT_OK


_OUTCOME_WORDS = {"new": N_("ny"), "updated": N_("uppdaterad"), "unchanged": N_("oförändrad")}
_KIND_WORDS = {
    "workshop": N_("workshoppens uppgifter"),
    "participant": N_("deltagare"),
    "rating": N_("skattning"),
    "tally": N_("handräkning"),
    "group_score": N_("gruppens skattning"),
    "dependency": N_("beroende"),
    "action": N_("åtgärd"),
    "prerequisite_check": N_("förutsättning"),
    "success_factor": N_("framgångsfaktor"),
    "note": N_("anteckning"),
}


def _push(args: argparse.Namespace) -> int:
    from hallbar_desktop.app import pack_for_push

    with tempfile.TemporaryDirectory(prefix="hallbar-push-") as scratch:
        package = pack_for_push(args.source, Path(scratch), names=args.names)
        return _import(argparse.Namespace(db=args.db, packages=[package]))


def _owner(args: argparse.Namespace) -> int:
    with open_services(args.db, create_if_missing=False, exclusive=True) as services:
        services.coordinator.give_workshop(args.workshop, args.role)
    print(
        _shown(
            _("Workshoppen {workshop} hör nu till {role}.").format(
                workshop=args.workshop, role=args.role
            )
        )
    )
    return EXIT_OK


def _audit(args: argparse.Namespace) -> int:
    from hallbar_desktop.domain.audit import record_labels

    # Reading only, like list: it works while the window has the file open.
    with open_services(args.db, create_if_missing=False, may_read_only=True) as services:
        log = services.workshops.audit_log(args.workshop)
        labels = record_labels(services.workshops.contents(args.workshop))
    language = _texts.language
    for entry in log.entries:
        who = entry.user or _("(gallrat)")
        where = entry.computer or _("(gallrat)")
        when = entry.at.astimezone().strftime("%Y-%m-%d %H:%M")
        what = audit_what(entry, language, labels.get(entry.record_id, ""))
        print(_shown(f"{entry.seq}\t{when}\t{who}\t{where}\t{what}"))
    if log.broken is not None:
        _say(audit_break(log.broken, language))
        return EXIT_USAGE
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from hallbar_desktop.app import package_reader
    from hallbar_desktop.domain.package_merge import RecordRef, record_title
    from hallbar_desktop.services.import_service import read_packages

    for path in args.packages:
        if path.suffix.lower() != ".hallbar":
            raise UsageError(
                _("ett paket ska sluta på .hallbar, inte {name}").format(name=repr(str(path)))
            )
    # Checked whole before the database is opened: a refused package creates nothing.
    packages = read_packages(package_reader(), args.packages)
    existed = _database_exists(args.db)
    with open_services(args.db, create_if_missing=True, exclusive=True) as services:
        _announce_if_new(services, existed)
        summary = services.imports.import_packages(packages)
        conflicts = services.imports.conflicts() if summary.conflicts else ()
    for item in summary.workshops:
        when = item.held_on.isoformat() if item.held_on else _("utan datum")
        where = f"{item.organisation}: " if item.organisation else ""
        outcome = _(_OUTCOME_WORDS[item.outcome])
        source = _("från {computer}, {file}").format(
            computer=item.origin.computer, file=item.source.name
        )
        counts = _("ändrade poster: {taken}, nya konflikter: {conflicts}").format(
            taken=item.taken, conflicts=item.conflicts
        )
        print(
            _shown(
                f"{outcome:<10}  {item.workshop_id}  {when}  {where}{item.title}  [{source}]  "
                f"{counts}"
            )
        )
    for item in summary.workshops:
        # The package's audit log: what it added here, and whether it was changed outside the
        # program (it is kept as it came, and the window's Ändringslogg says so too).
        said = []
        if item.audit_entries:
            said.append(_("nya poster: {count}").format(count=item.audit_entries))
        if item.audit_broken is not None:
            said.append(audit_break(item.audit_broken, _texts.language))
        if said:
            print(_shown(_("ändringslogg") + f"  {item.workshop_id}  " + " ".join(said)))
    new_ids = {item.workshop_id for item in summary.workshops if item.conflicts}
    for found in conflicts:
        if found.conflict.workshop_id not in new_ids:
            continue
        ref = RecordRef(found.conflict.kind, found.conflict.key)
        title = record_title(ref, found.here) or record_title(ref, found.theirs)
        kept = _("{record} ”{title}”: den här versionen behålls tills du väljer").format(
            record=_(_KIND_WORDS[ref.kind]), title=title
        )
        print(_shown(_("konflikt") + f"  {found.conflict.workshop_id}  {kept}"))
    if summary.backup is not None:
        before = _("Säkerhetskopia före importen: {path}").format(path=summary.backup)
        print(_shown(before), file=sys.stderr)
    elif not summary.written:
        print(_("Inget att ändra: databasen har redan allt i paketen."), file=sys.stderr)
    return EXIT_OK


def _warn_about(services: Services) -> None:
    if services.backup_problem:
        _say(_("varning: {problem}").format(problem=_error_text(services.backup_problem)))


def _backup(args: argparse.Namespace) -> int:
    place = BackupPlace(args.backups) if args.backups else None
    made = make_backup_now(args.db, place)
    print(made.path)
    places = backup_service_for(args.db, place=place).places()
    if places.fell_back:
        _say(
            _(
                "Mappen bredvid databasen går inte att skapa eller skriva i, så kopian sparades "
                "i din användarmapp: {folder}"
            ).format(folder=made.path.parent)
        )
    return EXIT_OK


def _backup_line(backup: Backup) -> str:
    if backup.workshops is None:
        workshops = _("kan inte läsas")
    else:
        workshops = _texts.counted(backup.workshops, "workshop", "workshoppar")
    size = f"{_texts.decimal(backup.size_bytes / 1_000_000)} MB"
    return (
        f"{backup.made_at:%Y-%m-%d %H:%M:%S}  {_texts.choice(backup.kind):<18}  "
        f"{workshops:<15}  {size:>9}  {_shown(backup.path.name)}"
    )


def _restore(args: argparse.Namespace) -> int:
    if args.list:
        backups = backup_service_for(args.db)
        listed = backups.backups()
        if not listed:
            print(
                _("Det finns inga säkerhetskopior av {database} ännu.").format(
                    database=backups.database_path
                ),
                file=sys.stderr,
            )
        else:
            # The folder in use first, then the other one if older backups are there.
            holding = [f for f in backups.folders if any(b.path.parent == f for b in listed)]
            heading = _("Säkerhetskopior av {database} (i {folder}):").format(
                database=backups.database_path, folder=", ".join(map(str, holding))
            )
            print(_shown(heading))
        for backup in listed:
            print(_backup_line(backup))
        return EXIT_OK
    result = restore_from(args.db, args.backup)
    print(
        _("Återställde {backup} till databasen {database}.").format(
            backup=result.restored.path, database=args.db or default_database_path()
        )
    )
    if result.previous_kept_at is not None:
        print(
            _("Databasen som den var innan sparades som {path}.").format(
                path=result.previous_kept_at
            )
        )
    return EXIT_OK


def _purge(args: argparse.Namespace) -> int:
    from hallbar_desktop.domain.retention import PurgeKind

    kind = PurgeKind.WORKSHOP if args.delete else PurgeKind.NAMES
    with open_services(args.db, create_if_missing=False, exclusive=True) as services:
        _warn_about(services)
        if args.expired:
            ids = [w.id for w in services.retention.past_retention(kind)]
            if not ids:
                print(_("Ingen workshop har passerat sitt gallringsdatum."), file=sys.stderr)
                return EXIT_OK
        else:
            ids = list(args.workshop)
        report = services.retention.purge(ids, kind)
    for purged in report.workshops:
        if purged.kind is PurgeKind.WORKSHOP:
            what = _("hela workshoppen borttagen")
        else:
            what = _(
                "namn och roller borttagna (deltagare: {people}, anteckningar: {notes})"
            ).format(people=purged.participants_cleared, notes=purged.notes_unauthored)
        done = _("gallrad")
        print(_shown(f"{done}  {purged.workshop_id}  {purged.title}  {what}"))
    for line in _purge_notes(report):
        print(_shown(line), file=sys.stderr)
    return EXIT_OK


def _purge_notes(report: Any) -> list[str]:
    """What a purge did outside the database, and the copies it could not reach."""
    lines = []
    if report.on_server:
        lines.append(
            _(
                "Databasen ligger på en server: serverns egna säkerhetskopior gallras enligt "
                "organisationens rutin för servern, inte av hallbar."
            )
        )
        if not report.file_compacted:
            lines.append(
                _(
                    "Tabellerna på servern skrevs inte om, så de borttagna uppgifterna kan finnas "
                    "kvar i serverns filer: be den som sköter servern att köra VACUUM FULL "
                    "(docs/privacy.md)."
                )
            )
    for path in report.backups_rewritten:
        lines.append(_("Säkerhetskopia gallrad: {path}").format(path=path))
    for path in report.backups_removed:
        lines.append(_("Säkerhetskopia borttagen (kunde inte gallras): {path}").format(path=path))
    for path in report.copies_not_reached:
        lines.append(_("Kan inte gallras, ta bort den själv: {path}").format(path=path))
    for purged in report.workshops:
        if purged.imported_from:
            lines.append(
                _("”{title}” lästes in från {computer}: kopian där gallras inte härifrån.").format(
                    title=purged.title, computer=purged.imported_from
                )
            )
    lines.append(
        _(
            "Filer som du har exporterat (Excel, PDF, CSV) och paket som du har skickat "
            "innehåller fortfarande det de innehöll: ta bort dem själv."
        )
    )
    return lines


def _record(args: argparse.Namespace) -> int:
    if args.xlsx is None and args.pdf is None:
        raise UsageError(_("ange --xlsx FIL, --pdf FIL eller båda (se hallbar record --help)"))
    # No lock, like export: the record only reads.
    with open_services(args.db, create_if_missing=False, may_read_only=True) as services:
        _warn_about(services)
        written = services.records.write(
            xlsx=args.xlsx, pdf=args.pdf, language=args.language or _texts.language
        )
    for path in written:
        print(path)
    return EXIT_OK


def _with_way_back(error: HallbarError) -> str:
    """A broken or missing file's message, with the command that lists its backups."""
    from hallbar_desktop.domain.errors import (
        DatabaseDamagedError,
        DatabaseMissingError,
        NotAHallbarDatabaseError,
    )

    if not isinstance(
        error, DatabaseDamagedError | DatabaseMissingError | NotAHallbarDatabaseError
    ):
        return _error_text(error)
    try:
        backups = backup_service_for(error.path).backups()
    except OSError:
        return _error_text(error)
    if not backups:
        return _error_text(error)
    way_back = _texts.ngettext(
        "Det finns en säkerhetskopia: se den med {command}",
        "Det finns {count} säkerhetskopior: se dem med {command}",
        len(backups),
    ).format(count=len(backups), command=f"hallbar restore --db {error.path} --list")
    return f"{_error_text(error)} {way_back}"


def _error_text(error: HallbarError) -> str:
    """What ``error`` means, in the language the command speaks."""
    return message(error, _texts.language)


def _open_gui(args: argparse.Namespace) -> int:
    existed = _database_exists(args.db)
    if not existed and args.db is None:
        print(
            _("Skapade en ny databas: {path}").format(path=default_database_path()),
            file=sys.stderr,
        )
    return run_gui(args.db, workshop_id=args.workshop)


def _screenshots(args: argparse.Namespace) -> int:
    match = re.fullmatch(r"(\d{3,5})x(\d{3,5})", args.size)
    if not match:
        raise UsageError(
            _("storleken {size} ska skrivas som bredd x höjd, till exempel 1366x768").format(
                size=args.size
            )
        )
    if args.out.exists() and not args.out.is_dir():
        raise UsageError(_("{path} är ingen mapp").format(path=args.out))
    if not args.out.parent.is_dir():
        raise UsageError(_("mappen {path} finns inte").format(path=args.out.parent))
    width, height = int(match.group(1)), int(match.group(2))
    language = args.language or _texts.language
    for path in render_screenshots(args.out, width, height, language, args.theme, args.text_size):
        print(path)
    return EXIT_OK


def _self_test(args: argparse.Namespace) -> int:
    if args.command is not None or args.db is not None or args.workshop is not None:
        raise UsageError(
            _("--self-test anges ensamt: det provar i en tillfällig mapp och rör inte din databas")
        )
    from hallbar_desktop.self_test import run_self_test

    run_self_test()
    return EXIT_OK


# What a terminal would obey instead of show, or cannot print: C0 controls but tab (ESC[2J
# clears the screen, a line break splits a workshop's line), DEL, C1 (0x9b starts a command on
# some terminals) and lone surrogates. A file may hold them: an earlier version stored them, or
# another tool wrote the file; a lock file names a computer and a user.
_UNPRINTABLE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\ud800-\udfff]")
_JSON_UNPRINTABLE = re.compile("[\x7f-\x9f\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r"}


def _shown(text: str) -> str:
    """``text`` for a terminal: each such character as its escape (\\x1b, \\n, \\ud800), all
    else as it is (tab, å ä ö, emoji, right-to-left text)."""
    return _UNPRINTABLE.sub(lambda m: _NAMED.get(m[0]) or _escaped(ord(m[0])), text)


def _escaped(code: int) -> str:
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def _json_text(value: Any, **options: Any) -> str:
    """json.dumps, with DEL, C1 and lone surrogates escaped too (it escapes only C0): the same
    values for a JSON reader, nothing for a terminal to obey."""
    text = json.dumps(value, **options)
    return _JSON_UNPRINTABLE.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


def _add_workshop_choice(command: argparse.ArgumentParser) -> None:
    """--workshop ID (repeatable) or --all: which workshops a command takes."""
    chosen = command.add_mutually_exclusive_group(required=True)
    chosen.add_argument(
        "--workshop", action="append", metavar="ID", help=_("workshoppens id (kan upprepas)")
    )
    chosen.add_argument("--all", action="store_true", help=_("alla workshoppar i databasen"))


def _say(message: str) -> None:
    """One line on stderr, even when a path in the message holds a line break; a path, or a
    name read from a file, is shown and never obeyed by the terminal."""
    print("hallbar: " + _shown(" ".join(message.splitlines())), file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    window_start = _window_start_arguments(arguments)
    if window_start is None:
        _speak(_asked_language(arguments) or language_from_environment())
    else:
        _speak(window_start.command_language or language_from_environment())
    try:
        if window_start is None:
            with _argparse_speaking(_texts.language):
                args = _build_parser().parse_args(arguments)
        else:
            args = window_start
        handler = _self_test if args.self_test else getattr(args, "handler", _open_gui)
        return handler(args)
    except (Exception, KeyboardInterrupt) as error:
        return _exit_after(error)


def window_start_failed(error: BaseException, command_language: str | None) -> int:
    """Say why a start of the window that did not come through main failed (see __main__), as
    main would have said it, in the command's language; the exit code."""
    _speak(command_language or language_from_environment())
    return _exit_after(error)


def _exit_after(error: BaseException) -> int:
    """The message for ``error`` on stderr; the exit code it means."""
    try:
        raise error
    except UsageError as usage:
        _say(str(usage))
        return EXIT_USAGE
    except HallbarError as refusal:
        _say(_with_way_back(refusal))
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader (e.g. `head`) went away; nothing is wrong with the data. Pointing stdout at
        # devnull stops Python from complaining about the broken pipe again at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as unexpected_error:
        traceback.print_exc()
        unexpected = _("ett oväntat fel inträffade ({error}).").format(
            error=type(unexpected_error).__name__
        )
        print(f"hallbar: {unexpected}", file=sys.stderr)
        return EXIT_UNEXPECTED
