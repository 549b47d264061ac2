"""What the room can be shown on each step: its question, and the views that wait for a reveal."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.ui.input_mode.input_round import InputActivity

OVERVIEW = "overview"
DIMENSION_PREFIX = "dimension:"
MATRIX = "matrix"
VOTES = "votes"
NOTES = "notes"

# Steps whose results the room sees only after the facilitator reveals them. Notes on any step
# also wait for a reveal (brainstorm cards are written privately first).
_S = WorkshopStep
RESULT_STEPS = frozenset({_S.RATING, _S.RESULTS, _S.DEPENDENCIES, _S.ACTIONS})


@dataclass(frozen=True, slots=True)
class RoomView:
    key: str
    label: str


def dimension_key(code: str) -> str:
    return f"{DIMENSION_PREFIX}{code}"


def views_for(step: WorkshopStep, contents: WorkshopContents) -> tuple[RoomView, ...]:
    """The views the facilitator can reveal on ``step``; empty where nothing is hidden."""
    views: list[RoomView] = []
    if step in (_S.RATING, _S.RESULTS):
        views.append(
            RoomView(OVERVIEW, QCoreApplication.translate("RoomViews", "Översikt per dimension"))
        )
        views += [
            RoomView(dimension_key(d.code), f"{d.code} {d.label}")
            for d in contents.template.dimensions
            if d.statements
        ]
    elif step is _S.DEPENDENCIES:
        views.append(RoomView(MATRIX, QCoreApplication.translate("RoomViews", "Matrisen")))
        views.append(RoomView(VOTES, QCoreApplication.translate("RoomViews", "Prickröstning")))
    elif step is _S.ACTIONS:
        views.append(RoomView(VOTES, QCoreApplication.translate("RoomViews", "Prickröstning")))
    if any(note.step is step for note in contents.notes):
        views.append(RoomView(NOTES, QCoreApplication.translate("RoomViews", "Lappar")))
    return tuple(views)


def chosen_view(
    step: WorkshopStep, contents: WorkshopContents, chosen: str | None
) -> RoomView | None:
    """The view the facilitator chose, or the step's first when that one no longer exists."""
    views = views_for(step, contents)
    return next((v for v in views if v.key == chosen), views[0] if views else None)


@dataclass(frozen=True, slots=True)
class RoomPrompt:
    """The question in large type under the step title, and short lines of body text."""

    question: str
    lines: tuple[str, ...] = ()
    hidden: str = ""  # said while the step's results wait for a reveal


def prompt_for(step: WorkshopStep) -> RoomPrompt:
    """Our wording for the room, shorter than the facilitator's script in step_guidance.py."""
    if step is _S.WELCOME:
        return RoomPrompt(
            QCoreApplication.translate(
                "RoomViews", "Vad behöver du för att kunna säga vad du tycker i dag?"
            ),
            (
                QCoreApplication.translate("RoomViews", "Det finns inga rätta svar."),
                QCoreApplication.translate("RoomViews", "Det som sägs här stannar i rummet."),
                QCoreApplication.translate(
                    "RoomViews", "Vi pratar om roller och arbetssätt, inte om personer."
                ),
            ),
        )
    if step is _S.CURRENT_AND_TARGET:
        return RoomPrompt(
            QCoreApplication.translate(
                "RoomViews", "Var står vi i dag, och hur märks förändringen om två år?"
            )
        )
    if step is _S.RATING:
        return RoomPrompt(
            QCoreApplication.translate(
                "RoomViews", "Svara utifrån hur det är i dag, inte hur det borde vara."
            ),
            (
                QCoreApplication.translate(
                    "RoomViews", "Skatta varje påstående från 1 till 5, eller välj Vet ej."
                ),
                QCoreApplication.translate("RoomViews", "Ingen ser dina svar."),
            ),
            QCoreApplication.translate("RoomViews", "Resultaten visas när alla är klara."),
        )
    if step is _S.RESULTS:
        return RoomPrompt(
            QCoreApplication.translate("RoomViews", "Vad ser du som inte de andra ser?"),
            (
                QCoreApplication.translate(
                    "RoomViews", "Vi börjar med de lägsta värdena och där svaren skiljer sig mest."
                ),
                QCoreApplication.translate(
                    "RoomViews", "Vad skulle behöva hända för att värdet blev ett steg högre?"
                ),
            ),
            QCoreApplication.translate("RoomViews", "Resultaten visas snart."),
        )
    if step is _S.DEPENDENCIES:
        return RoomPrompt(
            QCoreApplication.translate("RoomViews", "Vad kan stoppa förändringen?"),
            (
                QCoreApplication.translate(
                    "RoomViews",
                    "Beslutsberoende: ett beslut eller mandat som vi inte själva rår över.",
                ),
                QCoreApplication.translate(
                    "RoomViews", "Personberoende: arbetet hänger på en eller ett par personer."
                ),
                QCoreApplication.translate(
                    "RoomViews",
                    "Uthållighetsberoende: tid, pengar och uppmärksamhet som måste räcka.",
                ),
            ),
            QCoreApplication.translate(
                "RoomViews", "Förslagen och matrisen visas när alla har skrivit klart."
            ),
        )
    if step is _S.PREREQUISITES:
        return RoomPrompt(
            QCoreApplication.translate(
                "RoomViews", "Vad har fungerat tidigare när vi lyckats förändra något?"
            ),
            (
                QCoreApplication.translate(
                    "RoomViews", "Ledning och styrning: mandat, styrdokument och tydligt ansvar."
                ),
                QCoreApplication.translate(
                    "RoomViews", "Genomförande: tid, resurser och arbetssätt i det vanliga arbetet."
                ),
                QCoreApplication.translate(
                    "RoomViews", "Lärande: kompetens, uppföljning och att dela erfarenheter."
                ),
            ),
            QCoreApplication.translate("RoomViews", "Lapparna visas när alla har skrivit klart."),
        )
    if step is _S.ACTIONS:
        return RoomPrompt(
            QCoreApplication.translate("RoomViews", "Vad ska göras, av vem och när?"),
            (
                QCoreApplication.translate(
                    "RoomViews",
                    "Börja med det som påverkar mest och som vi själva kan göra något åt.",
                ),
                QCoreApplication.translate(
                    "RoomViews", "Varje åtgärd behöver en ansvarig och ett datum."
                ),
            ),
            QCoreApplication.translate(
                "RoomViews", "Rösterna visas när alla har lagt sina prickar."
            ),
        )
    if step is _S.SUMMARY:
        return RoomPrompt(QCoreApplication.translate("RoomViews", "Vad tar du med dig härifrån?"))
    if step is _S.FOLLOW_UP:
        return RoomPrompt(
            QCoreApplication.translate(
                "RoomViews", "Vad har hänt sedan sist, och vad har inte hänt?"
            ),
            (
                QCoreApplication.translate(
                    "RoomViews", "Vi går igenom åtgärderna och beroendena från förra gången."
                ),
            ),
        )
    return RoomPrompt("")


def collecting_prompt(activity: InputActivity, step: WorkshopStep) -> RoomPrompt:
    """What the room reads while participants take turns at the computer: the question of what
    they are giving, and what waits for them all (in ``hidden``)."""
    if activity is InputActivity.RATING:
        return RoomPrompt(
            prompt_for(_S.RATING).question,
            hidden=QCoreApplication.translate("RoomViews", "Svaren visas när alla är klara."),
        )
    if activity is InputActivity.NOTES:
        return RoomPrompt(
            prompt_for(step).question,
            hidden=QCoreApplication.translate(
                "RoomViews", "Lapparna visas när alla har skrivit klart."
            ),
        )
    return RoomPrompt(
        QCoreApplication.translate("RoomViews", "Lägg dina prickar på det du tycker är viktigast."),
        hidden=QCoreApplication.translate(
            "RoomViews", "Rösterna visas när alla har lagt sina prickar."
        ),
    )
