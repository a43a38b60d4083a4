"""The interface's words in Dutch (the default: the users and the documents are Dutch) or in English.

One gettext catalogue, kept with Babel (README, "Translating"): its message ids are the English texts, so English
needs no file and a text the Dutch catalogue lacks shows in English, never as an id. The language is chosen once per
process — `--lang`, else $KQREADER_LANG, else the locale — and texts are translated where they are shown, so a text
kept at import time (a key's description, an order's name) is marked with `N_` and translated by its user.
"""

from __future__ import annotations

import argparse
import errno
import gettext
import os
import socket
from collections.abc import Mapping, Sequence
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Literal, get_args

Language = Literal["nl", "en"]
LANGUAGES: tuple[Language, ...] = get_args(Language)
DEFAULT: Language = "nl"
DOMAIN = "kqreader"
LOCALE_DIR = Path(__file__).parent / "locale"
CHOICE = "KQREADER_LANG"  # also how worker processes learn the language the command was given
LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")  # gettext's order


def N_(message: str) -> str:
    """Mark a text for the catalogue where it is kept, to be translated (with `_`) where it is shown."""
    return message


class LanguageError(ValueError):
    """A language kqreader does not speak, asked for by name."""


def chosen(asked: str | None = None, environ: Mapping[str, str] = os.environ) -> Language:
    """The language asked for (`--lang`), else $KQREADER_LANG, else the first of the locale's languages kqreader
    speaks, else Dutch."""
    for name in (asked, environ.get(CHOICE) or None):
        if name is None:
            continue
        if name not in LANGUAGES:
            said = _("'{name}' is not a language kqreader speaks (choose from {languages})")
            raise LanguageError(said.format(name=name, languages=", ".join(LANGUAGES)))
        return name
    for variable in LOCALE_VARIABLES:
        for part in environ.get(variable, "").split(":"):
            code = part.split(".")[0].split("_")[0].lower()
            if code in LANGUAGES:
                return code
    return DEFAULT


class _Speaking:
    """The process's language and its translations."""

    def __init__(self) -> None:
        self.language: Language = DEFAULT
        self.translations: gettext.NullTranslations = gettext.NullTranslations()


_now = _Speaking()


def _load(language: Language) -> None:
    _now.language = language
    if language == "en":
        _now.translations = gettext.NullTranslations()
    else:
        _now.translations = gettext.translation(DOMAIN, LOCALE_DIR, [language])


def use(language: Language) -> None:
    """Speak `language` from now on, here, in argparse's own texts, and in the worker processes started later."""
    _load(language)
    os.environ[CHOICE] = language
    # argparse looks its texts ("usage:", "show this help message and exit", …) up through these module names
    argparse._ = _  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]


def speaking() -> Language:
    """The language spoken now."""
    return _now.language


def _(message: str) -> str:
    """`message` (an English text from the catalogue) in the language spoken."""
    return _now.translations.gettext(message)


@lru_cache(maxsize=1)
def _dutch() -> gettext.NullTranslations:
    return gettext.translation(DOMAIN, LOCALE_DIR, ["nl"])


def dutch(message: str) -> str:
    """`message` in Dutch whatever language is spoken (what a Dutch format writes: `export --format csv-nl`)."""
    return _dutch().gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The singular or plural text for `count`, in the language spoken."""
    return _now.translations.ngettext(singular, plural, count)


_DUTCH_MARKS = str.maketrans(",.", ".,")


def number(value: int | float) -> str:
    """A number as the language writes it ("12,000", "12.5"; Dutch "12.000", "12,5")."""
    text = f"{value:,}" if isinstance(value, int) else f"{value:,g}"
    return text.translate(_DUTCH_MARKS) if _now.language == "nl" else text


def joined(names: Sequence[str]) -> str:
    """"1", "2 and 3", "1, 2 and 5", in the language spoken."""
    if len(names) < 2:
        return "".join(names)
    return _("{first} and {last}").format(first=", ".join(names[:-1]), last=names[-1])


def joined_in_dutch(names: Sequence[str]) -> str:
    """"1", "2 en 3", "1, 2 en 5", in Dutch whatever language is spoken (a citation, the name of an office)."""
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} en {names[-1]}"


def questions(numbers: Sequence[int]) -> str:
    """"question 1", "questions 2 and 3", in the language spoken."""
    named = joined([str(n) for n in numbers])
    return ngettext("question {numbers}", "questions {numbers}", len(numbers)).format(numbers=named)


MONTHS = (
    N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"), N_("July"), N_("August"),
    N_("September"), N_("October"), N_("November"), N_("December"),
)  # fmt: skip


SHORT_MONTHS = (
    N_("Jan"), N_("Feb"), N_("Mar"), N_("Apr"), N_("May"), N_("Jun"), N_("Jul"), N_("Aug"), N_("Sep"), N_("Oct"),
    N_("Nov"), N_("Dec"),
)  # fmt: skip

# One form of a date per place (issue 41): people read a date written out — in prose `day` ("5 juli 2024"), in a
# column `short_day` ("05 jul 2024" aligned as " 5 jul 2024") — and machines ISO 8601 (JSON, CSV, Atom, hooks).
DAY_WIDTH = 11  # short_day's width, whatever the day and month


def day(when: date) -> str:
    """A date written out ("20 June 2019"; Dutch "20 juni 2019"): in sentences, headers, Markdown."""
    return f"{when.day} {_(MONTHS[when.month - 1])} {when.year}"


def short_day(when: date) -> str:
    """A date in a column (" 5 Jul 2024"; Dutch " 5 jul 2024"): the month in words, DAY_WIDTH wide."""
    return f"{when.day:>2} {_(SHORT_MONTHS[when.month - 1])} {when.year}"


# The operating system's reasons, in its own English (strerror) and in the catalogue: a Dutch line says them in
# Dutch. A reason not listed is shown as the system gives it.
OS_REASONS = {
    errno.ENOENT: N_("No such file or directory"), errno.EACCES: N_("Permission denied"),
    errno.EPERM: N_("Operation not permitted"), errno.ENOSPC: N_("No space left on device"),
    errno.EDQUOT: N_("Disk quota exceeded"), errno.EROFS: N_("Read-only file system"),
    errno.EISDIR: N_("Is a directory"), errno.ENOTDIR: N_("Not a directory"),
    errno.ENAMETOOLONG: N_("File name too long"), errno.ELOOP: N_("Too many levels of symbolic links"),
    errno.EIO: N_("Input/output error"), errno.EMFILE: N_("Too many open files"),
    errno.ENFILE: N_("Too many open files in system"), errno.EEXIST: N_("File exists"),
    errno.EBUSY: N_("Device or resource busy"), errno.EFBIG: N_("File too large"),
    errno.ENXIO: N_("No such device or address"), errno.ENODEV: N_("No such device"),
    errno.EINVAL: N_("Invalid argument"), errno.EAGAIN: N_("Resource temporarily unavailable"),
    errno.ECONNREFUSED: N_("Connection refused"), errno.ECONNRESET: N_("Connection reset by peer"),
    errno.ETIMEDOUT: N_("Connection timed out"), errno.ENETUNREACH: N_("Network is unreachable"),
    errno.EHOSTUNREACH: N_("No route to host"), errno.ENOTEMPTY: N_("Directory not empty"),
    errno.ETXTBSY: N_("Text file busy"), errno.EXDEV: N_("Invalid cross-device link"),
    # a name lookup's (socket.gaierror: negative numbers of their own): what a machine without a network meets first
    socket.EAI_NONAME: N_("Name or service not known"), socket.EAI_AGAIN: N_("Temporary failure in name resolution"),
}  # fmt: skip


def reason(error: BaseException) -> str:
    """Why an operation failed, in the language spoken: the operating system's reason (found in the exceptions
    behind `error`, as an HTTP client wraps it), else the error's own words."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, OSError) and seen.errno is not None:
            known = OS_REASONS.get(seen.errno)
            return _(known) if known else (seen.strerror or str(seen))
        seen = seen.__cause__ or seen.__context__
    return str(error)


# Texts of the libraries kqreader shows, so that they are in the catalogue too: argparse's (looked up through `_`
# once `use` has run) and Textual's command palette (translated where the app yields them).
LIBRARY_TEXTS = (
    N_("usage: "), N_("positional arguments"), N_("options"), N_("show this help message and exit"),
    N_("the following arguments are required: %s"), N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"), N_("expected one argument"),
    N_("invalid %(type)s value: %(value)r"), N_("argument %(argument_name)s: %(message)s"),
    N_("ambiguous option: %(option)s could match %(matches)s"), N_("expected at least one argument"),
    N_("expected at most one argument"),
    N_("Theme"), N_("Change the current theme"), N_("Quit"), N_("Quit the application as soon as possible"),
    N_("Keys"), N_("Show help for the focused widget and a summary of available keys"),
    N_("Hide the keys and widget help panel"), N_("Maximize"), N_("Maximize the focused widget"),
    N_("Minimize"), N_("Minimize the widget and restore to normal size"), N_("Screenshot"),
    N_("Save an SVG 'screenshot' of the current screen"), N_("Search for commands…"), N_("palette"),
)  # fmt: skip


def _from_environment() -> Language:
    try:
        return chosen()
    except LanguageError:  # the command line says so (cli.main); a library user gets the default
        return DEFAULT


_load(_from_environment())
