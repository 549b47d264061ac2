"""The gettext catalogues that give text made outside Qt (command line, exports) its language."""

from __future__ import annotations

import functools
import gettext
import os
from collections.abc import Mapping
from pathlib import Path

# The catalogue's name: resources/translations/<language>/LC_MESSAGES/hallbar.mo, compiled by
# `python build_installer.py translations` from resources/translations/hallbar_<language>.po.
DOMAIN = "hallbar"
# Swedish is the source language: the code's own text is Swedish, so Swedish needs no
# translation of it (its catalogue holds only what Python's argparse says in English).
SOURCE_LANGUAGE = "sv"
LANGUAGES = ("sv", "en")
# Where the program's own environment says which language it wants, in gettext's order.
_LANGUAGE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def catalogue_folder() -> Path:
    from hallbar_desktop import paths

    return paths.translations_dir()


@functools.cache
def catalogue(language: str, folder: Path | None = None) -> gettext.NullTranslations:
    """The catalogue of ``language``; the source language (or one without a catalogue) gives
    every text as written. Plurals follow the catalogue's Plural-Forms."""
    if language not in LANGUAGES or language == SOURCE_LANGUAGE:
        return gettext.NullTranslations()
    return gettext.translation(
        DOMAIN, str(folder or catalogue_folder()), languages=[language], fallback=True
    )


def language_from_environment(environ: Mapping[str, str] = os.environ) -> str:
    """The language a command speaks: the first of gettext's variables that is set decides;
    English when it names English, otherwise Swedish (also for "C" and "POSIX", the defaults of
    servers and containers, since the users are Swedish)."""
    for variable in _LANGUAGE_VARIABLES:
        value = environ.get(variable, "")
        if not value:
            continue
        first = value.split(":")[0].split(".")[0].split("_")[0].lower()
        return first if first in LANGUAGES else SOURCE_LANGUAGE
    return SOURCE_LANGUAGE
