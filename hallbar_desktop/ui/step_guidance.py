"""The facilitator's script for each step: purpose, what to do and questions to ask."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from hallbar_desktop.domain.workflow import WorkshopStep


def _t(text: str) -> str:
    return QCoreApplication.translate("StepGuidance", text)


@dataclass(frozen=True, slots=True)
class Guidance:
    purpose: str
    actions: tuple[str, ...]
    questions: tuple[str, ...]


def guidance_for(step: WorkshopStep) -> Guidance:
    S = WorkshopStep
    if step is S.PREPARATION:
        return Guidance(
            _t(
                "Se till att workshoppen handlar om en tydligt avgränsad förändring och att rätt personer är inbjudna."
            ),
            (
                _t("Fyll i organisation, enhet och vilken förändring workshoppen gäller."),
                _t("Lägg till deltagarna. Alias räcker; namn behövs inte."),
                _t(
                    "Bestäm hur deltagarna ska svara: turvis vid datorn, handuppräckning eller papper."
                ),
            ),
            (
                _t("Vilken förändring ska vi prata om, i en mening?"),
                _t("Vilka behöver vara med för att besluten ska hålla?"),
            ),
        )
    if step is S.WELCOME:
        return Guidance(
            _t("Skapa trygghet och förklara varför ni ses och hur workshoppen går till."),
            (
                _t("Berätta syftet och vad som händer med resultatet."),
                _t(
                    "Gå igenom spelreglerna: det finns inga rätta svar, och det som sägs stannar i rummet."
                ),
                _t("Visa modellen kort: tre förutsättningar och tre slags beroenden."),
            ),
            (_t("Vad behöver du för att kunna säga vad du tycker i dag?"),),
        )
    if step is S.CURRENT_AND_TARGET:
        return Guidance(
            _t("Bli överens om var ni står i dag och vart ni vill om ett till tre år."),
            (
                _t("Låt gruppen beskriva nuläget med egna ord och skriv ner det."),
                _t("Formulera en målbild som går att känna igen när den är nådd."),
                _t("Koppla gärna till den regionala utvecklingsstrategin och till styrdokumenten."),
            ),
            (
                _t("Hur märks förändringen i vardagen om två år?"),
                _t("Vad gör vi redan i dag som pekar åt rätt håll?"),
            ),
        )
    if step is S.RATING:
        return Guidance(
            _t("Få allas egen bild innan gruppen pratar, så att ingen påverkas av de andras svar."),
            (
                _t("Varje deltagare skattar påståendena från 1 till 5, eller Vet ej."),
                _t(
                    "Tryck F6 för inmatningsläget: deltagarna svarar i tur och ordning vid datorn utan att se varandras svar."
                ),
                _t(
                    "Räknar ni händer i stället, skriv antalen per värde under fliken Handuppräckning."
                ),
                _t("Resultaten visas inte förrän alla är klara."),
                _t(
                    "Skriv in svaren deltagare för deltagare; tangenterna 1–5 och 0 för Vet ej går snabbast."
                ),
            ),
            (_t("Svara utifrån hur det är i dag, inte hur det borde vara."),),
        )
    if step is S.RESULTS:
        return Guidance(
            _t("Använd spridningen som samtalsstöd och kom fram till en gemensam bild."),
            (
                _t("Börja med de lägsta värdena och de påståenden där spridningen är stor."),
                _t("Låt dem som svarat högt och lågt berätta hur de tänkt."),
                _t("Enas om en gruppskattning per dimension och skriv en kort kommentar."),
            ),
            (
                _t("Vad ser du som inte de andra ser?"),
                _t("Vad skulle behöva hända för att värdet blev ett steg högre?"),
            ),
        )
    if step is S.DEPENDENCIES:
        return Guidance(
            _t(
                "Hitta det som kan stoppa förändringen: beslut som saknas, personer arbetet hänger på och uthållighet som tryter."
            ),
            (
                _t("Ta en typ av beroende i taget och låt alla skriva förslag."),
                _t(
                    "Med inmatningsläget (F6) skriver var och en sina lappar; när du visar resultatet kan du göra om lapparna till beroenden."
                ),
                _t(
                    "Bedöm påverkan och hur mycket ni själva kan påverka, och placera beroendet i matrisen."
                ),
                _t("Låt deltagarna prioritera med prickar."),
                _t("Beskriv roller, inte personer."),
            ),
            (
                _t(
                    "Vilka beslut – politiska, i ledningen eller nationellt – måste fattas för att förändringen ska bli verklighet?"
                ),
                _t("Vad händer om de som driver arbetet i dag slutar eller byter uppdrag?"),
                _t("Vad krävs för att arbetet ska leva vidare när projektpengarna tar slut?"),
            ),
        )
    if step is S.PREREQUISITES:
        return Guidance(
            _t(
                "Se vilka grundläggande förutsättningar som finns och vilka styrkor ni kan bygga vidare på."
            ),
            (
                _t("Ge varje punkt rött, gult eller grönt."),
                _t("Markera styrkor och skriv ner framgångsfaktorer som driver arbetet framåt."),
                _t(
                    "Deltagarnas lappar från inmatningsläget (F6) kan du göra om till framgångsfaktorer."
                ),
            ),
            (_t("Vad har fungerat tidigare när vi lyckats förändra något?"),),
        )
    if step is S.ACTIONS:
        return Guidance(
            _t("Bestäm vad som ska göras, av vem och när, för de viktigaste beroendena."),
            (
                _t("Börja med beroendena i Agera nu och Påverka och eskalera."),
                _t("Varje åtgärd behöver en ansvarig och ett datum."),
                _t("Deltagarnas förslag från inmatningsläget (F6) kan du göra om till åtgärder."),
                _t("Formulera åtgärden med ett verb: Ta fram, Besluta om, Utbilda."),
            ),
            (
                _t("Hur vet vi att åtgärden är klar?"),
                _t("Vem behöver fatta beslut för att den ska bli av?"),
            ),
        )
    if step is S.SUMMARY:
        return Guidance(
            _t(
                "Avsluta med en gemensam bild av vad ni kommit fram till och vad som händer härnäst."
            ),
            (
                _t("Läs upp de största riskerna och åtgärderna."),
                _t("Boka ett uppföljningsmöte om tre till sex månader."),
            ),
            (_t("Vad tar du med dig härifrån?"),),
        )
    return Guidance(
        _t("Se hur långt ni kommit sedan förra workshoppen."),
        (
            _t("Gå igenom åtgärderna och uppdatera deras status."),
            _t("Markera vilka beroenden som är hanterade och vilka som kvarstår."),
            _t("Skatta påståendena igen för att jämföra före och efter."),
        ),
        (_t("Vad har hänt sedan sist, och vad har inte hänt?"),),
    )
