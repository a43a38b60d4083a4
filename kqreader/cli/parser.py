"""The one place the command line is described: every command's arguments, its help and examples, and the
words put in order before argparse reads them (the command first, --lang taken out, the QUERY words last)."""

from __future__ import annotations

import argparse
import os
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

from kqreader import __version__
from kqreader.cli.citing import run_cite
from kqreader.cli.common import UsageError
from kqreader.cli.exporting import run_export
from kqreader.cli.fetching import run_fetch, run_sync
from kqreader.cli.importing import run_import, run_repair
from kqreader.cli.opening import run_open
from kqreader.cli.promises import run_promises
from kqreader.cli.similar import run_similar
from kqreader.cli.stats import run_stats
from kqreader.cli.watching import run_digest, run_watch
from kqreader.facts.promises import STATE_NAMES
from kqreader.fetch import digests
from kqreader.fetch.watching import FIRST_WINDOW_DAYS
from kqreader.i18n import DEFAULT, LANGUAGES, LanguageError, _, chosen, use
from kqreader.output.citation import STYLES
from kqreader.output.exporting import FORMATS
from kqreader.text.dates import period_day
from kqreader.text.safetext import visible

COMMANDS = ("open", "import", "export", "stats", "cite", "promises", "similar", "fetch", "sync", "watch", "digest",
            "repair")


class _Parser(argparse.ArgumentParser):
    """argparse, whose mistakes are one line (its usage block would be five more): what is wrong and where to look."""

    def error(self, message: str) -> NoReturn:
        said = _("{prog}: error: {message} (see {prog} --help)").format(prog=self.prog, message=message)
        self.exit(2, visible(said) + "\n")


class _CommandParser(_Parser):
    """A command's own arguments, its values before, between and after its options: `kqreader fetch 2024Z00102 --db
    D 2024Z00103` fetches both (plain argparse takes the values once, before the first option that follows them).
    After "--" every word is a value: those are read as they stand (`_query_last` puts export's and stats' query
    words there, options first)."""

    def error(self, message: str) -> NoReturn:
        """A file name that starts with "-" (`import -notes.txt`) is read as an option: say that it needs "--"
        before it, not that the PATH is missing or the option unknown."""
        dashed = self._dashed_name()
        if dashed is not None:
            said = _("{prog}: error: '{word}' is read as an option; a name starting with \"-\" needs \"--\" before it: "
                     "{prog} -- {word}").format(prog=self.prog, word=dashed)  # fmt: skip
            self.exit(2, visible(said) + "\n")
        super().error(message)

    def _dashed_name(self) -> str | None:
        """The first word before any "--" that starts with one "-" and is none of this command's options, when the
        command takes file names (open, import)."""
        if not any(action.dest == "paths" for action in self._actions):
            return None
        known = {option for action in self._actions for option in action.option_strings}
        before = self._given[: self._given.index("--")] if "--" in self._given else self._given
        return next((word for word in before if re.match(r"-[^-\d]", word) and word.split("=", 1)[0] not in known),
                    None)  # fmt: skip

    _reading = False  # argparse's intermixed reading reads twice with its own parse_known_args
    _given: list[str] = []  # the command's words, for `error` to find a name read as an option

    def parse_known_args(  # type: ignore[override]
        self, args: list[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        if not self._reading:
            self._given = list(args or [])
        if self._reading or (args is not None and "--" in args):
            return super().parse_known_args(args, namespace)
        self._reading, usage = True, self.usage
        if usage is None:  # argparse's intermixed reading keeps the usage less its first 7 characters ("usage: "),
            shown = self.format_usage()  # whatever the language: it is kept here less its own prefix
            self.usage = shown[shown.index(self.prog) :].rstrip("\n")
        try:
            read, extras = self.parse_known_intermixed_args(args, namespace)
        finally:
            self._reading, self.usage = False, usage
        if extras and self._dashed_name() in extras:  # `kqreader -notes.txt`: said here, not as unknown to the top
            self.error("")
        return read, extras


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="kqreader",
        description=_("Read Dutch parliamentary written questions (Kamervragen) beside the answers."),
        epilog=_("Without a command, kqreader opens the reader; given PATHs are imported first."),
    )
    parser.add_argument("--version", action="version", version=f"kqreader {__version__}",
                        help=_("show the version and exit"))  # fmt: skip
    _language_option(parser)
    commands = parser.add_subparsers(dest="command", metavar=_("COMMAND"), parser_class=_CommandParser)

    opening = commands.add_parser("open", help=_("open the reader (the default command)"), **_examples("open"))
    _database_option(opening)
    opening.add_argument("paths", nargs="*", type=Path, metavar=_("PATH"),
                         help=_("documents or directories to import first"))  # fmt: skip
    opening.add_argument("--copy-to", type=Path, metavar=_("FILE"),
                         help=_("also append every copy to FILE (no OSC 52?)"))  # fmt: skip
    opening.set_defaults(run=run_open)

    importing = commands.add_parser(
        "import", help=_("import documents and folders (.pdf, .docx, .xml, .md, .txt)"), **_examples("import")
    )
    _database_option(importing)
    importing.add_argument("--rebuild", action="store_true", help=_("start a new database; keep the old file as .bak"))
    importing.add_argument("paths", nargs="+", type=Path, metavar=_("PATH"),
                           help=_("files and folders of documents (.pdf, .docx, .xml, .md, .txt)"))
    importing.set_defaults(run=run_import)

    exporting = commands.add_parser("export", help=_("write dossiers to stdout"), **_examples("export"))
    _database_option(exporting)
    exporting.add_argument("--format", choices=FORMATS, default="json",
                           help=_("json (default), csv, csv-nl (for a Dutch spreadsheet) or md (to read)"))
    exporting.add_argument(
        "--marked", action="store_true",
        help=_("only the sets you marked in the reader (m); with --format md, a clipping file: each marked question "
               "with its answer, your note and its citation"),
    )  # fmt: skip
    exporting.add_argument("query", nargs="*", metavar=_("QUERY"), help=_("the reader's filter language"))
    _today_option(exporting)
    exporting.set_defaults(run=run_export)

    counting = commands.add_parser(
        "stats", help=_("answer times and timeliness per ministry and party"), **_examples("stats")
    )
    _database_option(counting)
    counting.add_argument("--format", choices=("table", "json", "csv"), default="table",
                          help=_("a table to read (default), json or csv"))
    whose = counting.add_mutually_exclusive_group()
    whose.add_argument("--member", metavar=_("NAME"),
                       help=_("one member's sets, those waiting first, and each ministry's days to answer"))
    whose.add_argument("--party", metavar=_("PARTY"),
                       help=_("one party's sets, those waiting first, and each ministry's days to answer"))
    counting.add_argument("query", nargs="*", metavar=_("QUERY"), help=_("the reader's filter language"))
    _today_option(counting)
    counting.set_defaults(run=run_stats)

    citing = commands.add_parser(
        "cite", help=_("print a citation of a dossier or one of its questions"), **_examples("cite")
    )
    _database_option(citing)
    citing.add_argument("id", metavar="ID", help=_("zaaknummer (2019Z12806) or Aanhangsel id (ah-tk-20232024-387)"))
    citing.add_argument("-q", "--question", type=int, metavar="N", help=_("cite question N and its answer"))
    citing.add_argument("--style", choices=STYLES, default="nl",
                        help=_("nl (the legal authors' guide, default), markdown, bibtex or quote"))
    citing.add_argument("--all", action="store_true", help=_("every question and answer of the set, then one citation"))
    citing.add_argument("--no-address", dest="address", action="store_false",
                        help=_("without the official address (at the end; bibtex: its url field)"))  # fmt: skip
    citing.set_defaults(run=run_cite)

    promising = commands.add_parser(
        "promises", help=_("the promises made in answers: due, overdue, kept"), **_examples("promises")
    )
    _database_option(promising)
    promising.add_argument("--state", action="append", choices=tuple(STATE_NAMES),
                           help=_("only promises in this state (may be given more than once)"))  # fmt: skip
    promising.add_argument("--ministry", metavar=_("NAME"), help=_("only promises to or from this ministry"))
    promising.add_argument("--minister", metavar=_("NAME"), help=_("only promises of this minister"))
    promising.add_argument("--since", type=_period(False), metavar=_("YYYY[-MM[-DD]]"),
                           help=_("only answers given since (a day, a month or a year)"))
    promising.add_argument("--format", choices=("text", "json"), default="text", help=_("text (default) or json"))
    _today_option(promising)
    promising.set_defaults(run=run_promises)

    alike = commands.add_parser(
        "similar", help=_("earlier sets on the same subject as one set: has this been asked before?"),
        **_examples("similar"),
    )
    _database_option(alike)
    alike.add_argument("id", metavar="ID", help=_("zaaknummer (2019Z12806) or Aanhangsel id (ah-tk-20232024-387)"))
    alike.add_argument("-q", "--question", type=int, metavar="N", help=_("alike to question N and its answer only"))
    alike.add_argument("--limit", type=_positive, default=10, metavar="N", help=_("how many alike sets (default 10)"))
    alike.add_argument("--later", action="store_true", help=_("later sets too, not only earlier ones"))
    alike.add_argument("--format", choices=("text", "json"), default="text", help=_("text (default) or json"))
    alike.set_defaults(run=run_similar)

    fetching = commands.add_parser(
        "fetch", help=_("fetch sets from the official open data and import them"), **_examples("fetch")
    )
    _database_option(fetching)
    fetching.add_argument("ids", nargs="*", metavar="ID", help=_("zaaknummers (2019Z12806)"))
    fetching.add_argument("--member", metavar=_("NAME"),
                          help=_("sets asked by a member of this name (no accents or initials needed)"))
    fetching.add_argument("--party", metavar=_("PARTY"),
                          help=_("sets asked by members of this party (any of its names)"))
    fetching.add_argument("--ministry", metavar=_("NAME"),
                          help=_("sets asked of a minister of this ministry (any of its names over the years)"))
    fetching.add_argument("--since", type=_period(False), metavar=_("YYYY[-MM[-DD]]"),
                          help=_("sets submitted on or after this day (the Amsterdam day)"))
    fetching.add_argument("--until", type=_period(True), metavar=_("YYYY[-MM[-DD]]"),
                          help=_("sets submitted up to this day (the Amsterdam day)"))
    _network_options(fetching)
    fetching.set_defaults(run=run_fetch)

    syncing = commands.add_parser(
        "sync", help=_("fetch what changed in the open data for the open and followed sets (by the API's clock)"),
        **_examples("sync")
    )
    _database_option(syncing)
    syncing.add_argument("--since", type=_period(False), metavar=_("YYYY[-MM[-DD]]"),
                         help=_("also every set submitted since this day, whoever asked it"))  # fmt: skip
    syncing.add_argument("--window", type=_positive, default=FIRST_WINDOW_DAYS, metavar=_("DAYS"),
                         help=_("how many days back the first sync of a followed member, party or ministry brings "
                                "their sets (default: {days})").format(days=FIRST_WINDOW_DAYS))  # fmt: skip
    _today_option(syncing)
    _network_options(syncing)
    syncing.set_defaults(run=run_sync)

    watching = commands.add_parser(
        "watch", help=_("follow sets, or the sets of a member, party or ministry"), **_examples("watch")
    )
    watching.add_argument("--db", metavar=_("PATH"),
                          help=_("taken as every command takes it, but the watch list is yours, not a store's: "
                                 "watch.json in your config folder, followed in every store you sync"))  # fmt: skip
    _language_option(watching)
    watching.add_argument("action", choices=("add", "remove", "list"), metavar=_("add|remove|list"),
                          help=_("follow, stop following, or list what is followed"))
    watching.add_argument("ids", nargs="*", metavar="ID", help=_("zaaknummers (2024Z00102)"))
    watching.add_argument("--member", metavar=_("NAME"), help=_("every set a member of this name asks"))
    watching.add_argument("--party", metavar=_("PARTY"), help=_("every set members of this party ask"))
    watching.add_argument("--ministry", metavar=_("NAME"),
                          help=_("every set asked of this ministry (a part of the name)"))  # fmt: skip
    watching.set_defaults(run=run_watch)

    digesting = commands.add_parser(
        "digest", help=_("what changed for the sets you follow"), **_examples("digest")
    )
    _database_option(digesting)
    digesting.add_argument("--since", type=_period(False), metavar=_("YYYY[-MM[-DD]]"),
                           help=_("from this day (default: the last sync, else a week ago)"))  # fmt: skip
    digesting.add_argument("--format", choices=digests.DIGEST_FORMATS, default="text",
                           help=_("the digest's form: {forms}").format(forms=", ".join(digests.DIGEST_FORMATS)))
    digesting.add_argument("--atom", type=Path, metavar=_("FILE"), help=_("also write the changes as an Atom feed"))
    digesting.add_argument("--hook", metavar=_("COMMAND"),
                           help=_("run COMMAND for each change, its facts in KQREADER_* variables (its output goes to "
                                  "stderr)"))  # fmt: skip
    digesting.add_argument("--hook-timeout", type=float, default=digests.HOOK_SECONDS, metavar=_("SECONDS"),
                           help=_("stop a hook (and what it started) after this long, and run it no more "
                                  "(default 30)"))  # fmt: skip
    _today_option(digesting)
    digesting.set_defaults(run=run_digest)

    repairing = commands.add_parser(
        "repair", help=_("read every month of the store and make damaged ones again"), **_examples("repair")
    )
    _database_option(repairing)
    repairing.set_defaults(run=run_repair)
    return parser


def with_command(argv: list[str]) -> list[str]:
    """Put the command first: `kqreader --db X file.md` means `kqreader open --db X file.md`."""
    index = 0
    while index < len(argv) and argv[index].startswith("--db"):
        index += 2 if argv[index] == "--db" else 1
    front, rest = argv[:index], argv[index:]
    if rest and rest[0] in ("-h", "--help", "--version"):
        return argv
    if rest and rest[0] in ("export", "stats"):
        return [rest[0], *front, *_query_last(rest[1:])]
    if rest and rest[0] in COMMANDS:
        return [rest[0], *front, *rest[1:]]
    if rest and not os.path.lexists(rest[0]):
        import difflib  # here: opening the reader does not wait for it

        if close := difflib.get_close_matches(rest[0], COMMANDS, n=1):
            said = _("unknown command '{word}' — did you mean '{command}'?")  # not a file to import
            raise UsageError(said.format(word=rest[0], command=close[0]))
    return ["open", *front, *rest]


def _query_last(argv: list[str]) -> list[str]:
    """Options first, then "--" and the query words, so an exclusion ("-stikstof") is a word, not an option; a word
    with two dashes is never a query word ("--frobnicate", a misspelt "--fromat" are said to be unknown)."""
    options: list[str] = []
    words: list[str] = []
    tokens = iter(argv)
    for token in tokens:
        if token == "--":
            words += tokens
        elif token in _VALUED_OPTIONS:
            options += [token, next(tokens, "")]
        elif token in _FLAGS or token.startswith("--"):  # "--db=x", or an option argparse will name as unknown
            options.append(token)
        else:
            words.append(token)
    return [*options, "--", *words] if words else options


_VALUED_OPTIONS = ("--db", "--format", "--today", "--member", "--party")  # export and stats (the rest: query words)


_FLAGS = ("-h", "--help", "--marked")


def speak_asked_language(argv: list[str]) -> list[str]:
    """Speak the language asked for (--lang, else $KQREADER_LANG, else the locale) before any text is made; the
    arguments without --lang."""
    rest: list[str] = []
    asked = None
    tokens = iter(argv)
    for token in tokens:
        if token == "--":
            rest += [token, *tokens]
        elif token == "--lang":
            asked = next(tokens, "")
        elif token.startswith("--lang="):
            asked = token.split("=", 1)[1]
        else:
            rest.append(token)
    try:
        use(chosen(asked))
    except LanguageError as error:
        use(DEFAULT)
        raise UsageError(str(error)) from None
    return rest


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        said = _("not a date ({format}): {text}").format(format=_("YYYY-MM-DD"), text=repr(text))
        raise argparse.ArgumentTypeError(said) from None


def _period(last: bool) -> Callable[[str], date]:
    """--since and --until: a day, a month or a year, as the filter's since: and until: take them (one rule:
    text/dates.period_day): its first day, or its last."""

    def day(text: str) -> date:
        found = period_day(text, last)
        if found is None:
            said = _("not a day, month or year ({format}): {text}").format(format=_("YYYY[-MM[-DD]]"), text=repr(text))
            raise argparse.ArgumentTypeError(said)
        return found

    return day


def _positive(text: str) -> int:
    """A count of one or more (`similar --limit`)."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(_("not a number of 1 or more: {text}").format(text=repr(text)))
    return int(text)


def _today_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--today", type=_day, default=date.today(), metavar=_("YYYY-MM-DD"),
        help=_("count open and overdue days up to this date (default: today)"),
    )  # fmt: skip


def _database_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar=_("PATH"),
                        help=_("database file (default: $KQREADER_DB, else the user data dir)"))  # fmt: skip
    _language_option(parser)


def _language_option(parser: argparse.ArgumentParser) -> None:
    """--lang: taken from the command line before it is read (see `speak_asked_language`), named here for --help."""
    parser.add_argument("--lang", choices=LANGUAGES, help=_("the language kqreader speaks (default: $KQREADER_LANG, "
                        "else the locale's, else nl)"))  # fmt: skip


def _network_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--offline", action="store_true",
                        help=_("read only the cache beside the store, never the network"))  # fmt: skip
    parser.add_argument("--api", metavar="URL", help=_("another base address for the open data (default: "
                        "$KQREADER_API, else the official services)"))  # fmt: skip
    parser.add_argument("--timeout", type=float, default=30.0, metavar=_("SECONDS"),
                        help=_("give up on an answer that sends nothing for this long, and on any request after "
                               "twice this long in all (default: 30)"))  # fmt: skip


EXAMPLES = {  # each subcommand's --help ends with these (commands: the same in every language)
    "open": ["kqreader", "kqreader ~/Downloads/kamervragen/", "kqreader --db ~/werk/kq.json"],
    "import": ["kqreader import ~/Downloads/kamervragen/", "kqreader import --rebuild ~/archief/"],
    "export": ["kqreader export --format md stikstof > stikstof.md", "kqreader export --format csv party:PvdA",
               "kqreader export --marked --format md > knipsels.md"],
    "stats": ["kqreader stats", "kqreader stats --format csv minister:financien since:2024-01",
              "kqreader stats --member ploumen", "kqreader stats --party SP --format json"],
    "cite": ["kqreader cite 2019Z12806 -q 2", "kqreader cite ah-tk-20232024-387 --style markdown",
             "kqreader cite 2019Z12806 --all --no-address"],
    "fetch": ["kqreader fetch 2019Z12806", "kqreader fetch --party PvdD --since 2024-01-01",
              "kqreader fetch --offline 2019Z12806"],
    "sync": ["kqreader sync", "kqreader sync --window 90", "kqreader sync --since 2024-09-17"],
    "repair": ["kqreader repair", "kqreader repair --db ~/werk/kq.json"],
    "similar": ["kqreader similar 2019Z12806", "kqreader similar 2019Z12806 -q 3 --limit 5",
                "kqreader similar ah-tk-20232024-387 --later --format json"],
    "promises": ["kqreader promises --state overdue", "kqreader promises --ministry justitie --since 2024-01-01",
                 "kqreader promises --format json > toezeggingen.json"],
    "watch": ["kqreader watch add 2024Z00102 2024Z00103", "kqreader watch add --party PvdD --ministry justitie",
              "kqreader watch list", "kqreader watch remove 2024Z00102"],
    "digest": ["kqreader digest --since 2024-11-01", "kqreader digest --format md > deze-week.md",
               "kqreader digest --atom ~/feeds/kq.xml --hook 'notify-send \"$KQREADER_SET\" \"$KQREADER_TEXT\"'"],
}  # fmt: skip


def _examples(command: str) -> dict[str, Any]:
    lines = "\n".join(f"  {example}" for example in EXAMPLES[command])
    return {"epilog": _("examples:") + f"\n{lines}", "formatter_class": argparse.RawDescriptionHelpFormatter}
