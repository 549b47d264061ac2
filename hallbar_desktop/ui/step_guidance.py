"""The facilitator's script for each step: purpose, what to do and questions to ask."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from hallbar_desktop.domain.workflow import WorkshopStep


@dataclass(frozen=True, slots=True)
class Guidance:
    purpose: str
    actions: tuple[str, ...]
    questions: tuple[str, ...]


def guidance_for(step: WorkshopStep) -> Guidance:
    S = WorkshopStep
    if step is S.PREPARATION:
        return Guidance(
            QCoreApplication.translate(
                "StepGuidance",
                "Se till att workshoppen handlar om en tydligt avgränsad förändring och att rätt personer är inbjudna.",
            ),
            (
                QCoreApplication.translate(
                    "StepGuidance",
                    "Fyll i organisation, enhet och vilken förändring workshoppen gäller.",
                ),
                QCoreApplication.translate(
                    "StepGuidance", "Lägg till deltagarna. Alias räcker; namn behövs inte."
                ),
                QCoreApplication.translate(
                    "StepGuidance",
                    "Bestäm hur deltagarna ska svara: turvis vid datorn, handuppräckning eller papper.",
                ),
            ),
            (
                QCoreApplication.translate(
                    "StepGuidance", "Vilken förändring ska vi prata om, i en mening?"
                ),
                QCoreApplication.translate(
                    "StepGuidance", "Vilka behöver vara med för att besluten ska hålla?"
                ),
            ),
        )
    if step is S.WELCOME:
        return Guidance(
            QCoreApplication.translate(
                "StepGuidance",
                "Skapa trygghet och förklara varför ni ses och hur workshoppen går till.",
            ),
            (
                QCoreApplication.translate(
                    "StepGuidance", "Berätta syftet och vad som händer med resultatet."
                ),
                QCoreApplication.translate(
                    "StepGuidance",
                    "Gå igenom spelreglerna: det finns inga rätta svar, och det som sägs stannar i rummet.",
                ),
                QCoreApplication.translate(
                    "StepGuidance",
                    "Visa modellen kort: tre förutsättningar och tre slags beroenden.",
                ),
            ),
            (
                QCoreApplication.translate(
                    "StepGuidance", "Vad behöver du för att kunna säga vad du tycker i dag?"
                ),
            ),
        )
    if step is S.CURRENT_AND_TARGET:
        return Guidance(
            QCoreApplication.translate(
                "StepGuidance",
                "Bli överens om var ni står i dag och vart ni vill om ett till tre år.",
            ),
            (
                QCoreApplication.translate(
                    "StepGuidance", "Låt gruppen beskriva nuläget med egna ord och skriv ner det."
                ),
                QCoreApplication.translate(
                    "StepGuidance", "Formulera en målbild som går att känna igen när den är nådd."
                ),
                QCoreApplication.translate(
                    "StepGuidance",
                    "Koppla gärna till den regionala utvecklingsstrategin och till styrdokumenten.",
                ),
            ),
            (
                QCoreApplication.translate(
                    "StepGuidance", "Hur märks förändringen i vardagen om två år?"
                ),
                QCoreApplication.translate(
                    "StepGuidance", "Vad gör vi redan i dag som pekar åt rätt håll?"
                ),
            ),
        )
    if step is S.RATING:
        return Guidance(
            QCoreApplication.translate(
                "StepGuidance",
                "Få allas egen bild innan gruppen pratar, så att ingen påverkas av de andras svar.",
            ),
            (
                QCoreApplication.translate(
                    "StepGuidance",
                    "Varje deltagare skattar påståendena från 1 till 5, eller Vet ej.",
                ),
                QCoreApplication.translate(
                    "StepGuidance",
                    "Tryck F6 för inmatningsläget: deltagarna svarar i tur och ordning vid datorn utan att se varandras svar.",
                ),
                QCoreApplication.translate(
                    "StepGuidance",
                    "Räknar ni händer i stället, skriv antalen per värde under fliken Handuppräckning.",
                ),
                QCoreApplication.translate(
                    "StepGuidance", "Resultaten visas inte förrän alla är klara."
                ),
                QCoreApplication.translate(
                    "StepGuidance",
                    "Skriv in svaren deltagare för deltagare; tangenterna 1–5 och 0 för Vet ej går snabbast.",
                ),
            ),
            (
                QCoreApplication.translate(
                    "StepGuidance", "Svara utifrån hur det är i dag, inte hur det borde vara."
                ),
            ),
        )
    if step is S.RESULTS:
        return Guidance(
            QCoreApplication.translate(
                "StepGuidance",
                "Använd spridningen som samtalsstöd och kom fram till en gemensam bild.",
            ),
            (
                QCoreApplication.translate(
                    "StepGuidance",
                    "Börja med de lägsta värdena och de påståenden där spridningen är stor.",
                ),
                QCoreApplication.translate(
                    "StepGuidance", "Låt dem som svarat högt och lågt berätta hur de tänkt."
                ),
                QCoreApplication.translate(
                    "StepGuidance",
                    "Enas om en gruppskattning per dimension och skriv en kort kommentar.",
                ),
            ),
            (
                QCoreApplication.translate("StepGuidance", "Vad ser du som inte de andra ser?"),
                QCoreApplication.translate(
                    "StepGuidance", "Vad skulle behöva hända för att värdet blev ett steg högre?"
                ),
            ),
        )
    if step is S.DEPENDENCIES:
        return Guidance(
            QCoreApplication.translate(
                "StepGuidance",
                "Hitta det som kan stoppa förändringen: beslut som saknas, personer arbetet hänger på och uthållighet som tryter.",
            ),
            (
                QCoreApplication.translate(
                    "StepGuidance", "Ta en typ av beroende i taget och låt alla skriva förslag."
                ),
                QCoreApplication.translate(
                    "StepGuidance",
                    "Med inmatningsläget (F6) skriver var och en sina lappar; när du visar resultatet kan du göra om lapparna till beroenden.",
                ),
                QCoreApplication.translate(
                    "StepGuidance",
                    "Bedöm påverkan och hur mycket ni själva kan påverka, och placera beroendet i matrisen.",
                ),
                QCoreApplication.translate(
                    "StepGuidance", "Låt deltagarna prioritera med prickar."
                ),
                QCoreApplication.translate("StepGuidance", "Beskriv roller, inte personer."),
            ),
            (
                QCoreApplication.translate(
                    "StepGuidance",
                    "Vilka beslut – politiska, i ledningen eller nationellt – måste fattas för att förändringen ska bli verklighet?",
                ),
                QCoreApplication.translate(
                    "StepGuidance",
                    "Vad händer om de som driver arbetet i dag slutar eller byter uppdrag?",
                ),
                QCoreApplication.translate(
                    "StepGuidance",
                    "Vad krävs för att arbetet ska leva vidare när projektpengarna tar slut?",
                ),
            ),
        )
    if step is S.PREREQUISITES:
        return Guidance(
            QCoreApplication.translate(
                "StepGuidance",
                "Se vilka grundläggande förutsättningar som finns och vilka styrkor ni kan bygga vidare på.",
            ),
            (
                QCoreApplication.translate(
                    "StepGuidance", "Ge varje punkt rött, gult eller grönt."
                ),
                QCoreApplication.translate(
                    "StepGuidance",
                    "Markera styrkor och skriv ner framgångsfaktorer som driver arbetet framåt.",
                ),
                QCoreApplication.translate(
                    "StepGuidance",
                    "Deltagarnas lappar från inmatningsläget (F6) kan du göra om till framgångsfaktorer.",
                ),
            ),
            (
                QCoreApplication.translate(
                    "StepGuidance", "Vad har fungerat tidigare när vi lyckats förändra något?"
                ),
            ),
        )
    if step is S.ACTIONS:
        return Guidance(
            QCoreApplication.translate(
                "StepGuidance",
                "Bestäm vad som ska göras, av vem och när, för de viktigaste beroendena.",
            ),
            (
                QCoreApplication.translate(
                    "StepGuidance", "Börja med beroendena i Agera nu och Påverka och eskalera."
                ),
                QCoreApplication.translate(
                    "StepGuidance", "Varje åtgärd behöver en ansvarig och ett datum."
                ),
                QCoreApplication.translate(
                    "StepGuidance",
                    "Deltagarnas förslag från inmatningsläget (F6) kan du göra om till åtgärder.",
                ),
                QCoreApplication.translate(
                    "StepGuidance", "Formulera åtgärden med ett verb: Ta fram, Besluta om, Utbilda."
                ),
            ),
            (
                QCoreApplication.translate("StepGuidance", "Hur vet vi att åtgärden är klar?"),
                QCoreApplication.translate(
                    "StepGuidance", "Vem behöver fatta beslut för att den ska bli av?"
                ),
            ),
        )
    if step is S.SUMMARY:
        return Guidance(
            QCoreApplication.translate(
                "StepGuidance",
                "Avsluta med en gemensam bild av vad ni kommit fram till och vad som händer härnäst.",
            ),
            (
                QCoreApplication.translate(
                    "StepGuidance", "Läs upp de största riskerna och åtgärderna."
                ),
                QCoreApplication.translate(
                    "StepGuidance", "Boka ett uppföljningsmöte om tre till sex månader."
                ),
            ),
            (QCoreApplication.translate("StepGuidance", "Vad tar du med dig härifrån?"),),
        )
    return Guidance(
        QCoreApplication.translate(
            "StepGuidance", "Se hur långt ni kommit sedan förra workshoppen."
        ),
        (
            QCoreApplication.translate(
                "StepGuidance", "Gå igenom åtgärderna och uppdatera deras status."
            ),
            QCoreApplication.translate(
                "StepGuidance", "Markera vilka beroenden som är hanterade och vilka som kvarstår."
            ),
            QCoreApplication.translate(
                "StepGuidance", "Skatta påståendena igen för att jämföra före och efter."
            ),
        ),
        (
            QCoreApplication.translate(
                "StepGuidance", "Vad har hänt sedan sist, och vad har inte hänt?"
            ),
        ),
    )
