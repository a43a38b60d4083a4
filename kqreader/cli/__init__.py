"""The `kqreader` command line: open, import, export and cite.

One module per command or family (`opening`, `importing`, `exporting`, `stats`, `citing`, `promises`, `similar`,
`fetching`, `watching`), `parser` the one place the arguments are described, `common` what they share; `main`
here runs them.

    kqreader [--db PATH] [--lang nl|en] [PATH ...]         open (importing PATHs first)
    kqreader import [--db PATH] [--rebuild] PATH ...
    kqreader export [--db PATH] [--format json|csv|md] [QUERY ...]
    kqreader stats [--db PATH] [--format table|json|csv] [QUERY ...]
    kqreader cite [--db PATH] ID [-q N] [--style nl|markdown|bibtex|quote]
    kqreader fetch [--db PATH] [--offline] [ID ...] [--member NAME] [--party P] [--ministry M] [--since D] [--until D]
    kqreader sync [--db PATH] [--offline] [--since D]

Every command takes --lang nl|en (else $KQREADER_LANG, else the locale; Dutch by default).
Exit codes: 0 when nothing failed, 1 when a file (or the database) failed or a file was read only in part, 2 for
usage errors.
A user's mistake or a broken file is one line on stderr, never a traceback.
"""

# ruff: noqa: E402 (Ctrl+C is handled before the modules that take a moment to load are imported)
from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Sequence
from typing import NoReturn


def _interrupted_while_loading(_signal: int, _frame: object) -> None:
    """Ctrl+C before the command has started (its modules take a moment to load): end quietly, as after it."""
    raise SystemExit(128 + signal.SIGINT)


if threading.current_thread() is threading.main_thread():  # until main() runs: then Python's own handling again
    signal.signal(signal.SIGINT, _interrupted_while_loading)

from kqreader.i18n import _, reason


def _missing(error: ModuleNotFoundError) -> NoReturn:
    """An install made before a dependency was added (a `git pull` without reinstalling): one line saying what to do,
    not a traceback. A module of kqreader's own that is missing is a broken install and raises as it is."""
    if not error.name or error.name.split(".")[0] == "kqreader":
        raise error
    said = _("kqreader: error: the package {name} is missing: install kqreader again "
             "(pip install -e . or pip install .)")  # fmt: skip
    sys.stderr.write(said.format(name=error.name) + "\n")
    raise SystemExit(1)


try:
    from kqreader.cli.common import UsageError, say_error
    from kqreader.cli.importing import bundled_samples, import_paths
    from kqreader.cli.parser import build_parser, speak_asked_language, with_command
    from kqreader.store.database import StoreError
    from kqreader.text.safetext import error_line
except ModuleNotFoundError as missing_module:
    _missing(missing_module)

__all__ = ["build_parser", "bundled_samples", "import_paths", "main"]  # what tests and benchmarks call


def main(argv: Sequence[str] | None = None) -> int:
    command = None
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.default_int_handler)  # the commands say what Ctrl+C left behind
    try:
        words = speak_asked_language(list(sys.argv[1:] if argv is None else argv))
        args = build_parser().parse_args(with_command(words))
        command = args.command
        if command != "open":  # the reader keeps Textual's own handling
            signal.signal(signal.SIGTERM, _terminated)
        return args.run(args)
    except UsageError as error:
        say_error(str(error))
        return 2
    except BrokenPipeError:  # `kqreader export | head`: the reader of our output left; end quietly, as tools do
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # the interpreter's last flush of stdout would fail again
        return 128 + signal.SIGPIPE
    except StoreError as error:
        error_line(error.path, error.problem)
        return 1
    except OSError as error:  # a file of the user's or of the system that no layer above could name better
        if error.filename:
            error_line(error.filename, reason(error))
        else:  # no file to name (a full disk in a write): the command that failed, once
            say_error(_("{command}: {why}").format(command=command or "kqreader", why=reason(error)))
        return 1
    except KeyboardInterrupt:
        return 130


def _terminated(_signal: int, _frame: object) -> None:
    """SIGTERM (a kill, a timeout of cron): ended as by an error, so a file being written is removed, not left half
    under its temporary name (write_atomically), and the store's lock is given back."""
    raise SystemExit(128 + signal.SIGTERM)


if __name__ == "__main__":
    sys.exit(main())
