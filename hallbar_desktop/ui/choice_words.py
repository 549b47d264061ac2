"""The words the window shows for the domain's choices, marked for translation in one place."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hallbar_desktop.domain.choices import LabelledChoice

# Every LabelledChoice label of the domain, so that lupdate finds it: the domain speaks Swedish
# labels (its source language) and the window shows them through choice_text().
# tests/ui/test_choice_words.py fails when a choice's label is missing here.
CHOICE_LABELS = (
    # ActionStatus
    QT_TRANSLATE_NOOP("Choice", "Ej påbörjad"),
    QT_TRANSLATE_NOOP("Choice", "Pågår"),
    QT_TRANSLATE_NOOP("Choice", "Klar"),
    QT_TRANSLATE_NOOP("Choice", "Pausad"),
    QT_TRANSLATE_NOOP("Choice", "Avbruten"),
    # ActionType
    QT_TRANSLATE_NOOP("Choice", "Styrdokument/riktlinje"),
    QT_TRANSLATE_NOOP("Choice", "Organisering/arbetssätt"),
    QT_TRANSLATE_NOOP("Choice", "Kompetensutveckling"),
    QT_TRANSLATE_NOOP("Choice", "Verktyg/metod"),
    QT_TRANSLATE_NOOP("Choice", "Uppföljning/lärande"),
    QT_TRANSLATE_NOOP("Choice", "Finansiering"),
    QT_TRANSLATE_NOOP("Choice", "Kommunikation/förankring"),
    # Priority
    QT_TRANSLATE_NOOP("Choice", "Hög"),
    QT_TRANSLATE_NOOP("Choice", "Medel"),
    QT_TRANSLATE_NOOP("Choice", "Låg"),
    # BackupKind
    QT_TRANSLATE_NOOP("Choice", "Daglig"),
    QT_TRANSLATE_NOOP("Choice", "Gjord för hand"),
    QT_TRANSLATE_NOOP("Choice", "Före uppgradering"),
    QT_TRANSLATE_NOOP("Choice", "Före återställning"),
    QT_TRANSLATE_NOOP("Choice", "Före import"),
    # Area
    QT_TRANSLATE_NOOP("Choice", "Ledning och styrning"),
    QT_TRANSLATE_NOOP("Choice", "Genomförande"),
    QT_TRANSLATE_NOOP("Choice", "Lärande"),
    # PurgeKind
    QT_TRANSLATE_NOOP("Choice", "Namn, roller och vem som skrev vad"),
    QT_TRANSLATE_NOOP("Choice", "Hela workshoppen"),
    # PersonalDataHeld
    QT_TRANSLATE_NOOP("Choice", "Inga personuppgifter om deltagarna (alias som Deltagare 1…n)"),
    QT_TRANSLATE_NOOP("Choice", "Deltagarnas alias, som någon har skrivit in och kan vara namn"),
    QT_TRANSLATE_NOOP("Choice", "Deltagarnas namn och roller"),
    # TrafficLight
    QT_TRANSLATE_NOOP("Choice", "Röd"),
    QT_TRANSLATE_NOOP("Choice", "Gul"),
    QT_TRANSLATE_NOOP("Choice", "Grön"),
    # DependencyCategory
    QT_TRANSLATE_NOOP("Choice", "Beslutsberoende"),
    QT_TRANSLATE_NOOP("Choice", "Personberoende"),
    QT_TRANSLATE_NOOP("Choice", "Uthållighetsberoende"),
    QT_TRANSLATE_NOOP("Choice", "Annat"),
    # DependencyStatus
    QT_TRANSLATE_NOOP("Choice", "Ny"),
    QT_TRANSLATE_NOOP("Choice", "Under hantering"),
    QT_TRANSLATE_NOOP("Choice", "Hanterad"),
    QT_TRANSLATE_NOOP("Choice", "Kvarstår"),
    # Horizon
    QT_TRANSLATE_NOOP("Choice", "< 6 mån"),
    QT_TRANSLATE_NOOP("Choice", "6–18 mån"),
    QT_TRANSLATE_NOOP("Choice", "> 18 mån"),
    # Influence
    QT_TRANSLATE_NOOP("Choice", "Inom vår rådighet"),
    QT_TRANSLATE_NOOP("Choice", "Vi kan påverka"),
    QT_TRANSLATE_NOOP("Choice", "Utanför vår påverkan"),
    # Location
    QT_TRANSLATE_NOOP("Choice", "Inom enheten"),
    QT_TRANSLATE_NOOP("Choice", "Inom regionorganisationen"),
    QT_TRANSLATE_NOOP("Choice", "Politisk nivå"),
    QT_TRANSLATE_NOOP("Choice", "Länets aktörer (kommuner, länsstyrelse, lärosäten, näringsliv)"),
    QT_TRANSLATE_NOOP("Choice", "Nationell nivå"),
    QT_TRANSLATE_NOOP("Choice", "EU-nivå"),
    # Process
    QT_TRANSLATE_NOOP("Choice", "Företagsstöd"),
    QT_TRANSLATE_NOOP("Choice", "Projektmedel"),
    QT_TRANSLATE_NOOP("Choice", "Kommersiell service"),
    QT_TRANSLATE_NOOP("Choice", "Sammanhållningspolitik/EU-program"),
    QT_TRANSLATE_NOOP("Choice", "RUS-genomförande"),
    QT_TRANSLATE_NOOP("Choice", "Intern styrning"),
    # Quadrant
    QT_TRANSLATE_NOOP("Choice", "Agera nu"),
    QT_TRANSLATE_NOOP("Choice", "Påverka och eskalera"),
    QT_TRANSLATE_NOOP("Choice", "Hantera löpande"),
    QT_TRANSLATE_NOOP("Choice", "Bevaka"),
    # Strategy
    QT_TRANSLATE_NOOP("Choice", "Åtgärda"),
    QT_TRANSLATE_NOOP("Choice", "Minska"),
    QT_TRANSLATE_NOOP("Choice", "Acceptera"),
    # WorkshopStep
    QT_TRANSLATE_NOOP("Choice", "Förberedelser"),
    QT_TRANSLATE_NOOP("Choice", "Välkommen och syfte"),
    QT_TRANSLATE_NOOP("Choice", "Nuläge och målbild"),
    QT_TRANSLATE_NOOP("Choice", "Individuell skattning"),
    QT_TRANSLATE_NOOP("Choice", "Resultat och samtal"),
    QT_TRANSLATE_NOOP("Choice", "Beroenden"),
    QT_TRANSLATE_NOOP("Choice", "Förutsättningar och framgångsfaktorer"),
    QT_TRANSLATE_NOOP("Choice", "Åtgärder"),
    QT_TRANSLATE_NOOP("Choice", "Sammanfattning och nästa steg"),
    QT_TRANSLATE_NOOP("Choice", "Uppföljning"),
    # InputMode
    QT_TRANSLATE_NOOP("Choice", "Turvis inmatning på datorn"),
    QT_TRANSLATE_NOOP("Choice", "Handuppräckning, processledaren räknar"),
    QT_TRANSLATE_NOOP("Choice", "Pappersformulär som förs in efteråt"),
    # Variant
    QT_TRANSLATE_NOOP("Choice", "Halvdag"),
    QT_TRANSLATE_NOOP("Choice", "Kort (90 min)"),
    # WorkshopStatus
    QT_TRANSLATE_NOOP("Choice", "Planerad"),
    QT_TRANSLATE_NOOP("Choice", "Genomförd"),
    QT_TRANSLATE_NOOP("Choice", "Uppföljd"),
    QT_TRANSLATE_NOOP("Choice", "Arkiverad"),
    # PurgeKind
    QT_TRANSLATE_NOOP("Choice", "Namn, roller och vem som skrev vad"),
    QT_TRANSLATE_NOOP("Choice", "Hela workshoppen"),
    # PersonalDataHeld
    QT_TRANSLATE_NOOP("Choice", "Inga personuppgifter om deltagarna (alias som Deltagare 1…n)"),
    QT_TRANSLATE_NOOP("Choice", "Deltagarnas alias, som någon har skrivit in och kan vara namn"),
    QT_TRANSLATE_NOOP("Choice", "Deltagarnas namn och roller"),
    # IMPACT_LABELS
    QT_TRANSLATE_NOOP("Choice", "Mycket liten"),
    QT_TRANSLATE_NOOP("Choice", "Liten"),
    QT_TRANSLATE_NOOP("Choice", "Måttlig"),
    QT_TRANSLATE_NOOP("Choice", "Stor"),
    QT_TRANSLATE_NOOP("Choice", "Mycket stor"),
    # The dependency types' short names (ui/charts/dependency_marks.py)
    QT_TRANSLATE_NOOP("Choice", "Beslut"),
    QT_TRANSLATE_NOOP("Choice", "Person"),
    QT_TRANSLATE_NOOP("Choice", "Uthållighet"),
    # A choice not made (an optional field, a light not set)
    QT_TRANSLATE_NOOP("Choice", "Inte angiven"),
    QT_TRANSLATE_NOOP("Choice", "Inte bedömd"),
)


def choice_text(choice: LabelledChoice) -> str:
    """``choice``'s label in the language the window speaks."""
    return QCoreApplication.translate("Choice", choice.label)


def alias_word() -> str:
    """The word a new participant's alias starts with ("Deltagare 3"), in the language the
    window speaks: the alias is stored as made, so a workshop made in English keeps its
    "Participant 3" in any window."""
    return QCoreApplication.translate("Alias", "Deltagare")


def word_text(label: str) -> str:
    """A label of one of the tables above (IMPACT_LABELS[3]) in the language the window speaks."""
    return QCoreApplication.translate("Choice", label)
