"""The sentence for each error code, in the language the window or the command speaks."""

from __future__ import annotations

import functools
import string
from collections.abc import Callable, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from hallbar_desktop.domain.audit import (
    ADDED,
    REMOVED,
    TEXT_CHANGED,
    AuditEntry,
    ChainBreak,
    audit_choice,
)
from hallbar_desktop.domain.choices import LabelledChoice
from hallbar_desktop.domain.data_problems import (
    BROKEN_TEMPLATE,
    EMPTY,
    FIELD_LABELS,
    IMPOSSIBLE_DATE,
    INVALID,
    NOT_A_NUMBER,
    OUT_OF_RANGE,
    RECORD_LABELS,
    TOO_LONG,
    UNDECODABLE_TEXT,
    UNKNOWN_CHOICE,
    DataProblem,
    replaced_value,
)
from hallbar_desktop.domain.errors import HallbarError, PackageError, Phrase
from hallbar_desktop.text_catalogue import SOURCE_LANGUAGE, catalogue

# Values that are words of the source language (a field's label, a place): translated too.
_WORDS = frozenset({"label", "place", "among", "scale", "word", "record"})


def message(error: HallbarError | Phrase, language: str = SOURCE_LANGUAGE) -> str:
    """What ``error`` (or a phrase of the core) means for the user, in ``language``, with its
    values filled in."""
    sentence = sentences(language).get(error.code)
    if sentence is None:
        # A code without a sentence (a test's own, or a mistake the tests catch): the code.
        return error.code
    gettext = catalogue(language).gettext
    values = {name: _shown(value, language) for name, value in error.params.items()}
    for name in _WORDS & values.keys():
        values[name] = gettext(values[name])
    reason = error.params.get("reason")
    if isinstance(reason, str) and reason in _reasons(language):
        # Why, as a code of ours (with the error's values); any other reason is the system's
        # own text, shown as it is.
        values["reason"] = _Formatter(language).format(_reasons(language)[reason], **values)
    for name, make in _DERIVED.get(error.code, {}).items():
        values[name] = make(gettext, error.params)
    text = _Formatter(language).format(sentence, **values)
    if isinstance(error, PackageError) and error.place:
        # A place is a file's name, the document's own keys ("workshop 2, action 5") and
        # words of ours ("paketet"): each part is translated that is one.
        place = ", ".join(gettext(part) for part in error.place.split(", "))
        return f"{place}: {text}"
    return text


def _shown(value: Any, language: str) -> Any:
    if isinstance(value, HallbarError | Phrase):
        return message(value, language)
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    return value


class _Formatter(string.Formatter):
    """str.format, where ``{limit:n}`` writes a count as the language does: 20 000 in Swedish
    (with a space that never breaks the line), 20,000 in English."""

    def __init__(self, language: str) -> None:
        self._language = language

    def format_field(self, value: Any, format_spec: str) -> str:
        if format_spec == "n" and isinstance(value, int):
            grouped = f"{value:,}"
            return grouped.replace(",", "\u00a0") if self._language == SOURCE_LANGUAGE else grouped
        return super().format_field(value, format_spec)


def _in_use_by(gettext: Callable[[str], str], params: Mapping[str, Any]) -> str:
    if params.get("user"):
        return gettext("process {pid}, användare {user}").format(**params)
    return gettext("process {pid}").format(**params)


def _in_use_since(gettext: Callable[[str], str], params: Mapping[str, Any]) -> str:
    since = params.get("since")
    if since is None:
        return ""
    return " " + gettext("sedan {since}").format(since=f"{since:%Y-%m-%d %H:%M}")


def _json_type(kind: str, gettext: Callable[[str], str]) -> str:
    words = {
        "object": gettext("ett objekt"),
        "array": gettext("en lista"),
        "string": gettext("en text"),
        "integer": gettext("ett heltal"),
        "number": gettext("ett tal"),
        "boolean": gettext("true eller false"),
    }
    return words.get(kind, kind)


def _wanted_types(gettext: Callable[[str], str], params: Mapping[str, Any]) -> str:
    joined = " " + gettext("eller") + " "
    return joined.join(_json_type(kind, gettext) for kind in params["wanted_types"])


def _found_type(gettext: Callable[[str], str], params: Mapping[str, Any]) -> str:
    return _json_type(params["found_type"], gettext)


def _changes(gettext: Callable[[str], str], params: Mapping[str, Any]) -> str:
    """A line for each field someone else changed: its value now and the one the edit wanted."""
    line = gettext("{label} är nu {now}; du ville spara {wanted}.")
    return "".join(
        "\n"
        + line.format(
            label=gettext(label), now=_value(now, gettext), wanted=_value(wanted, gettext)
        )
        for label, now, wanted in params["changes"]
    )


def conflict_changes(error: HallbarError, language: str = SOURCE_LANGUAGE) -> str:
    """For each field of a ConflictError, a line with its value now and the one the edit
    wanted, for a window that lets the user choose between them."""
    return _changes(catalogue(language).gettext, error.params).strip("\n")


def _quoted_name(gettext: Callable[[str], str], params: Mapping[str, Any]) -> str:
    return _short(params["name"])


def _value(value: object, gettext: Callable[[str], str]) -> str:
    """A stored value as a sentence about a change shows it."""
    if value is None or value == "" or value == frozenset():
        return gettext("(tomt)")
    if isinstance(value, LabelledChoice):
        return gettext(value.label)
    if isinstance(value, bool):
        return gettext("ja") if value else gettext("nej")
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, frozenset):
        return ", ".join(sorted(_value(v, gettext) for v in value))
    if isinstance(value, str):
        return gettext("”{text}”").format(text=_short(value))
    return str(value)


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# Values a sentence shows that are made of several words of their own.
_DERIVED: dict[str, dict[str, Callable[[Callable[[str], str], Mapping[str, Any]], str]]] = {
    "database_in_use": {"who": _in_use_by, "when": _in_use_since},
    "database_in_use_elsewhere": {"who": _in_use_by, "when": _in_use_since},
    "package_wrong_type": {"wanted": _wanted_types, "found": _found_type},
    "changed_by_someone_else": {"changes": _changes},
    "changed_by_someone_else_named": {"changes": _changes, "name": _quoted_name},
}


def data_problem_meaning(problem: DataProblem, language: str = SOURCE_LANGUAGE) -> str:
    """What a value the file holds but the program cannot use means for the workshop, in a
    sentence or two."""
    gettext = catalogue(language).gettext
    if problem.broken_rule is not None:
        first = message(problem.broken_rule, language)
    else:
        first = _data_meanings(language).get(problem.reason, _data_meanings(language)[INVALID])
    if problem.left_out:
        left_out = gettext(
            "Den räknas inte med i resultaten; ange den på nytt för att ersätta värdet i filen."
        )
        first = f"{first} {left_out}" if problem.broken_rule is not None else left_out
    parts = [first]
    if problem.reason == BROKEN_TEMPLATE:
        parts.append(
            gettext(
                "Programmet använder {stand_in} i stället; workshoppens egen kopia i filen "
                "lämnas orörd."
            ).format(stand_in=message(problem.stand_in, language))
        )
    elif problem.stand_in is not None:
        parts.append(
            gettext(
                "Programmet använder {stand_in} tills du ändrar fältet; värdet i filen lämnas "
                "orört."
            ).format(stand_in=message(problem.stand_in, language))
        )
    return " ".join(parts)


def data_record_kind(record: str, language: str = SOURCE_LANGUAGE) -> str:
    """What a person calls a kind of record (a RECORD_LABELS key), in ``language``."""
    return _record_kinds(language).get(record, record)


@functools.cache
def _record_kinds(language: str) -> dict[str, str]:
    texts = catalogue(language)
    kinds = {record: texts.gettext(label) for record, label in RECORD_LABELS.items()}
    # One record is one participant ("Deltagare" alone heads the list of them).
    kinds["participants"] = texts.pgettext("post", "Deltagare")
    return kinds


def data_field_label(field: str, language: str = SOURCE_LANGUAGE) -> str:
    """A field's name as the pages call it (a FIELD_LABELS key), in ``language``; a field not
    named there by its code."""
    label = FIELD_LABELS.get(field)
    return field if label is None else catalogue(language).gettext(label)


def audit_what(entry: AuditEntry, language: str = SOURCE_LANGUAGE, label: str = "") -> str:
    """What a logged change did, in ``language``: the kind of record (and ``label``, what a
    person knows it by, if it is still there), then what was added, removed or changed; the
    log's values are codes, numbers and dates, and free text is only said to have changed."""
    texts = catalogue(language)
    kind = data_record_kind(entry.kind, language)
    if label:
        kind = f"{kind} {texts.gettext('”{text}”').format(text=label)}"
    if entry.change == ADDED:
        return texts.gettext("{kind} lades till").format(kind=kind)
    if entry.change == REMOVED:
        return texts.gettext("{kind} togs bort").format(kind=kind)
    if entry.kind in ("ratings", "rating_tallies") or "→" not in entry.change:
        return f"{kind}: {entry.change}"
    changes = []
    for part in entry.change.split(", "):
        field, _, values = part.partition(": ")
        old, _, new = values.partition("→")
        name = data_field_label(field, language)
        if old == TEXT_CHANGED:
            changes.append(texts.gettext("{field} ändrades").format(field=name))
            continue
        choice = audit_choice(entry.kind, field)
        if choice is not None:
            old, new = (_choice_words(choice, code, texts.gettext) for code in (old, new))
        changes.append(f"{name} {old or '–'} → {new or '–'}")
    return f"{kind}: {'; '.join(changes)}"


def _choice_words(choice: type[LabelledChoice], code: str, gettext: Callable[[str], str]) -> str:
    try:
        return gettext(choice.from_code(code).label)
    except ValueError:
        return code  # no choice (empty) or one this version does not know


def audit_break(broken: ChainBreak, language: str = SOURCE_LANGUAGE) -> str:
    """One sentence on where a workshop's audit log was changed outside the program."""
    if broken.after == 0:
        return message(Phrase("audit_chain_broken_at_start"), language)
    return message(
        Phrase("audit_chain_broken", after=broken.after, position=broken.position), language
    )


def data_problem_record(problem: DataProblem, language: str = SOURCE_LANGUAGE) -> str:
    """The record as a person finds it: its kind, and its title unless it is the workshop."""
    kind = data_record_kind(problem.record, language)
    if problem.record_label and problem.record != "workshops":
        quoted = catalogue(language).gettext("”{text}”").format(text=problem.record_label)
        return f"{kind} {quoted}"
    return kind


def data_problem_value(problem: DataProblem, language: str = SOURCE_LANGUAGE) -> str:
    """The stored value as every list, export and page names it."""
    gettext = catalogue(language).gettext
    if problem.reason in (TOO_LONG, EMPTY):
        return problem.raw or gettext("(tomt)")
    return gettext("okänt värde ({value})").format(value=problem.raw)


def data_problem_kept_as(problem: DataProblem, language: str = SOURCE_LANGUAGE) -> str:
    """What keeping the stand-in writes, in words."""
    if problem.reason == UNDECODABLE_TEXT or problem.stand_in is None:
        return catalogue(language).gettext(
            "texten som den visas, med � där tecken inte gick att läsa"
        )
    return message(problem.stand_in, language)


def data_problem_line(problem: DataProblem, language: str = SOURCE_LANGUAGE) -> str:
    """The problem in one line, for the command line and the exports."""
    record = data_problem_record(problem, language)
    field = data_field_label(problem.field, language)
    return f"{record}, {field}: {data_problem_value(problem, language)}"


def shown_instead(
    problems: tuple[DataProblem, ...], record: str, field: str, language: str = SOURCE_LANGUAGE
) -> str | None:
    """What a list shows for a field whose stored value the program replaced by a stand-in
    ("okänt värde (…)"), so no list passes the stand-in off as the stored value; None when the
    field is fine or its text is shown as it is."""
    problem = replaced_value(problems, record, field)
    return None if problem is None else data_problem_value(problem, language)


@functools.cache
def _data_meanings(language: str) -> dict[str, str]:
    gettext = catalogue(language).gettext
    return {
        TOO_LONG: gettext(
            "Texten är längre än vad som går att skriva in i dag. Den visas och sparas som den "
            "är; först när du ändrar den måste den hålla sig inom gränsen."
        ),
        EMPTY: gettext("Fältet ska vara ifyllt men är tomt i filen. Skriv in något när du kan."),
        UNKNOWN_CHOICE: gettext("Värdet är inget av de val som den här versionen känner till."),
        IMPOSSIBLE_DATE: gettext(
            "Datumet finns inte i kalendern eller är skrivet på ett sätt som inte går att läsa."
        ),
        NOT_A_NUMBER: gettext("Fältet ska innehålla ett heltal men innehåller något annat."),
        OUT_OF_RANGE: gettext("Talet ligger utanför det tillåtna intervallet."),
        UNDECODABLE_TEXT: gettext(
            "Texten innehåller byte som inte är giltig UTF-8, till exempel efter en skadad "
            "överföring. Tecknen som inte går att läsa visas som �."
        ),
        BROKEN_TEMPLATE: gettext("Workshoppens kopia av mallen för skattningen går inte att läsa."),
        INVALID: gettext("Värdet bryter mot en regel i den här versionen."),
    }


@functools.cache
def _reasons(language: str) -> dict[str, str]:
    """The words for each code of why (an error's ``reason``), as part of its sentence."""
    gettext = catalogue(language).gettext
    return {
        # Why a copy of the database could not be made or put back
        "disk_full": gettext("disken är full"),
        "database_busy": gettext(
            "ett annat program skriver i databasen just nu; försök igen om en stund"
        ),
        "folder_not_writable": gettext("du saknar behörighet att skriva i mappen"),
        # Why a backup cannot be restored (after "eftersom")
        "backup_missing": gettext("filen inte finns eller inte går att läsa"),
        "backup_not_found": gettext("den inte finns (se hallbar restore --list)"),
        "backup_damaged": gettext("den är skadad"),
        "backup_too_new": gettext("den kommer från en nyare version av programmet"),
        "backup_not_hallbar": gettext("den inte är någon hallbar-databas"),
        "backup_unreadable": gettext("den inte går att läsa"),
        # Why a database file cannot be read (in brackets after the sentence)
        "path_is_folder": gettext("sökvägen är en mapp"),
        "link_target_missing": gettext(
            "den pekar på {target}, som inte finns. Är USB-minnet eller nätverksenheten ansluten?"
        ),
        "file_not_readable": gettext("du saknar behörighet att läsa filen"),
        "file_not_openable": gettext("filen kan inte öppnas"),
        "made_there_meanwhile": gettext("en annan fil skapades där samtidigt"),
        "interrupted_write_read_only": gettext(
            "ett program avbröts mitt i en ändring av den, och det senast sparade kan bara tas "
            "fram om du får skriva i filen och mappen. Ta bort skrivskyddet och försök igen"
        ),
        "database_answered": gettext("databasen svarade: {answer}"),
        "unknown_error": gettext("okänt fel"),
        "lock_not_made": gettext("låsfilen {lock} kunde inte skapas: {cause}"),
        "lock_not_made_disk_full": gettext("låsfilen {lock} kunde inte skapas: disken är full"),
        # Why a server's address cannot be used (after a colon)
        "address_not_postgresql": gettext("den ska börja med postgresql://"),
        "password_in_address": gettext(
            "lösenordet får inte stå i adressen. Ange det i miljövariabeln PGPASSWORD, i filen "
            "~/.pgpass eller i en tjänstefil (PGSERVICEFILE), eller skriv det när programmet "
            "frågar"
        ),
        # Why an export file could not be written
        "disk_write_error": gettext("disken svarade med ett skrivfel"),
    }


def reason_codes() -> frozenset[str]:
    """The codes of why that the table words (the rest of an error's reasons are the system's)."""
    return frozenset(_reasons(SOURCE_LANGUAGE))


@functools.cache
def sentences(language: str) -> dict[str, str]:
    """Every error code's sentence in ``language`` (str.format placeholders: the error's
    values)."""
    gettext = catalogue(language).gettext
    return {
        # The database file
        "database_missing": gettext("Databasfilen {path} finns inte. Kontrollera sökvägen."),
        "database_folder_missing": gettext(
            "Mappen {folder} finns inte, så databasen {path} kan inte skapas."
        ),
        "database_unreadable": gettext("Databasfilen {path} går inte att läsa ({reason})."),
        "database_read_only": gettext(
            "Databasfilen {path} är skrivskyddad, så ändringar kan inte sparas. "
            "Kopiera den till en mapp där du kan skriva, eller ta bort skrivskyddet."
        ),
        "database_folder_read_only": gettext(
            "Mappen {folder} är skrivskyddad, så ändringar i databasen {path} kan inte sparas "
            "där. Flytta eller kopiera filen till en mapp där du kan skriva."
        ),
        "database_folder_not_writable": gettext(
            "Det går inte att skapa databasen {path}, eftersom du inte får skriva i mappen "
            "{folder}. Välj en annan mapp."
        ),
        "not_hallbar_database": gettext(
            "Filen {path} är ingen hallbar-databas, så programmet öppnar den inte. "
            "Kontrollera att du har valt rätt fil."
        ),
        "database_empty": gettext(
            "Databasfilen {path} är tom (0 byte), så den innehåller inga workshoppar. "
            "Filen har inte ändrats. Återställ en säkerhetskopia av den, eller välj en annan fil."
        ),
        "database_damaged": gettext(
            "Databasfilen {path} är skadad, så programmet öppnar den inte. "
            "Filen har inte ändrats. Återställ en säkerhetskopia av den."
        ),
        "database_locked": gettext(
            "Databasfilen {path} används av ett annat program just nu. Stäng det programmet "
            "(till exempel ett databasverktyg eller en synkronisering) och försök igen."
        ),
        "database_being_opened": gettext(
            "Databasen {path} håller på att öppnas av ett annat hallbar-fönster. "
            "Vänta en stund och försök igen."
        ),
        "database_in_use": gettext(
            "Databasen {path} är redan öppen i hallbar på datorn {host} ({who}){when}. "
            "Stäng det andra fönstret och försök igen."
        ),
        "database_in_use_elsewhere": gettext(
            "Databasen {path} är redan öppen i hallbar på datorn {host} ({who}){when}. "
            "Stäng programmet på {host} och försök igen. Om det inte längre är öppet där kan du "
            "ta bort låsfilen {lock_path}."
        ),
        "database_full": gettext(
            "Ändringen kunde inte sparas eftersom disken där databasen {path} ligger är full. "
            "Ingenting av ändringen sparades och det som redan fanns är kvar. Frigör utrymme "
            "på disken (till exempel genom att tömma papperskorgen) och försök igen."
        ),
        "database_gone": gettext(
            "Databasfilen {path} finns inte längre där den låg, så det du ändrade nu sparades "
            "inte. Ligger den på ett USB-minne eller en nätverksenhet: anslut den igen och "
            "försök igen. Har filen flyttats: stäng programmet och öppna den där den ligger nu."
        ),
        "database_replaced": gettext(
            "Databasfilen {path} har bytts ut mot en annan fil sedan programmet öppnade den, "
            "till exempel av en synkronisering eller en kopiering. För att inte skriva över den "
            "filen sparas ingenting mer: om du just ändrade något sparades det inte. Stäng "
            "programmet och öppna filen igen."
        ),
        "database_unavailable": gettext(
            "Disken där databasen {path} ligger svarar inte. Har USB-minnet tagits ut eller "
            "nätverket kopplats från? Sätt tillbaka det och försök igen. Om du just ändrade "
            "något sparades det inte, men det du sparade tidigare ligger kvar i filen."
        ),
        "database_too_new": gettext(
            "Databasen {path} har schemaversion {found}, men den här versionen av "
            "programmet känner bara till version {known}. Uppdatera programmet."
        ),
        "migration_failed": gettext(
            "Databasen {path} kunde inte uppgraderas till version {version} ({reason}). "
            "Filen är oförändrad."
        ),
        "database_lock_lost": gettext(
            "Ändringen sparades inte i databasen {path}, eftersom låsfilen {lock_path} har "
            "tagits bort eller bytts ut medan databasen var öppen. Då kan någon annan ha ändrat "
            "i databasen under tiden, och din ändring kunde ha skrivit över deras. "
            "Stäng programmet och öppna databasen igen."
        ),
        "database_lock_not_checked": gettext(
            "Ändringen sparades inte i databasen {path}, eftersom låsfilen {lock_path} gick inte "
            "att kontrollera ({reason}). Om databasen ligger på ett USB-minne eller i en "
            "nätverksmapp: kontrollera att den är ansluten. "
            "Stäng programmet och öppna databasen igen."
        ),
        # An edit that met someone else's change of the same field
        "changed_by_someone_else": gettext(
            "Någon annan har ändrat {record} sedan du öppnade den, så din ändring sparades inte."
        )
        + "{changes}\n"
        + gettext("Det som är sparat visas nu. Gör om din ändring om den fortfarande ska gälla."),
        "changed_by_someone_else_named": gettext(
            "Någon annan har ändrat {record} ”{name}” sedan du öppnade den, så din ändring "
            "sparades inte."
        )
        + "{changes}\n"
        + gettext("Det som är sparat visas nu. Gör om din ändring om den fortfarande ska gälla."),
        # A database on a PostgreSQL server
        "server_address_unusable": gettext(
            "Databasserverns adress {address} går inte att använda: {reason}."
        ),
        "server_address_unusable_unnamed": gettext(
            "Databasserverns adress går inte att använda: {reason}."
        ),
        "server_unreachable": gettext(
            "Databasservern {path} kan inte nås ({detail}). Kontrollera adressen och nätverket, "
            "eller fråga den som sköter servern om den är igång."
        ),
        "server_login_refused": gettext(
            "Databasservern {path} godtog inte inloggningen ({detail}). Kontrollera "
            "användarnamnet och lösenordet (PGPASSWORD, ~/.pgpass eller tjänstefilen)."
        ),
        "server_right_missing": gettext(
            "Du saknar behörighet för det här i databasen {path} ({detail}). Be den som sköter "
            "servern om rätten; docs/postgresql.md beskriver rollerna."
        ),
        "server_busy": gettext(
            "Databasen {path} är upptagen av någon annans ändring just nu, så din ändring "
            "sparades inte. Försök igen om en stund."
        ),
        "server_workshop_not_yours": gettext(
            "Workshoppen ”{title}” ({workshop}) finns redan i databasen {path} men hör till en "
            "annan användare, så ingenting ändrades. Be en samordnare att ge dig den (hallbar "
            "owner)."
        ),
        "server_record_not_yours": gettext(
            "Något av det du lägger till finns redan i databasen {path} i en workshop som hör "
            "till en annan användare, så ingenting ändrades."
        ),
        "owner_only_on_server": gettext(
            "Bara en databas på en server har ägare till workshopparna; en databasfil har en "
            "enda användare."
        ),
        "owner_role_unknown": gettext("Databasservern har ingen användare som heter {role}."),
        "server_not_hallbar": gettext(
            "Databasen {path} innehåller redan andra tabeller men ingen hallbar-databas, så "
            "programmet använder den inte. Ange en tom databas eller en som hallbar skapat."
        ),
        "server_failed": gettext("Databasservern {path} svarade med ett fel: {detail}."),
        "server_no_backups": gettext(
            "Databasen {path} ligger på en server. Säkerhetskopior av den tas av servern "
            "(pg_dump eller kontinuerlig arkivering), inte av hallbar; fråga den som sköter "
            "servern."
        ),
        # Backups
        "backup_not_made": gettext(
            "Säkerhetskopian av {path} kunde inte göras ({reason}). Databasen har inte "
            "ändrats. Frigör utrymme på disken eller kontrollera mappen för säkerhetskopior, "
            "och försök igen."
        ),
        "backup_not_made_in_folder": gettext(
            "Säkerhetskopian av {path} kunde inte göras ({reason}). Databasen har inte "
            "ändrats. Frigör utrymme på disken eller kontrollera mappen {folder}, och försök "
            "igen."
        ),
        "backup_not_restorable": gettext(
            "Säkerhetskopian {path} kan inte återställas, eftersom {reason}. Databasen har "
            "inte ändrats. Välj en annan säkerhetskopia."
        ),
        "backup_not_restored": gettext(
            "Databasen {path} kunde inte återställas ({reason}). Den har inte ändrats. "
            "Frigör utrymme på disken eller kontrollera mappen, och försök igen."
        ),
        "backup_not_upgraded": gettext(
            "Säkerhetskopian lades tillbaka men kunde inte uppgraderas till schemaversion "
            "{version}. Databasen som den var innan finns kvar som {kept}; återställ den för "
            "att gå tillbaka."
        ),
        # Values a workshop's rules refuse
        "required": gettext("{label} måste fyllas i."),
        "too_long": gettext("{label} får vara högst {limit:n} tecken (nu {length:n})."),
        "unstorable_character": gettext(
            "{label} innehåller ett osynligt styrtecken som inte kan sparas ({character}, tecken "
            "{position:n}). Det följer ofta med kopierad text. Ta bort det, eller klistra in "
            "texten som oformaterad text, och försök igen."
        ),
        "incomplete_character": gettext(
            "{label} innehåller ett ofullständigt tecken som inte kan sparas ({character}, "
            "tecken {position:n}). Det följer ofta med kopierad text. Ta bort det, eller klistra "
            "in texten som oformaterad text, och försök igen."
        ),
        "out_of_range": gettext("{label} ska vara ett heltal från {low} till {high}."),
        "negative": gettext("{label} kan inte vara negativt."),
        "self_reference": gettext("En workshop kan inte följa upp sig själv."),
        "not_follow_up": gettext(
            "Bara en uppföljningsworkshop kan kopplas till en tidigare workshop."
        ),
        "before_workshop": gettext("Uppföljningen kan inte ligga före själva workshoppen."),
        "before_start": gettext("Klart senast kan inte ligga före startdatumet."),
        "duplicate_id": gettext("Samma id förekommer två gånger."),
        "duplicate_alias": gettext("Två deltagare har samma alias."),
        "unknown_rater": gettext("Skattningen hör till en okänd deltagare."),
        "answered_twice": gettext("En deltagare har svarat två gånger på samma påstående."),
        "unknown_dependency": gettext(
            "Åtgärden är kopplad till ett beroende som inte finns i workshoppen."
        ),
        "unknown_author": gettext("Lappen hör till en okänd deltagare."),
        "unknown_dimension": gettext("Dimensionen {dimension} finns inte i workshoppens mall."),
        "unknown_statement": gettext("Påståendet {statement} finns inte i workshoppens mall."),
        "counted_twice": gettext("Samma värde har räknats två gånger för ett påstående."),
        # A workshop's parts that are gone, and its service's refusals
        "workshop_gone": gettext("Workshoppen finns inte (längre) i databasen."),
        "part_gone": gettext("{label} finns inte (längre) i workshoppen."),
        "voted_part_gone": gettext("Det du röstade på finns inte (längre) i workshoppen."),
        "workshop_exists": gettext("Workshoppen finns redan i databasen."),
        "followed_up_missing": gettext("Workshoppen som ska följas upp finns inte i databasen."),
        "id_in_other_workshop": gettext("Id:t används redan i en annan workshop."),
        "participant_count_range": gettext("Antalet deltagare ska vara mellan 0 och {most}."),
        "tallies_mixed": gettext("Handuppräckningen gäller ett påstående i taget."),
        "dots_negative": gettext("Antalet prickar kan inte vara negativt."),
        "dots_over_budget": gettext("Du har {budget} prickar att fördela och har lagt {given}."),
        "notes_not_mergeable": gettext(
            "En lapp kan bara slås ihop med en annan lapp i samma steg."
        ),
        "problem_not_keepable": gettext(
            "Det här värdet rättar du genom att ändra det i workshoppen."
        ),
        # Readiness templates as read
        "template_malformed": gettext("Mallen för skattningen är felaktig ({reason})."),
        "template_not_json_object": gettext("Mallen för skattningen är ingen JSON-tabell."),
        "workshop_template_unreadable": gettext(
            "Mallen för skattningen i workshoppen ”{title}” går inte att läsa."
        ),
        "template_scale_not_1_to_5": gettext(
            "Mallens skala måste ha förankringar för värdena 1–5."
        ),
        "template_own_scale_not_1_to_5": gettext(
            "Skalan för {dimension} måste ha förankringar för värdena 1–5."
        ),
        "template_codes_not_unique": gettext(
            "Mallens dimensioner och påståenden måste ha unika koder."
        ),
        # Own readiness templates: the places of their parts
        "template_dont_know": gettext("Svaret ”Vet ej”"),
        "template_prompt": gettext("Förutsättning {number}"),
        "template_source": gettext("Källa {number}"),
        "template_dimension": gettext("Dimension {dimension}"),
        "template_dimension_named": gettext("Dimension {number} ({name})"),
        "template_dimension_use": gettext("dimension {number}"),
        "template_statement": gettext("Påstående {statement}"),
        "template_statement_at": gettext("Påstående {number} i dimension {dimension}"),
        "template_statement_use": gettext("påstående {number} i dimension {dimension}"),
        "template_own_scale": gettext("{dimension}, egen skala"),
        "template_scale_value": gettext("{scale}, värdet {value}: {word}"),
        "template_part_field": gettext("{part}: {word}"),
        # Own readiness templates: what stops one from being saved
        "template_name_taken": gettext(
            "Det finns redan en mall med det namnet. Välj ett annat, så att exporterna visar "
            "vilken mall som användes."
        ),
        "template_no_dimension": gettext("Mallen behöver minst en dimension."),
        "template_none_in_readiness": gettext("Minst en dimension måste räknas in i beredskapen."),
        "template_too_many_dimensions": gettext("Mallen får ha högst {limit:n} dimensioner."),
        "template_too_many_prompts": gettext("Mallen får ha högst {limit:n} förutsättningar."),
        "template_too_many_sources": gettext("Mallen får ha högst {limit:n} källor."),
        "template_risk_in_readiness": gettext(
            "{dimension}: en dimension där ett högt värde är en risk kan inte räknas in i "
            "beredskapen. Välj det ena eller det andra."
        ),
        "template_no_statement": gettext("{dimension} behöver minst ett påstående."),
        "template_too_many_statements": gettext("{dimension} får ha högst {limit:n} påståenden."),
        "template_code_missing": gettext("{name}: skriv en kod."),
        "template_code_unusable": gettext(
            "{name}: koden ”{code}” går inte att använda. En kod har högst {limit} tecken: "
            "bokstäver, siffror, punkt eller bindestreck, inga mellanslag."
        ),
        "template_code_taken": gettext(
            "{name}: koden {code} används redan av {other}. Varje dimension och varje påstående "
            "behöver en egen kod."
        ),
        "template_scale_incomplete": gettext(
            "{scale}: en förankring behövs för varje värde 1–5, en gång var (saknas: {missing})."
        ),
        "template_scale_repeated": gettext(
            "{scale}: en förankring behövs för varje värde 1–5, en gång var (saknas: inga)."
        ),
        "template_file_unreadable": gettext("Mallfilen {path} kan inte läsas ({reason})."),
        "template_not_found": gettext("Det finns ingen mall {key} i {folder}."),
        "template_file_unusable": gettext("{name}: {problem}"),
        "template_not_saved": gettext("Mallen kunde inte sparas. {problem}"),
        "template_not_saved_in_folder": gettext("Mallen kunde inte sparas i {folder} ({reason})."),
        # The template's own problem, as the editor shows it
        "template_problem": "{problem}",
        "own_templates_not_here": gettext("Egna mallar kan inte sparas här."),
        # The self-test of a bundle (hallbar --self-test)
        "self_test_step_failed": gettext("självtestet misslyckades ({step}): {problem}"),
        # Workshop packages (after the package's place and a colon)
        "package_not_hallbar": gettext("filen är inget hallbar-paket (format saknas eller fel)"),
        "package_not_version": gettext("{value} är inget versionsnummer"),
        "package_too_new": gettext(
            "paketet är gjort i formatversion {version}, som är nyare än den här versionen av "
            "programmet kan läsa (högst {known}). Uppdatera programmet och försök igen"
        ),
        "package_file_unreadable": gettext("filen {path} kan inte läsas ({reason})"),
        "package_file_too_big": gettext("filen är för stor (högst {limit} MB)"),
        "package_name_outside": gettext("filnamnet {name} pekar ut ur paketet"),
        "package_holds_nothing": gettext(
            "paketet ska bara innehålla {member}, men innehåller ingenting"
        ),
        "package_holds_more": gettext(
            "paketet ska bara innehålla {member}, men innehåller {names}"
        ),
        "package_encrypted": gettext("paketet är krypterat"),
        "package_unknown_compression": gettext("paketet använder en okänd komprimering"),
        "package_not_zip": gettext("filen är inget giltigt zip-paket eller är skadad"),
        "package_not_readable": gettext("filen kan inte läsas som paket ({reason})"),
        "package_unpacked_too_big": gettext("innehållet är för stort uppackat (högst {limit} MB)"),
        "package_zip_bomb": gettext("innehållet är misstänkt hårt packat (en så kallad zip-bomb)"),
        "package_key_twice": gettext("fältet {name} förekommer två gånger i samma post"),
        "package_not_json_number": gettext("{name} är inget tal som JSON tillåter"),
        "package_not_utf8": gettext("texten är inte UTF-8 (byte {byte})"),
        "package_not_json": gettext("ogiltig JSON på rad {line}, kolumn {column} ({reason})"),
        "package_too_deep": gettext("innehållet är för djupt nästlat"),
        "package_value_unreadable": gettext("ett värde kan inte läsas ({reason})"),
        "package_not_constant": gettext("{value} ska vara {wanted}"),
        "package_not_allowed": gettext("{value} är inget giltigt värde (giltiga: {allowed})"),
        "package_wrong_type": gettext("ska vara {wanted}, inte {found} ({value})"),
        "package_below_minimum": gettext("{value} är mindre än {minimum}"),
        "package_above_maximum": gettext("{value} är större än {maximum}"),
        "package_text_empty": gettext("får inte vara tom"),
        "package_text_too_long": gettext(
            "texten är för lång (högst {limit:n} tecken, nu {length:n})"
        ),
        "package_not_uuid": gettext("{value} är inget giltigt id (en UUID med små bokstäver)"),
        "package_not_date": gettext("{value} är inget datum (ÅÅÅÅ-MM-DD)"),
        "package_not_date_time": gettext("{value} är ingen tidpunkt med tidszon (ISO 8601)"),
        "package_too_few_items": gettext("ska ha minst {minimum} post"),
        "package_too_many_items": gettext("har för många poster (högst {limit:n}, nu {count:n})"),
        "package_item_twice": gettext("{value} förekommer två gånger"),
        "package_field_missing": gettext("saknas"),
        "package_unknown_field": gettext("okänt fält {name}"),
        # A rule of the workshop that a package's record breaks: that rule's own sentence.
        "package_value_refused": "{problem}",
        "package_id_twice": gettext("{value} förekommer två gånger i paketet (också i {other})"),
        "package_unknown_reference": gettext("{value} finns inte {among}"),
        "package_answered_twice": gettext(
            "deltagaren har redan ett svar på samma påstående i paketet"
        ),
        "package_counted_twice": gettext("samma värde är räknat två gånger för påståendet"),
        "package_scored_twice": gettext("dimensionen har redan en gruppskattning"),
        "package_copy_unreadable": gettext("den sparade kopian kan inte läsas ({reason})"),
        "package_not_merged": gettext("efter sammanslagningen: {problem}"),
        "package_id_in_use": gettext("id {id} används redan av en annan workshop i databasen"),
        "conflict_gone": gettext("Konflikten finns inte längre; någon har redan valt."),
        "imported_copy_unreadable": gettext("Den importerade versionen kan inte läsas."),
        "no_package_chosen": gettext("Välj minst ett paket att importera."),
        "pack_no_workshops": gettext("Det finns inga workshoppar att packa."),
        "pack_workshop_missing": gettext("Workshoppen {workshop} finns inte i databasen."),
        # Export files
        "export_no_target": gettext(
            "Ange minst en fil att exportera till: Excel, PDF eller en mapp för CSV-filer."
        ),
        "export_csv_unavailable": gettext("Export till CSV finns inte här."),
        "export_no_workshops": gettext("Det finns inga workshoppar i urvalet."),
        "export_same_file": gettext("Excel-filen och PDF-filen måste ha olika namn."),
        "export_csv_folder_is_file": gettext("{path} är en fil. Ange en mapp för CSV-filerna."),
        "export_csv_folder_not_writable": gettext(
            "Du har inte behörighet att skriva i mappen {folder}. Välj en annan mapp."
        ),
        "export_folder_missing": gettext("Mappen {folder} finns inte, så {path} kan inte skapas."),
        "export_is_folder": gettext("{path} är en mapp. Ange ett filnamn."),
        "export_not_writable": gettext(
            "Filen {path} går inte att skriva. Den kan vara öppen i ett annat program, "
            "till exempel Excel, eller skrivskyddad. Stäng den och försök igen, "
            "eller välj ett annat filnamn."
        ),
        "export_folder_not_writable": gettext(
            "Du har inte behörighet att skapa filer i mappen {folder}. Välj en annan mapp."
        ),
        "export_disk_full": gettext(
            "Filen {path} kunde inte sparas eftersom disken är full. Ingen halvfärdig fil "
            "lämnades kvar. Frigör utrymme eller välj en annan mapp, till exempel på datorns "
            "egen disk, och försök igen."
        ),
        "export_folder_gone": gettext(
            "Mappen {folder} försvann medan {name} sparades. Har USB-minnet tagits ut eller "
            "nätverket kopplats från? Ingen halvfärdig fil lämnades kvar. Anslut den igen, "
            "eller välj en annan mapp, och försök igen."
        ),
        "export_write_failed": gettext(
            "Filen {path} kunde inte sparas ({reason}). Ingen halvfärdig fil lämnades kvar. "
            "Försök igen, eller välj en annan mapp."
        ),
        # The participant server (phones in the room)
        "room_address_refused": gettext("Deltagarsidan kan inte lyssna på {address}."),
        "room_refused": gettext("Det gick inte. Ladda om sidan och försök igen."),
        "room_process_gone": gettext(
            "Deltagarsidan stängdes oväntat. Det som mobilerna skickade är sparat; starta "
            "deltagarsidan igen om deltagarna ska fortsätta."
        ),
        "room_address_invalid": gettext("{address} är ingen IP-adress."),
        "room_address_all": gettext(
            "Deltagarsidan lyssnar bara på en adress i taget, inte på alla ({address}). "
            "Välj adressen i rummets nätverk."
        ),
        "room_address_public": gettext(
            "{address} är en adress på internet. Deltagarsidan lyssnar bara på ett lokalt "
            "nätverk (till exempel 192.168.x.x eller 10.x.x.x)."
        ),
        "room_code_wrong": gettext(
            "Koden stämmer inte. Titta på skärmen i rummet och försök igen."
        ),
        "room_full": gettext("Workshoppen är full: högst {limit} enheter kan vara med."),
        "room_device_unknown": gettext("Du är inte med i workshoppen. Gå med med koden."),
        "room_too_many_requests": gettext("För många försök på kort tid. Vänta en stund."),
        "room_value_unknown": gettext("Det valda finns inte (längre). Ladda om sidan."),
        "room_text_empty": gettext("Skriv något på lappen först."),
        "room_text_too_long": gettext("Lappen får ha högst {limit} tecken."),
        "room_too_many_notes": gettext("Du har skrivit så många lappar som går: {limit}."),
        "room_not_yours": gettext("Du kan bara ändra dina egna svar."),
        "room_dots_negative": gettext("Antalet prickar kan inte vara negativt."),
        "room_dots_over_budget": gettext("Du har {budget} prickar att fördela, inte fler."),
        "room_rating_incomplete": gettext("Svara på alla påståenden först. Vet ej går också bra."),
        "room_round_closed": gettext("Steget är stängt. Vänta på nästa steg."),
        "room_choose_first": gettext("Välj först vem du är."),
        "room_name_taken": gettext(
            "Någon annan har redan valt det namnet. Välj ditt eget eller ta ett alias."
        ),
        "room_names_hidden": gettext(
            "Namnen visas inte i den här workshoppen. Du får ett alias i stället."
        ),
        "room_already_chosen": gettext("Du har redan valt vem du är."),
        "room_wrong_host": gettext("Använd adressen som visas på skärmen i rummet."),
        "room_closed": gettext("Processledaren har stängt deltagarsidan."),
        "room_no_such_page": gettext("Sidan finns inte."),
        "room_bad_request": gettext("Det som skickades gick inte att läsa. Ladda om sidan."),
        "room_request_too_large": gettext("Det som skickades är för stort (högst {limit} byte)."),
        # Retention and purge
        "workshop_not_found": gettext(
            "Det finns ingen workshop med id {workshop} i databasen (se hallbar list)."
        ),
        "retention_months_range": gettext(
            "Antalet månader som uppgifterna sparas ska vara mellan 1 och {most}."
        ),
        # What the program shows and uses in place of a stored value it cannot use
        "stand_in_empty": gettext("ett tomt fält"),
        "stand_in_choice": gettext("”{label}”"),
        "stand_in_value": gettext("”{value}”"),
        "stand_in_known_choices": gettext("de kända valen"),
        "stand_in_no_choices": gettext("inga val"),
        "stand_in_template": gettext("mallen ”{name}” (version {version})"),
        # The audit log after the workshop day (domain/audit.py)
        "audit_chain_broken": gettext(
            "Ändringsloggen har ändrats utanför programmet efter post {after}. Posterna från "
            "och med post {position} går inte att lita på."
        ),
        "audit_chain_broken_at_start": gettext(
            "Ändringsloggen har ändrats utanför programmet redan i första posten. Ingen post i "
            "den går att lita på."
        ),
    }
