"""The record of processing (Art. 30) for the data-protection officer: a workbook and a PDF."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from hallbar_desktop.domain.processing_record import (
    FileAccess,
    ProcessingRecord,
    RecordedWorkshop,
    RoleAccess,
    StorageKind,
)
from hallbar_desktop.export.export_texts import N_, ExportTexts
from hallbar_desktop.export.table_sheet import Column, Kind, TableData
from hallbar_desktop.file_target import write_atomically

# A fact: its label and its value (text, a count, a date); a section is a heading and facts.
Fact = tuple[str, Any]
Section = tuple[str, list[Fact]]

_PRIVILEGE_WORDS = {
    "SELECT": N_("läsa"),
    "INSERT": N_("lägga till"),
    "UPDATE": N_("ändra"),
    "DELETE": N_("ta bort"),
}

_WORKSHOP_COLUMNS = (
    Column(N_("Workshop"), 34, Kind.LONG_TEXT),
    Column(N_("Organisation"), 24, Kind.LONG_TEXT),
    Column(N_("Datum"), 12, Kind.DATE),
    Column(N_("Gallras efter"), 12, Kind.DATE),
    Column(N_("Gallringsdatumet är"), 18),
    Column(N_("Passerat"), 10),
    Column(N_("Personuppgifter kvar"), 16),
    Column(N_("Deltagare"), 10, Kind.INTEGER),
    Column(N_("Med namn"), 10, Kind.INTEGER),
    Column(N_("Med roll"), 10, Kind.INTEGER),
    Column(N_("Med eget alias"), 10, Kind.INTEGER),
    Column(N_("Anteckningar med skribent"), 14, Kind.INTEGER),
    Column(N_("Processledare namngiven"), 13),
    Column(N_("Åtgärder med ansvarig"), 14, Kind.INTEGER),
    Column(N_("Inläst från"), 20, Kind.LONG_TEXT),
    Column(N_("Id"), 36),
)


def title(texts: ExportTexts) -> str:
    return texts.gettext("Registerförteckning: personuppgifter i hallbar")


def sections(record: ProcessingRecord, texts: ExportTexts) -> list[Section]:
    """The record's facts in the order of Art. 30(1), worded in the language of ``texts``."""
    _ = texts.gettext
    fill_in = _("Fyll i")
    return [
        (
            _("Personuppgiftsansvarig"),
            [
                (_("Organisationer i workshopparna"), _organisations(record, texts)),
                (
                    _("Personuppgiftsansvarig myndighet"),
                    f"{fill_in}: " + _("namn, organisationsnummer och kontaktuppgifter."),
                ),
                (_("Dataskyddsombud"), f"{fill_in}: " + _("namn och kontaktuppgifter.")),
            ],
        ),
        (
            _("Ändamål"),
            [
                (
                    _("Ändamål med behandlingen"),
                    _(
                        "Att planera, genomföra och följa upp workshoppar om "
                        "förändringsberedskap för hållbarhetsintegrering i det regionala "
                        "utvecklingsarbetet: deltagarnas skattningar, gruppens beroenden och "
                        "förutsättningar, och en åtgärdsplan med ansvariga som följs upp."
                    ),
                ),
                (
                    _("Rättslig grund"),
                    f"{fill_in}: "
                    + _("till exempel en uppgift av allmänt intresse (artikel 6.1 e)."),
                ),
            ],
        ),
        (_("Registrerade och personuppgifter"), _categories(record, texts)),
        (_("Gallring"), _retention(record, texts)),
        (_("Var uppgifterna lagras"), _storage(record, texts)),
        (_("Vem som har åtkomst"), _access(record, texts)),
        (_("Mottagare och överföringar"), _recipients(record, texts)),
        (_("Tekniska och organisatoriska säkerhetsåtgärder"), _measures(record, texts)),
    ]


def made_line(record: ProcessingRecord, texts: ExportTexts) -> str:
    return texts.gettext(
        "Upprättad {made} av {app} {version} ur databasens innehåll. Det som databasen inte "
        "kan veta står som ”Fyll i”."
    ).format(
        made=f"{_local(record.made_at):%Y-%m-%d %H:%M}",
        app=texts.program,
        version=record.app_version,
    )


def workshop_rows(record: ProcessingRecord, texts: ExportTexts) -> list[list[Any]]:
    """One row per workshop, in _WORKSHOP_COLUMNS' order: its retention and what it holds."""
    return [_workshop_row(w, texts) for w in record.workshops]


def workshop_headers(texts: ExportTexts) -> list[str]:
    return [c.title(texts) for c in _WORKSHOP_COLUMNS]


def _workshop_row(w: RecordedWorkshop, texts: ExportTexts) -> list[Any]:
    _ = texts.gettext
    c = w.counts
    return [
        w.title,
        w.organisation,
        w.held_on,
        w.retention_date,
        _("eget datum") if w.own_retention_date else _("databasens månader"),
        _yes(w.past_retention, texts),
        _yes(w.holds_personal_data, texts),
        c.participants,
        c.named,
        c.with_role,
        c.typed_alias,
        c.authored_notes,
        _yes(bool(c.facilitators), texts),
        c.action_owners,
        w.imported_from,
        str(w.workshop_id),
    ]


def _yes(value: bool, texts: ExportTexts) -> str:
    return texts.gettext("Ja") if value else texts.gettext("Nej")


def _organisations(record: ProcessingRecord, texts: ExportTexts) -> str:
    if not record.workshops:
        return texts.gettext("Inga workshoppar i databasen.")
    lines = []
    for organisation, count in record.organisations:
        name = organisation or texts.gettext("(ingen organisation angiven)")
        lines.append(f"{name}: {texts.counted(count, 'workshop', 'workshoppar')}")
    return "\n".join(lines)


def _categories(record: ProcessingRecord, texts: ExportTexts) -> list[Fact]:
    _ = texts.gettext
    total = record.totals
    people = []
    if total.named or total.with_role or total.typed_alias:
        people.append(_("deltagare (namn, roll eller ett alias som kan vara ett namn)"))
    else:
        people.append(_("deltagare, bara med alias som Deltagare 1…n"))
    if total.facilitators:
        people.append(_("processledare"))
    if total.action_owners:
        people.append(_("ansvariga för åtgärder"))
    if total.action_contributors:
        people.append(_("medverkande i åtgärder"))
    if total.action_deciders:
        people.append(_("de som beslutar om åtgärder"))
    if total.dependency_watchers:
        people.append(_("de som bevakar beroenden"))
    if total.audit_entries_named:
        people.append(_("användare som har ändrat en genomförd workshop (ändringsloggen)"))
    return [
        (_("Kategorier av registrerade"), _sentence(", ".join(people))),
        (_("Workshoppar"), len(record.workshops)),
        (_("Deltagare"), total.participants),
        (_("Deltagare med namn"), total.named),
        (_("Deltagare med roll"), total.with_role),
        (
            _("Deltagare med ett alias som någon har skrivit in (kan vara ett namn)"),
            total.typed_alias,
        ),
        (
            _("Skattningar"),
            _("Knutna till deltagarens alias, inte till namnet."),
        ),
        (_("Anteckningar"), total.notes),
        (_("Anteckningar som anger vem som skrev dem"), total.authored_notes),
        (_("Workshoppar som anger processledarens namn"), total.facilitators),
        (_("Åtgärder"), total.actions),
        (_("Åtgärder med ansvarig"), total.action_owners),
        (_("Åtgärder med medverkande"), total.action_contributors),
        (_("Åtgärder med ”beslut krävs av”"), total.action_deciders),
        (_("Beroenden"), total.dependencies),
        (_("Beroenden med ”bevakas av”"), total.dependency_watchers),
        (_("Sparade kopior av inlästa paket"), total.imported_copies),
        (_("Kopior med deltagarnas namn"), total.imported_copies_with_names),
        (_("Poster i ändringsloggen"), total.audit_entries),
        (_("Poster som anger användare och dator"), total.audit_entries_named),
        (
            _("Fritext"),
            _(
                "Processledare, ansvariga, medverkande, beslutsfattare och bevakare skrivs in "
                "som namn eller som roller; en roll kan peka ut en person. Anteckningar, "
                "beroenden, åtgärder och workshoppens egna texter är fritext och kan nämna "
                "personer. Programmet räknar inte sådana namn och frågar aldrig efter känsliga "
                "personuppgifter."
            ),
        ),
    ]


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + "."


def _retention(record: ProcessingRecord, texts: ExportTexts) -> list[Fact]:
    _ = texts.gettext
    own = sum(w.own_retention_date for w in record.workshops)
    return [
        (
            _("Gallringsfrist"),
            _(
                "{months} månader efter workshoppen (databasens inställning), om inte "
                "workshoppen har ett eget datum under Gallras efter"
            ).format(months=record.retention_months),
        ),
        (_("Workshoppar med eget datum"), own),
        (_("Workshoppar som har passerat sitt gallringsdatum"), _past(record)),
        (
            _("… och som fortfarande har personuppgifter (ska gallras)"),
            len(record.past_retention_holding),
        ),
        (
            _("Hur gallringen görs"),
            _(
                "Gallra… i biblioteket eller hallbar purge --expired: namn, roller, egna alias "
                "och vem som skrev vad tas bort, eller hela workshoppen. Databasfilen skrivs om "
                "(VACUUM) och programmets säkerhetskopior gallras också. Varje workshops datum "
                "står i tabellen Gallring per workshop."
            ),
        ),
    ]


def _past(record: ProcessingRecord) -> int:
    return sum(w.past_retention for w in record.workshops)


def _storage(record: ProcessingRecord, texts: ExportTexts) -> list[Fact]:
    _ = texts.gettext
    if record.storage is StorageKind.SERVER:
        return [
            (
                _("Databas"),
                _("På en server (PostgreSQL): {address}").format(address=record.location),
            ),
            (
                _("Säkerhetskopior"),
                _("Fyll i")
                + ": "
                + _(
                    "serverns egna säkerhetskopior tas av organisationens IT, inte av "
                    "programmet. Ange var de finns och hur länge de sparas."
                ),
            ),
            _exports_fact(texts),
        ]
    folders = [
        _("{folder} (antal: {count})").format(folder=folder, count=count)
        for folder, count in record.backup_folders
    ]
    if folders:
        folders[0] += " " + _("– nya säkerhetskopior görs här")
    backups = _("Programmets säkerhetskopior av databasen (antal: {count}).").format(
        count=record.backups
    )
    return [
        (_("Databas"), _("En databasfil: {path}").format(path=record.location)),
        (
            _("Säkerhetskopior"),
            backups
            + " "
            + _(
                "De innehåller samma uppgifter som databasen när de gjordes. Gallring når "
                "dem också."
            ),
        ),
        (_("Mappar för säkerhetskopior"), "\n".join(folders)),
        _exports_fact(texts),
    ]


def _exports_fact(texts: ExportTexts) -> Fact:
    _ = texts.gettext
    return (
        _("Exporterade filer och paket"),
        _(
            "Excel-, PDF- och CSV-filer och paket (.hallbar) sparas där användaren väljer. "
            "Programmet håller inte reda på dem och kan inte gallra dem."
        ),
    )


def _access(record: ProcessingRecord, texts: ExportTexts) -> list[Fact]:
    _ = texts.gettext
    if record.file_access is not None:
        return _file_access(record.file_access, texts)
    if not record.server_roles:
        return [(_("Roller"), _("Inga roller med rättigheter på tabellerna kunde läsas."))]
    facts = [(role.role, _role_text(role, texts)) for role in record.server_roles]
    facts.append(
        (
            _("Behörigheter"),
            _(
                "Rollerna och deras rättigheter på hallbars tabeller enligt servern. Se "
                "docs/postgresql-roles.sql för vad rollerna får göra."
            ),
        )
    )
    return facts


def _file_access(access: FileAccess, texts: ExportTexts) -> list[Fact]:
    _ = texts.gettext
    owner = access.owner or _("Fyll i") + ": " + _("se filens egenskaper i Windows.")
    readers = [_("ägaren")]
    if access.group_may_read:
        readers.append(_("gruppen {group}").format(group=access.group))
    if access.others_may_read:
        readers.append(_("alla andra användare på datorn"))
    return [
        (_("Filens ägare"), owner),
        (
            _("Filens rättigheter"),
            _("{mode}: kan läsas av {readers}.").format(
                mode=access.mode, readers=", ".join(readers)
            ),
        ),
        (_("Mappen"), f"{access.folder} ({access.folder_mode})"),
        (
            _("Att fylla i"),
            _(
                "Vilka som kan logga in på datorn eller nå mappen (en delad mapp, ett USB-minne) "
                "och om disken är krypterad."
            ),
        ),
    ]


def _role_text(role: RoleAccess, texts: ExportTexts) -> str:
    _ = texts.gettext
    if role.superuser:
        return _("Superanvändare: får läsa och ändra allt på servern.")
    rights = ", ".join(
        _(_PRIVILEGE_WORDS[p]) if p in _PRIVILEGE_WORDS else p for p in role.privileges
    )
    text = _("Får {rights} (tabeller: {tables}).").format(rights=rights, tables=role.tables)
    if role.owns_tables:
        text += " " + _("Äger tabellerna.")
    if role.members:
        text += " " + _("Medlemmar: {members}.").format(members=", ".join(role.members))
    return text


def _recipients(record: ProcessingRecord, texts: ExportTexts) -> list[Fact]:
    _ = texts.gettext
    if record.imported:
        sources = "\n".join(
            f"{computer}: {texts.counted(count, 'workshop', 'workshoppar')}"
            for computer, count in record.imported
        )
    else:
        sources = _("Inga: alla workshoppar är gjorda i den här databasen.")
    return [
        (
            _("Mottagare"),
            _(
                "Programmet skickar inget. Exporter och paket är filer som användaren själv "
                "skickar, till exempel till en samordnare. Ett paket tar bara med deltagarnas "
                "namn och roller om användaren väljer det."
            ),
        ),
        (_("Workshoppar inlästa från andra datorer"), sources),
        (
            _("Överföring till tredje land"),
            _("Ingen från programmet: uppgifterna lagras på datorn eller organisationens server."),
        ),
    ]


def _measures(record: ProcessingRecord, texts: ExportTexts) -> list[Fact]:
    _ = texts.gettext
    return [
        (
            _("Lagring"),
            _(
                "Lokalt i databasen ovan, ingen molntjänst. Namn och roller är frivilliga och "
                "visas bara när processledaren slår på dem."
            ),
        ),
        (
            _("Nätverk"),
            _(
                "Inget, utom när processledaren startar deltagarsidan för mobiler: den svarar "
                "bara i rummets lokala nätverk, mot en kod, tills processledaren stänger den."
            ),
        ),
        (
            _("Gallring"),
            _(
                "Gallringen tar bort uppgifterna ur databasen, skriver om filen (VACUUM) så att "
                "inget finns kvar i dess lediga utrymme och gallrar programmets säkerhetskopior."
            ),
        ),
        (
            _("Exporter"),
            _(
                "Namn och roller tas bara med i en export eller ett paket om användaren väljer "
                "det; filen säger själv vilka personuppgifter den innehåller."
            ),
        ),
    ]


def _local(moment: datetime) -> datetime:
    return moment.astimezone() if moment.tzinfo is not None else moment


# --- the workbook ----------------------------------------------------------------------------


def write_record_workbook(record: ProcessingRecord, target: Path, texts: ExportTexts) -> None:
    """The record's facts on one sheet and each workshop's retention on a second."""
    write_atomically(target, lambda path: _write_workbook(record, path, texts))


def _write_workbook(record: ProcessingRecord, path: Path, texts: ExportTexts) -> None:
    from openpyxl import Workbook

    from hallbar_desktop.export.table_sheet import write_fact_sheet, write_table_sheet

    workbook = Workbook(write_only=True)
    workbook.properties.title = title(texts)
    workbook.properties.creator = f"{texts.program} {record.app_version}"
    workbook.properties.created = _local(record.made_at).replace(tzinfo=None)
    rows: list[tuple[str, Any] | str | None] = [
        title(texts),
        (texts.gettext("Om förteckningen"), made_line(record, texts)),
    ]
    for heading, facts in sections(record, texts):
        rows += [None, heading, *facts]
    write_fact_sheet(workbook, texts.gettext("Registerförteckning"), rows, texts)
    write_table_sheet(
        workbook,
        texts.gettext("Gallring per workshop"),
        TableData(
            "Gallring", _WORKSHOP_COLUMNS, [_excel_row(r) for r in workshop_rows(record, texts)]
        ),
        texts=texts,
    )
    workbook.save(path)


def _excel_row(row: list[Any]) -> list[Any]:
    return [value if value != "" else None for value in row]


# --- the PDF ---------------------------------------------------------------------------------


def write_record_report(
    record: ProcessingRecord, target: Path, fonts_dir: Path, texts: ExportTexts
) -> None:
    """The record on an A4 page (and more where the workshops need it) in the reports' look."""
    from hallbar_desktop.export import report_layout as layout

    layout.register_fonts(fonts_dir)
    story = _story(record, texts)

    def build(path: Path) -> None:
        layout.ReportDocument(
            path,
            title=title(texts),
            subject=texts.gettext("Underlag för dataskyddsombudet"),
            running_header=title(texts),
            author=texts.program,
            texts=texts,
        ).build_story(story)

    write_atomically(target, build)


def _story(record: ProcessingRecord, texts: ExportTexts) -> list[Any]:
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak

    from hallbar_desktop.export import report_layout as layout

    story: list[Any] = [
        layout.gap(6),
        layout.text(texts.gettext("Underlag för dataskyddsombudet"), layout.KICKER),
        layout.heading(title(texts), 0),
        layout.text(made_line(record, texts), layout.SMALL),
    ]
    label_width = 58 * mm
    for heading, facts in sections(record, texts):
        # A long section starts on the page it comes to and goes on over the next.
        story.append(CondPageBreak(30 * mm))
        story.append(layout.heading(heading, 1, keep_with_next=False))
        story.append(_fact_table(facts, label_width, layout.TEXT_WIDTH - label_width, texts))
    story.append(layout.heading(texts.gettext("Gallring per workshop"), 1))
    # The counts per workshop are in the workbook; the page shows what a purge is about.
    shown = (0, 1, 2, 3, 5, 6, 14)
    weights = [110, 62, 64, 64, 52, 76, 53]
    headers = workshop_headers(texts)
    header = [headers[i] for i in shown]
    rows = [[_pdf_value(row[i], texts) for i in shown] for row in workshop_rows(record, texts)]
    if rows:
        story.append(
            layout.data_table(
                rows,
                _column_widths(header, rows, weights, layout.TEXT_WIDTH),
                header=header,
                cell_styles=[layout.CELL] * len(shown),
            )
        )
    else:
        story.append(layout.text(texts.gettext("Inga workshoppar i databasen."), layout.BODY))
    return story


def _column_widths(
    header: list[str], rows: list[list[str]], weights: list[int], total: float
) -> list[float]:
    """Widths shared by ``weights``, but each column as wide as its longest word: a word that
    does not fit is split mid-word ("Exe|mpelland"). The room a column gets is taken from
    those with room to spare, in proportion to it."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from hallbar_desktop.export import report_layout as layout

    def widest(words: list[str], font: str, size: float) -> float:
        return max((stringWidth(word, font, size) for word in words), default=0.0)

    needed = [
        max(
            widest(title.split(), layout.FONT_BOLD, layout.HEADER_CELL.fontSize),
            widest(
                [word for row in rows for word in row[column].split()],
                layout.FONT,
                layout.CELL.fontSize,
            ),
        )
        + 2 * layout.CELL_PADDING_X
        + 1
        for column, title in enumerate(header)
    ]
    if sum(needed) >= total:
        return [total * width / sum(needed) for width in needed]
    widths = [total * weight / sum(weights) for weight in weights]
    short = sum(max(0.0, need - width) for need, width in zip(needed, widths, strict=True))
    spare = [max(0.0, width - need) for need, width in zip(needed, widths, strict=True)]
    return [
        max(need, width - short * room / sum(spare))
        for need, width, room in zip(needed, widths, spare, strict=True)
    ]


def _fact_table(
    facts: list[Fact], label_width: float, value_width: float, texts: ExportTexts
) -> Any:
    from reportlab.platypus import Table, TableStyle

    from hallbar_desktop.export import report_layout as layout

    rows = [
        [
            layout.text(label, layout.CELL_BOLD),
            layout.text(_pdf_value(value, texts), layout.CELL),
        ]
        for label, value in facts
    ]
    table = Table(rows, colWidths=[label_width, value_width], splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ROWBACKGROUNDS", (0, 0), (-1, -1), [layout.PAPER, layout.STRIPE]),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, layout.RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), layout.CELL_PADDING_X),
                ("RIGHTPADDING", (0, 0), (-1, -1), layout.CELL_PADDING_X),
            ]
        )
    )
    return table


def _pdf_value(value: Any, texts: ExportTexts) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
