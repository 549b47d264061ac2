"""The words and number forms of exported files in one language: the exports' one texts object."""

from __future__ import annotations

import gettext
from collections.abc import Callable
from dataclasses import dataclass, field

from hallbar_desktop.domain.choices import LabelledChoice
from hallbar_desktop.domain.rounding import fixed_point
from hallbar_desktop.domain.sorting import swedish_key
from hallbar_desktop.text_catalogue import SOURCE_LANGUAGE, catalogue


def N_(text: str) -> str:
    """Marks a module-level text for extraction; it is translated where it is used, with
    ``texts.gettext(CONSTANT)``."""
    return text


# The program's name as the window shows it (its title bar, About): the files name it so too.
PROGRAM_NAME = N_("Hållbar förändring")


@dataclass(frozen=True, slots=True)
class ExportTexts:
    """Every sentence, heading and column name an export writes comes through here.

    The code is written in Swedish; ``gettext`` gives a text in this object's language (the
    extraction in build_installer.py finds every literal passed to gettext, ngettext and
    counted). Placeholders are str.format names: ``texts.gettext("Sida {page}").format(page=n)``.
    """

    language: str = SOURCE_LANGUAGE
    _translations: gettext.NullTranslations = field(default_factory=gettext.NullTranslations)

    @classmethod
    def for_language(cls, language: str) -> ExportTexts:
        return cls(language if language else SOURCE_LANGUAGE, catalogue(language))

    @property
    def program(self) -> str:
        """The program's name in this language, as the files name their maker."""
        return self.gettext(PROGRAM_NAME)

    def gettext(self, message: str) -> str:
        return self._translations.gettext(message)

    def pgettext(self, context: str, message: str) -> str:
        """``message`` where its Swedish has another meaning elsewhere: "Medel" is a priority
        (Medium) and, in the context "kolumn", the heading of a column of means (Mean)."""
        return self._translations.pgettext(context, message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        """The form for ``n``; each language's catalogue says how many forms it has."""
        return self._translations.ngettext(singular, plural, n)

    def counted(self, n: int, singular: str, plural: str) -> str:
        """A count with its noun in the right number: "1 workshop", "2 workshoppar"."""
        return f"{n} {self.ngettext(singular, plural, n)}"

    def choice(self, member: LabelledChoice) -> str:
        """A domain choice's label (its Swedish label is the source text)."""
        return self.gettext(member.label)

    @property
    def decimal_mark(self) -> str:
        return "," if self.language == SOURCE_LANGUAGE else "."

    def decimal(self, value: float | None, decimals: int = 1, missing: str = "–") -> str:
        """A number as the language writes it: 3,4 in Swedish, 3.4 in English (with a real
        minus sign in both)."""
        if value is None:
            return missing
        return fixed_point(value, decimals).replace(".", self.decimal_mark).replace("-", "−")

    def signed_decimal(self, value: float | None, decimals: int = 1) -> str:
        if value is None:
            return "–"
        text = self.decimal(value, decimals)
        return text if text.startswith("−") or text.strip("0,.") == "" else f"+{text}"

    @property
    def sort_key(self) -> Callable[[str], object]:
        """Alphabetical order: å ä ö after z in Swedish, and the same letters in English (where
        they only occur in Swedish names, which keep their Swedish place)."""
        return swedish_key


SWEDISH = ExportTexts()
