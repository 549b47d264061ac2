"""The keyboard shortcuts that are not menu items: each is made from its entry here, so
Hjälp › Kortkommandon, which lists these entries, cannot drift from the keys that work."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

Keys = str | QKeySequence.StandardKey


@dataclass(frozen=True, slots=True)
class KeyBinding:
    """Keys, what they do and where they work; the texts are translated when shown."""

    keys: tuple[Keys, ...]
    does: str
    where: str

    def sequences(self) -> tuple[QKeySequence, ...]:
        return tuple(QKeySequence(k) for k in self.keys)

    def shown_keys(self) -> str:
        return " / ".join(
            s.toString(QKeySequence.SequenceFormat.NativeText) for s in self.sequences()
        )


IN_LIBRARY = QT_TRANSLATE_NOOP("KeyMap", "I biblioteket")
IN_WORKSHOP = QT_TRANSLATE_NOOP("KeyMap", "I en workshop")
IN_INPUT_MODE = QT_TRANSLATE_NOOP("KeyMap", "I inmatningsläget")
IN_TEMPLATE_EDITOR = QT_TRANSLATE_NOOP("KeyMap", "I mallar för skattningen")
IN_COORDINATOR_VIEW = QT_TRANSLATE_NOOP("KeyMap", "I översikten för samordnare")
IN_RESULTS = QT_TRANSLATE_NOOP("KeyMap", "I Resultat")

SEARCH_LIBRARY = KeyBinding(
    (QKeySequence.StandardKey.Find,),
    QT_TRANSLATE_NOOP("KeyMap", "Sök bland workshopparna"),
    IN_LIBRARY,
)
DELETE_WORKSHOP = KeyBinding(
    ("Delete",), QT_TRANSLATE_NOOP("KeyMap", "Ta bort den valda workshoppen"), IN_LIBRARY
)
ADD_ITEM = KeyBinding(
    ("Ctrl+Return", "Ctrl+Enter"),
    QT_TRANSLATE_NOOP(
        "KeyMap", "Lägg till en post i steget: deltagare, beroende, åtgärd eller framgångsfaktor"
    ),
    IN_WORKSHOP,
)
INPUT_MODE = KeyBinding(
    ("F6",),
    QT_TRANSLATE_NOOP("KeyMap", "Starta inmatningsläget: deltagarna turas om vid datorn"),
    IN_WORKSHOP,
)
PHONE_ANSWERS = KeyBinding(
    ("F7",),
    QT_TRANSLATE_NOOP("KeyMap", "Låt deltagarna svara i mobilen, via rummets nätverk"),
    IN_WORKSHOP,
)
PARTICIPANT_VIEW = KeyBinding(
    ("F5",),
    QT_TRANSLATE_NOOP("KeyMap", "Öppna eller stäng deltagarvyn för projektorn"),
    IN_WORKSHOP,
)
DELETE_ITEM = KeyBinding(
    (QKeySequence.StandardKey.Delete,),
    QT_TRANSLATE_NOOP(
        "KeyMap", "Ta bort det valda beroendet eller den valda åtgärden (i tabellen)"
    ),
    IN_WORKSHOP,
)
# One key per dimension: a shared Alt letter would need pressing again and again to reach the
# fourth dimension, and the facilitator does not know which one the keys are on.
GROUP_SCORE = KeyBinding(
    tuple(f"Alt+{number}" for number in range(1, 10)),
    QT_TRANSLATE_NOOP(
        "KeyMap", "Gå till gruppens skattning för dimension 1, 2, 3 … i ordning uppifrån"
    ),
    IN_RESULTS,
)
ADD_NOTE = KeyBinding(
    ("Ctrl+Return", "Ctrl+Enter"),
    QT_TRANSLATE_NOOP("KeyMap", "Lägg till lappen du skriver"),
    IN_INPUT_MODE,
)
LEAVE_INPUT_MODE = KeyBinding(
    ("Ctrl+Alt+Shift+L",),
    QT_TRANSLATE_NOOP("KeyMap", "Lämna inmatningsläget (och dess PIN-kod)"),
    IN_INPUT_MODE,
)
ADD_TO_TEMPLATE = KeyBinding(
    ("Ctrl+Return", "Ctrl+Enter"),
    QT_TRANSLATE_NOOP(
        "KeyMap",
        "Lägg till ett påstående, en punkt bland förutsättningarna eller (i listan) en dimension",
    ),
    IN_TEMPLATE_EDITOR,
)
EDIT_IN_REGISTER = KeyBinding(
    ("F2",),
    QT_TRANSLATE_NOOP(
        "KeyMap",
        "Ändra status eller uppföljning för den valda åtgärden (börja skriva för uppföljning)",
    ),
    IN_COORDINATOR_VIEW,
)

ALL: tuple[KeyBinding, ...] = (
    SEARCH_LIBRARY,
    DELETE_WORKSHOP,
    ADD_ITEM,
    INPUT_MODE,
    PHONE_ANSWERS,
    PARTICIPANT_VIEW,
    DELETE_ITEM,
    GROUP_SCORE,
    ADD_NOTE,
    LEAVE_INPUT_MODE,
    ADD_TO_TEMPLATE,
    EDIT_IN_REGISTER,
)


def bind(
    binding: KeyBinding,
    parent: QWidget,
    slot: Callable[[], object],
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
) -> list[QShortcut]:
    """A shortcut on ``parent`` for each of the binding's keys, each calling ``slot``."""
    made = []
    for sequence in binding.sequences():
        shortcut = QShortcut(sequence, parent)
        shortcut.setContext(context)
        shortcut.activated.connect(slot)
        shortcut.setWhatsThis(translated(binding.does))
        made.append(shortcut)
    return made


def translated(text: str) -> str:
    return QCoreApplication.translate("KeyMap", text)
