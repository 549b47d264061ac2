"""The words of the facilitator's handbook, assembled with the guidance panel's own texts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hallbar_desktop.domain.choices import LabelledChoice
from hallbar_desktop.domain.handbook import Bullets, Handbook, Paragraph, Section, Table
from hallbar_desktop.domain.workflow import STEPS, WorkshopStep, steps_for, suggested_minutes
from hallbar_desktop.domain.workshop import Variant
from hallbar_desktop.ui.application_setup import current_language, install_own_translation
from hallbar_desktop.ui.key_map import INPUT_MODE, LEAVE_INPUT_MODE, PARTICIPANT_VIEW, KeyBinding
from hallbar_desktop.ui.step_guidance import guidance_for


def _label(choice: LabelledChoice) -> str:
    # The domain's Swedish label, translated in the context the window uses for its choices.
    return QCoreApplication.translate("Choice", choice.label)


def _keys(binding: KeyBinding) -> str:
    return " / ".join(str(k) for k in binding.keys)


def handbook_in_language(version: str, language: str) -> Handbook:
    """The handbook in ``language`` (a key of LANGUAGES; another is Swedish) where no window
    has chosen one, as for ``hallbar handbook``: the app's translation of that language is
    installed (making the core application the texts need if there is none) while it is built."""
    app = QCoreApplication.instance() or QCoreApplication([])
    install_own_translation(app, language)  # type: ignore[arg-type]
    return facilitator_handbook(version, language)


def facilitator_handbook(version: str, language: str | None = None) -> Handbook:
    """The whole handbook in the language the app shows, for program version ``version``;
    ``language`` is that language (by default the window's, current_language())."""
    title = QCoreApplication.translate("HandbookText", "Handledning för processledare")
    return Handbook(
        title=title,
        subtitle=QCoreApplication.translate(
            "HandbookText", "Hållbar förändring – workshoppar om förändringsberedskap"
        ),
        cover_lines=(
            QCoreApplication.translate(
                "HandbookText",
                "För dig som leder en workshop om hur redo en organisation är för en förändring.",
            ),
            QCoreApplication.translate("HandbookText", "Programversion {0}.").format(version),
        ),
        running_header=QCoreApplication.translate(
            "HandbookText", "{0} · Hållbar förändring {1}"
        ).format(title, version),
        contents_heading=QCoreApplication.translate("HandbookText", "Innehåll"),
        sections=(
            _about_the_handbook(),
            _method(),
            _variants(),
            _steps(),
            _participant_view(),
            _input_mode(),
            _afterwards(),
            _sources(),
        ),
        language=language or current_language(),
    )


def _about_the_handbook() -> Section:
    return Section(
        QCoreApplication.translate("HandbookText", "Om handledningen"),
        (
            Paragraph(
                QCoreApplication.translate(
                    "HandbookText",
                    "Handledningen beskriver metoden bakom programmet och hur du leder "
                    "workshoppen steg för steg. Läs den när du förbereder dig, och skriv gärna "
                    "ut den och ha den med dig i rummet.",
                )
            ),
            Paragraph(
                QCoreApplication.translate(
                    "HandbookText",
                    "Texterna om varje steg är desamma som programmet visar i panelen "
                    "Handledning till höger när du har en workshop öppen. Panelen visar bara "
                    "steget du är på; här finns alla steg samlade, med föreslagen tid för "
                    "varje variant av workshoppen.",
                )
            ),
        ),
    )


def _method() -> Section:
    return Section(
        QCoreApplication.translate("HandbookText", "Metoden"),
        (
            Paragraph(
                QCoreApplication.translate(
                    "HandbookText",
                    "Workshoppen hjälper en grupp att se hur redo den är för en bestämd "
                    "förändring, till exempel att hållbarhetsbedömning ska bli en del av "
                    "besluten om projektmedel. Gruppen kommer fram till vad som finns på plats, "
                    "vad som kan stoppa förändringen och vad som ska göras, av vem och när.",
                )
            ),
        ),
        (
            Section(
                QCoreApplication.translate("HandbookText", "Varför förändringsberedskap?"),
                (
                    Paragraph(
                        QCoreApplication.translate(
                            "HandbookText",
                            "Att få in hållbarhet i det ordinarie arbetet är ett "
                            "förändringsarbete. Erfarenheterna från regionernas arbete visar att "
                            "resultat från projekt lätt försvinner när projektet tar slut, om "
                            "inte grundläggande förutsättningar finns och om ingen hanterar det "
                            "som arbetet är beroende av.",
                        )
                    ),
                    Paragraph(
                        QCoreApplication.translate(
                            "HandbookText",
                            "Beredskap för förändring handlar om två saker: att gruppen vill "
                            "genomföra förändringen, och att den tror att den kan. Båda går att "
                            "stärka, men först behöver ni se var ni står.",
                        )
                    ),
                ),
            ),
            Section(
                QCoreApplication.translate("HandbookText", "Ramverket"),
                (
                    Paragraph(
                        QCoreApplication.translate(
                            "HandbookText",
                            "Metoden följer Tillväxtverkets vägledning för hållbar regional "
                            "utveckling. Den har tre delar, och vägledningen rekommenderar att "
                            "ni tar dem i den här ordningen.",
                        )
                    ),
                    Table(
                        (
                            QCoreApplication.translate("HandbookText", "Del"),
                            QCoreApplication.translate("HandbookText", "Områden"),
                            QCoreApplication.translate("HandbookText", "Vad det handlar om"),
                        ),
                        (
                            (
                                QCoreApplication.translate(
                                    "HandbookText", "Grundläggande förutsättningar"
                                ),
                                QCoreApplication.translate(
                                    "HandbookText", "Ledning och styrning, genomförande, lärande"
                                ),
                                QCoreApplication.translate(
                                    "HandbookText",
                                    "Det som måste finnas i organisationen för att "
                                    "förändringsarbetet ska kunna bära: stöd från ledningen, "
                                    "tid och resurser, kompetens och uppföljning.",
                                ),
                            ),
                            (
                                QCoreApplication.translate(
                                    "HandbookText", "Beroenden – hinder för förändring"
                                ),
                                QCoreApplication.translate(
                                    "HandbookText",
                                    "Beslutsberoende, personberoende, uthållighetsberoende",
                                ),
                                QCoreApplication.translate(
                                    "HandbookText",
                                    "Det som arbetet hänger på men som gruppen inte själv styr "
                                    "över. Ju tidigare ni ser dem, desto lättare är de att "
                                    "motverka.",
                                ),
                            ),
                            (
                                QCoreApplication.translate("HandbookText", "Framgångsfaktorer"),
                                QCoreApplication.translate(
                                    "HandbookText", "Ledning och styrning, genomförande, lärande"
                                ),
                                QCoreApplication.translate(
                                    "HandbookText",
                                    "Det som brukar hjälpa förändringen att lyckas, och styrkor "
                                    "som gruppen redan har och kan bygga vidare på.",
                                ),
                            ),
                        ),
                        (0.28, 0.27, 0.45),
                    ),
                    Bullets(
                        (
                            QCoreApplication.translate(
                                "HandbookText",
                                "Beslutsberoende: arbetet väntar på ett beslut, ett mandat "
                                "eller ett styrdokument som någon annan bestämmer över, till "
                                "exempel en nämnd, ledningsgruppen eller nationella regler.",
                            ),
                            QCoreApplication.translate(
                                "HandbookText",
                                "Personberoende: arbetet hänger på enskilda personer, och "
                                "kunskap och kontakter finns bara hos dem.",
                            ),
                            QCoreApplication.translate(
                                "HandbookText",
                                "Uthållighetsberoende: arbetet behöver tid, pengar och "
                                "uppmärksamhet som räcker längre än ett projekt eller en "
                                "mandatperiod.",
                            ),
                        ),
                        QCoreApplication.translate("HandbookText", "De tre slagen av beroenden"),
                    ),
                ),
            ),
            Section(
                QCoreApplication.translate("HandbookText", "Skattning, samtal och prioritering"),
                (
                    Paragraph(
                        QCoreApplication.translate(
                            "HandbookText",
                            "Först skattar var och en ett antal påståenden om förändringen på "
                            "en skala från 1 (stämmer inte alls) till 5 (stämmer helt), eller "
                            "svarar Vet ej. Svaren visas inte förrän alla är klara, så att ingen "
                            "påverkas av de andra. Sedan använder ni spridningen i svaren som "
                            "underlag för samtalet och enas om en gemensam bild.",
                        )
                    ),
                    Paragraph(
                        QCoreApplication.translate(
                            "HandbookText",
                            "Varje beroende bedöms efter hur stor påverkan det har på "
                            "förändringen och hur mycket ni själva kan påverka det. Programmet "
                            "placerar det i en matris med fyra rutor: Agera nu, Påverka och "
                            "eskalera, Hantera löpande och Bevaka. Deltagarna kan också "
                            "prioritera med prickar.",
                        )
                    ),
                    Paragraph(
                        QCoreApplication.translate(
                            "HandbookText",
                            "Till sist bestämmer ni åtgärder för de viktigaste beroendena och "
                            "för de förutsättningar som fick rött. Varje åtgärd får en ansvarig "
                            "och ett datum. Det är handlingsplanen, och den är workshoppens "
                            "viktigaste resultat.",
                        )
                    ),
                ),
            ),
        ),
    )


def _variant_text(variant: Variant) -> str:
    if variant is Variant.HALF_DAY:
        return QCoreApplication.translate(
            "HandbookText",
            "Den fullständiga workshoppen. Passar när gruppen ska gå igenom alla delar och "
            "gå därifrån med en handlingsplan. Planera in en paus på ungefär en kvart.",
        )
    if variant is Variant.SHORT:
        return QCoreApplication.translate(
            "HandbookText",
            "När tiden är knapp. Skattning och samtal går fortare, och steget om "
            "förutsättningar och framgångsfaktorer ingår inte; ta upp styrkorna i samtalet "
            "om resultaten i stället.",
        )
    return QCoreApplication.translate(
        "HandbookText",
        "Ett möte några månader efter workshoppen. Ni går igenom åtgärderna, ser vilka "
        "beroenden som är hanterade och skattar påståendena igen för att jämföra före och "
        "efter.",
    )


def _minutes(minutes: int) -> str:
    return (
        QCoreApplication.translate("HandbookText", "{0} min").format(minutes)
        if minutes
        else QCoreApplication.translate("HandbookText", "före workshoppen")
    )


def _variants() -> Section:
    return Section(
        QCoreApplication.translate("HandbookText", "Varianter"),
        (
            Paragraph(
                QCoreApplication.translate(
                    "HandbookText",
                    "När du skapar en workshop väljer du variant. Varianten bestämmer vilka "
                    "steg som ingår och hur lång tid programmet föreslår för varje steg. "
                    "Tiderna är förslag: du ändrar stegets timer under workshoppen när "
                    "samtalet behöver mer tid eller gruppen vill gå vidare.",
                )
            ),
        ),
        tuple(
            Section(
                _label(variant),
                (
                    Paragraph(_variant_text(variant)),
                    Table(
                        (
                            QCoreApplication.translate("HandbookText", "Steg"),
                            QCoreApplication.translate("HandbookText", "Föreslagen tid"),
                        ),
                        tuple(
                            (_label(step), _minutes(minutes)) for step, minutes in STEPS[variant]
                        ),
                        (0.7, 0.3),
                    ),
                    Paragraph(
                        QCoreApplication.translate(
                            "HandbookText", "Sammanlagt {0} min, utan paus."
                        ).format(sum(minutes for _step, minutes in STEPS[variant]))
                    ),
                ),
            )
            for variant in Variant
        ),
    )


def _timing(step: WorkshopStep) -> Paragraph:
    minutes = {v: suggested_minutes(v, step) or 0 for v in Variant if step in steps_for(v)}
    if any(minutes.values()):
        text = "; ".join(
            QCoreApplication.translate("HandbookText", "{0}: {1}").format(
                _label(variant), _minutes(m)
            )
            for variant, m in minutes.items()
        )
        text += "."
    else:
        text = QCoreApplication.translate("HandbookText", "Före workshoppen.")
    left_out = [_label(v) for v in Variant if v not in minutes]
    if left_out:
        text += " " + QCoreApplication.translate("HandbookText", "Ingår inte i: {0}.").format(
            ", ".join(left_out)
        )
    return Paragraph(text, QCoreApplication.translate("HandbookText", "Föreslagen tid"))


def _steps() -> Section:
    return Section(
        QCoreApplication.translate("HandbookText", "Steg för steg"),
        (
            Paragraph(
                QCoreApplication.translate(
                    "HandbookText",
                    "Varje steg har ett syfte, förslag på hur du gör och frågor som du kan "
                    "ställa till gruppen. Stegen står i den ordning de kommer i halvdagen; "
                    "Uppföljning hör till uppföljningsmötet.",
                )
            ),
        ),
        tuple(_step(step) for step in WorkshopStep),
        new_page=True,
    )


def _step(step: WorkshopStep) -> Section:
    guidance = guidance_for(step)
    blocks: list[Paragraph | Bullets] = [
        Paragraph(guidance.purpose, QCoreApplication.translate("HandbookText", "Syfte")),
        Bullets(guidance.actions, QCoreApplication.translate("HandbookText", "Gör så här")),
    ]
    if guidance.questions:
        blocks.append(
            Bullets(
                guidance.questions, QCoreApplication.translate("HandbookText", "Frågor att ställa")
            )
        )
    blocks.append(_timing(step))
    return Section(_label(step), tuple(blocks))


def _participant_view() -> Section:
    return Section(
        QCoreApplication.translate("HandbookText", "Deltagarvyn ({0})").format(
            _keys(PARTICIPANT_VIEW)
        ),
        (
            Paragraph(
                QCoreApplication.translate(
                    "HandbookText",
                    "Deltagarvyn är det rummet ser på projektorn eller den stora skärmen. Du "
                    "öppnar och stänger den med {0}. Finns det en andra skärm fyller vyn den "
                    "skärmen; annars öppnas den i ett eget fönster. Ställ in datorn på utökat "
                    "skrivbord, inte dubblerad skärm, så att rummet inte ser det du gör.",
                ).format(_keys(PARTICIPANT_VIEW))
            ),
            Bullets(
                (
                    QCoreApplication.translate(
                        "HandbookText",
                        "Steget: vyn visar stegets namn, frågan till gruppen och timern. "
                        "Medan deltagarna svarar visar den bara hur många som är klara.",
                    ),
                    QCoreApplication.translate(
                        "HandbookText",
                        "Visa resultat: resultat och lappar är dolda, både hos dig och på "
                        "deltagarvyn, tills du väljer att visa dem. Du kan dölja dem igen, och "
                        "välja vilken del av resultaten rummet ser.",
                    ),
                    QCoreApplication.translate(
                        "HandbookText",
                        "Paus: en lugn bild med timern, medan du förbereder nästa steg.",
                    ),
                    QCoreApplication.translate(
                        "HandbookText",
                        "Släckt: en svart skärm, när ni ska prata med varandra i stället.",
                    ),
                    QCoreApplication.translate(
                        "HandbookText",
                        "Namn: deltagarvyn visar inga namn om du inte slår på det. Då syns "
                        "namn på lappar och som ansvariga för åtgärder där de är ifyllda.",
                    ),
                ),
                QCoreApplication.translate(
                    "HandbookText", "Det här styr du i rutan Det rummet ser"
                ),
            ),
        ),
    )


def _input_mode() -> Section:
    return Section(
        QCoreApplication.translate("HandbookText", "Inmatningsläget ({0})").format(
            _keys(INPUT_MODE)
        ),
        (
            Paragraph(
                QCoreApplication.translate(
                    "HandbookText",
                    "I inmatningsläget turas deltagarna om vid din dator. Var och en ser bara "
                    "sina egna svar, och skärmen töms innan nästa tar över. Du startar det med "
                    "{0} och väljer vad deltagarna ska göra: skatta påståendena, skriva lappar "
                    "om beroenden, förutsättningar eller åtgärder, eller fördela prickar.",
                ).format(_keys(INPUT_MODE))
            ),
            Bullets(
                (
                    QCoreApplication.translate(
                        "HandbookText",
                        "Alias: deltagaren trycker på sitt alias. Den som inte har något väljer "
                        "Ny anonym deltagare. Alias räcker; namn behövs inte.",
                    ),
                    QCoreApplication.translate(
                        "HandbookText",
                        "Svaren: ett påstående i taget, med stora knappar för 1 till 5 och "
                        "Vet ej. Lappar skriver var och en för sig, en sak per lapp.",
                    ),
                    QCoreApplication.translate(
                        "HandbookText",
                        "Lämna över: när deltagaren är klar går hen vidare till en skärm som "
                        "bara visar hur många som är klara, och lämnar datorn till nästa.",
                    ),
                    QCoreApplication.translate(
                        "HandbookText",
                        "PIN-kod: du kan ange en PIN-kod när du startar. Du lämnar "
                        "inmatningsläget med tangenterna {0} och PIN-koden. Deltagarna ser inte "
                        "kombinationen, så ingen lämnar läget av misstag.",
                    ).format(_keys(LEAVE_INPUT_MODE)),
                ),
                QCoreApplication.translate("HandbookText", "Så går det till"),
            ),
            Paragraph(
                QCoreApplication.translate(
                    "HandbookText",
                    "Svaren sparas direkt. Lappar från inmatningsläget kan du sedan göra om "
                    "till beroenden, framgångsfaktorer eller åtgärder på respektive steg.",
                )
            ),
        ),
    )


def _afterwards() -> Section:
    return Section(
        QCoreApplication.translate("HandbookText", "Efter workshoppen"),
        (
            Bullets(
                (
                    QCoreApplication.translate(
                        "HandbookText",
                        "Exportera resultatet med Ctrl+E: en Excel-fil med alla tabeller, en "
                        "PDF-rapport att skicka till deltagarna och ledningen, eller CSV-filer. "
                        "Deltagarnas namn tas bara med om du väljer det.",
                    ),
                    QCoreApplication.translate(
                        "HandbookText",
                        "Dela workshoppen med samordnaren som en fil (Arkiv › Dela workshop…). "
                        "Samordnaren läser in den och ser alla workshoppars åtgärder i sin "
                        "översikt.",
                    ),
                    QCoreApplication.translate(
                        "HandbookText",
                        "Följ upp åtgärderna: ändra status när något är klart, så att det syns "
                        "vilka åtgärder som är försenade.",
                    ),
                    QCoreApplication.translate(
                        "HandbookText",
                        "Håll ett uppföljningsmöte om tre till sex månader. Skapa en ny "
                        "workshop med varianten Uppföljning och välj vilken workshop den följer "
                        "upp; då jämför rapporten före och efter.",
                    ),
                ),
            ),
            Paragraph(
                QCoreApplication.translate(
                    "HandbookText",
                    "Allt sparas på din dator medan du arbetar, och programmet gör en "
                    "säkerhetskopia av databasen varje dag du öppnar den. Under Hjälp › Om "
                    "programmet ser du var filerna ligger.",
                )
            ),
        ),
    )


def _sources() -> Section:
    return Section(
        QCoreApplication.translate("HandbookText", "Källor"),
        (
            Paragraph(
                QCoreApplication.translate(
                    "HandbookText",
                    "Ramverket och stegen bygger på källorna nedan. Påståendena, frågorna och "
                    "texterna i programmet är formulerade för programmet; de är inte citat.",
                )
            ),
            Bullets(
                (
                    QCoreApplication.translate(
                        "HandbookText",
                        "Tillväxtverket (2023): Att utveckla och stärka regionernas arbete med "
                        "hållbar utveckling inom det regionala utvecklingsarbetet. Slutrapport, "
                        "publikation 0455.",
                    ),
                    QCoreApplication.translate(
                        "HandbookText",
                        "Tillväxtverket: Vägledning för hållbar regional utveckling "
                        "(förutsättningar, beroenden och framgångsfaktorer).",
                    ),
                    QCoreApplication.translate(
                        "HandbookText",
                        "Tillväxtverket: seminarieserien Lärande vägar till hållbarhet, om "
                        "gränsgångare och förutsättningsskapande ledarskap.",
                    ),
                    QCoreApplication.translate(
                        "HandbookText",
                        "Riksrevisionen (2022): Den regionala utvecklingspolitiken – svaga "
                        "förutsättningar för ett effektivt samlat statligt agerande.",
                    ),
                    QCoreApplication.translate(
                        "HandbookText",
                        "Weiner, B. J. (2009): A theory of organizational readiness for change. "
                        "Implementation Science 4:67.",
                    ),
                    QCoreApplication.translate(
                        "HandbookText",
                        "Shea, C. M. m.fl. (2014): Organizational readiness for implementing "
                        "change (ORIC). Implementation Science 9:7.",
                    ),
                    QCoreApplication.translate(
                        "HandbookText",
                        "Ekonomistyrningsverket (2017): Att leda förändring i offentlig "
                        "verksamhet (ESV 2017:70).",
                    ),
                    QCoreApplication.translate(
                        "HandbookText",
                        "Region Jönköpings län, Qulturum: Hållbarhet i förbättrings- och "
                        "utvecklingsarbete (röd, gul och grön bedömning och handlingsplan).",
                    ),
                    QCoreApplication.translate(
                        "HandbookText",
                        "Kurt Lewin: kraftfältsanalys, drivande och hindrande krafter.",
                    ),
                    QCoreApplication.translate(
                        "HandbookText",
                        "Elf, M. m.fl. (2018): S-NoMAD, svensk version av NoMAD. "
                        "Implementation Science 13:146.",
                    ),
                ),
            ),
        ),
    )
