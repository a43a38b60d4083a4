"""Importing files: read them, parse them (in worker processes when there are many), store the results.

The work overlaps: worker processes parse while this process is still reading and hashing files,
they hand back plain records (cheap to send between processes), and the same workers make each month again
at the end (its dossiers combined from their parts, its files, its reader file). Each failure is one line on
stderr, in file order.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import stat
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor
from pathlib import Path
from typing import NamedTuple

from kqreader.facts.ministries import unread_doubts
from kqreader.facts.parties import as_printed
from kqreader.i18n import _, number
from kqreader.model import Person
from kqreader.store.database import Store
from kqreader.store.json_files import cannot_read
from kqreader.store.readahead import reading_ahead
from kqreader.store.session import ITEM_SEPARATOR, ImportReport, ImportSession, open_session
from kqreader.text.doubts import read_in_part, shown
from kqreader.text.safetext import error_line, notice_line

DOCUMENT_SUFFIXES = (".md", ".markdown", ".txt", ".pdf", ".docx", ".xml")
MAX_FILE_BYTES = 256 * 1024 * 1024  # far above any Kamervragen document, PDFs with scanned annexes included
POOL_FROM = 64  # files; fewer are parsed in this process (starting workers costs more than it saves)
PARSE_CHUNK = 32  # files per message to a worker
PARENT_CHECK_SECONDS = 0.5
IMPORT_GC_THRESHOLDS = (50_000, 20, 20)  # an import's objects mostly die by reference count: collect far less often
WINDOW_FILES = 2048  # files read and handed to the workers at a time: the import's memory does not grow with the corpus


def document_paths(paths: Iterable[Path], skipped: list[str] | None = None) -> Iterator[Path]:
    """Files as given; folders searched for documents (in name order), not hidden folders or virtual environments.

    Other files in the folders are left alone, and listed in `skipped` when given.
    """
    return (Path(slot.shown) for slot in _slots(paths, skipped if skipped is not None else []))


class _Slot(NamedTuple):
    """One file, in the order given: as the user named it (a folder's files joined to it), as stored (its
    absolute path, links resolved), and whether the user named it (not found in a folder)."""

    shown: str
    stored: str
    given: bool = False


def _slots(paths: Iterable[Path], skipped: list[str]) -> Iterator[_Slot]:
    resolve = _Resolver()
    for path in paths:
        text = os.fspath(Path(path))  # as pathlib shows it ("./a//b" is "a/b"): error lines name it so
        if os.path.isdir(text):
            yield from sorted(_documents_under(text, os.path.realpath(text), skipped))
        else:
            yield _Slot(text, resolve(text), given=True)


def _documents_under(folder: str, real: str, skipped: list[str]) -> Iterator[_Slot]:
    """Document files below `folder` (whose links resolved are `real`), not following links to folders
    (os.scandir: ten times faster than rglob, and it tells which entries are links without asking again)."""
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    if not _skipped_folder(entry):
                        yield from _documents_under(entry.path, os.path.join(real, entry.name), skipped)
                elif os.path.splitext(entry.name)[1].lower() in DOCUMENT_SUFFIXES:
                    # a broken link, a loop or a pipe by a document's name is reported when read
                    stored = os.path.realpath(entry.path) if entry.is_symlink() else os.path.join(real, entry.name)
                    yield _Slot(entry.path, stored)
                elif not entry.name.startswith("."):
                    skipped.append(entry.path)
    except OSError:
        yield _Slot(folder, real)  # a folder that cannot be listed: reported when "read", the rest goes on


def _skipped_folder(entry: os.DirEntry[str]) -> bool:
    """Hidden folders (.git, .cache) and virtual environments hold no documents of the user's."""
    return entry.name.startswith(".") or entry.name in ("node_modules", "__pycache__") or os.path.isfile(
        os.path.join(entry.path, "pyvenv.cfg")
    )


class Parsed(NamedTuple):
    """A parsed document, as a worker hands it back: its hash, its part record as JSON, and what the store indexes."""

    sha256: str
    ident: str
    questions: int
    record_json: bytes
    link: str | None  # records.link_key: ties an Aanhangsel without zaaknummer to its question set
    month: str  # records.month_of: where the dossier lives
    partial: str | None = None  # the doubt that says the file was read only in part (see doubts.READ_IN_PART)
    more: tuple[Parsed, ...] = ()  # the other items of a scanned page that holds several

    @property
    def kept(self) -> tuple[str, str, int, bytes, str | None, str]:
        """What the session keeps of it (ImportSession.put's arguments after the path)."""
        return self.sha256, self.ident, self.questions, self.record_json, self.link, self.month


class Unchanged(NamedTuple):
    """A file whose content is what the store has from it: not parsed."""

    sha256: str


class Failed(NamedTuple):
    problem: str
    foreign: bool = False  # not a Kamervragen document (a note, a manual): skipped, not failed


def read_and_parse(item: tuple[str, str, str | None]) -> Parsed | Unchanged | Failed:
    """Read, hash and parse one file (in a worker: the importing process only lists and stores); a failure is
    handed back too, to keep the file order. `item` is (the path as given, as stored, the hash stored from it)."""
    shown, stored, known = item
    data, problem = _contents(shown)
    if problem is not None or data is None:
        return Failed(problem or "")
    sha256 = hashlib.sha256(data).hexdigest()
    if sha256 == known:
        return Unchanged(sha256)
    return _parsed(data, shown, stored, sha256)


def _parsed(data: bytes, shown: str, stored: str, sha256: str) -> Parsed | Failed:
    import orjson

    from kqreader.parsing import ParseError, parse_parts  # only commands that import pay for the parser
    from kqreader.store.records import link_key, month_of, to_record

    try:
        parts = parse_parts(data, shown, sha256)
    except ParseError as error:
        return Failed(error.problem, error.foreign)
    parsed = []
    for part in parts:
        part.sources[0].path = stored
        part.askers = [Person(p.name, as_printed(p.party) if p.party else None) for p in part.askers]  # "Groenünks"
        part.doubts.extend(unread_doubts(part))  # an addressee or answerer that names no ministry of the table
        record = to_record(part)
        parsed.append(
            Parsed(sha256, part.id, len(part.questions), orjson.dumps(record), link_key(record), month_of(record))
        )
    partial = read_in_part([doubt for part in parts for doubt in part.doubts])
    return parsed[0]._replace(partial=partial, more=tuple(parsed[1:]))


def combined_json(parts: list[bytes]) -> tuple[bytes, int]:
    """The dossier made of the parts of one id (their records as JSON): its record as JSON, and its question count.

    JSON in and out, because this runs in worker processes: the importing process then hands the bytes on
    to the file as they are (orjson.Fragment) instead of building and pickling a hundred megabytes of dicts.
    """
    import orjson

    from kqreader.parsing import combine  # the parser is needed only while importing
    from kqreader.store.records import from_record, to_record

    whole = combine([from_record(orjson.loads(part)) for part in parts])
    return orjson.dumps(to_record(whole)), len(whole.questions)


def open_store(store: Store) -> Store:
    """The store, moved first when it has an older layout (once; the old files are kept as .bak)."""
    if store.older_layout():
        with open_session(store, combine=combined_json):
            pass
    return store


@contextlib.contextmanager
def _workers(files: int) -> Iterator[Executor | None]:
    """A process pool on every core when there are enough files to pay for it, else None."""
    cores = os.cpu_count() or 1
    if files < POOL_FROM or cores < 2:
        yield None
        return
    from concurrent.futures import ProcessPoolExecutor  # imported here: it costs 30 ms at every start

    with ProcessPoolExecutor(max_workers=cores, initializer=_leave_with_parent, initargs=(os.getpid(),)) as pool:
        yield pool


@contextlib.contextmanager
def _collecting_seldom() -> Iterator[None]:
    """Garbage collection far less often while importing: the session's tables grow by the hundred thousand rows,
    and each full collection would walk them all again."""
    before = gc.get_threshold()
    gc.set_threshold(*IMPORT_GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _leave_with_parent(parent: int) -> None:
    """In a worker: exit when the importing process is gone (killed with -9, its workers would wait forever)."""
    import threading

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="watch-parent", daemon=True).start()
    gc.set_threshold(*IMPORT_GC_THRESHOLDS)


class _Resolver:
    """Absolute paths, resolving each folder once (resolving every file costs a second per 20,000)."""

    def __init__(self) -> None:
        self._folders: dict[str, str] = {}

    def __call__(self, text: str) -> str:
        if os.path.islink(text):
            return os.path.realpath(text)
        folder, name = os.path.split(text)
        real = self._folders.get(folder)
        if real is None:
            real = self._folders[folder] = os.path.realpath(folder or os.curdir)
        return os.path.join(real, name)


def import_paths(
    store: Store,
    paths: Sequence[Path],
    *,
    rebuild: bool = False,
    progress: Callable[[int], contextlib.AbstractContextManager[Callable[[], None]]] | None = None,
    withdrawn: Sequence[Path] = (),
) -> tuple[ImportReport, int]:
    """Import files and directories; each failure is one stderr line, in file order. Returns (report, failed).
    The parts of the `withdrawn` files (documents the open data no longer has) leave the store in the same step."""
    skipped: list[str] = []
    files = list(_slots(paths, skipped))
    failed = 0
    bar = progress(len(files)) if progress else contextlib.nullcontext(lambda: None)
    with (
        _workers(len(files)) as pool,
        _collecting_seldom(),
        open_session(store, rebuild=rebuild, combine=combined_json, executor=pool) as session,
        bar as advance,
        reading_ahead(pool is not None) as ahead,
    ):
        for path in withdrawn:
            session.forget_file(os.path.realpath(path))
        in_flight: deque[tuple[list[_Slot], Iterator[Parsed | Unchanged | Failed]]] = deque()
        for window in _batched(files):
            items = [(slot.shown, slot.stored, session.stored_sha256(slot.stored)) for slot in window]
            parsed = pool.map(read_and_parse, items, chunksize=PARSE_CHUNK) if pool else map(read_and_parse, items)
            if ahead is not None:  # after the workers have their first files: they are forked before its thread
                ahead.add([slot.shown for slot in window])
            in_flight.append((window, parsed))  # the workers start on it while the one before is stored
            if len(in_flight) > 1 or pool is None:
                failed += _store(session, *in_flight.popleft(), advance)
        while in_flight:
            failed += _store(session, *in_flight.popleft(), advance)
    session.report.skipped += len(skipped)
    return session.report, failed


def _store(
    session: ImportSession,
    slots: list[_Slot],
    outcomes: Iterator[Parsed | Unchanged | Failed],
    advance: Callable[[], None],
) -> int:
    """The outcomes of one window of files, in file order: stored, unchanged, skipped (not Kamervragen: a line only
    for a file the user named), or one line each (failed, read only in part); how many failed."""
    failed = 0
    report = session.report
    for slot, outcome in zip(slots, outcomes, strict=True):
        advance()
        if isinstance(outcome, Failed) and outcome.foreign:
            report.skipped += 1
            if slot.given:
                notice_line(slot.shown, _("skipped: {why}").format(why=outcome.problem))
        elif isinstance(outcome, Failed):
            error_line(slot.shown, outcome.problem)
            report.failures.append((slot.shown, outcome.problem))
            failed += 1
        elif not session.is_unchanged(slot.stored, outcome.sha256) and isinstance(outcome, Parsed):
            session.put(slot.stored, *outcome.kept)
            for number, more in enumerate(outcome.more, start=2):  # a page's other items: "page.txt#2", …
                session.put(f"{slot.stored}{ITEM_SEPARATOR}{number}", *more.kept)
            session.forget_items(slot.stored, len(outcome.more) + 2)
            if outcome.partial is not None:
                why = shown(outcome.partial, with_file=False)  # the line names the file
                notice_line(slot.shown, _("read only in part: {why}").format(why=why))
                report.partial.append((slot.shown, why))
    return failed


def _batched(files: list[_Slot]) -> Iterator[list[_Slot]]:
    for start in range(0, len(files), WINDOW_FILES):
        yield files[start : start + WINDOW_FILES]


def _too_large() -> str:
    return _("larger than {bytes} bytes: not a Kamervragen document").format(bytes=number(MAX_FILE_BYTES))


def _contents(path: str) -> tuple[bytes | None, str | None]:
    """(the file's bytes, None), or (None, the problem): each bad path is one problem, and the import goes on."""
    try:
        path.encode("utf-8")
        status = os.stat(path)
        if stat.S_ISDIR(status.st_mode):
            return None, _("cannot read the folder (permission denied?): its files are not imported")
        if not stat.S_ISREG(status.st_mode):
            return None, _("not a regular file (a device, a pipe or a socket): not read")
        if status.st_size > MAX_FILE_BYTES:
            return None, _too_large()
        with open(path, "rb") as handle:
            # as many bytes as stat counted, and one more to see a file that grew meanwhile (whose rest is read too,
            # still bounded): asking for the bound itself allocates 256 MB for each file, a tenth of parsing's time
            data = handle.read(status.st_size + 1)
            if len(data) > status.st_size:
                data += handle.read(MAX_FILE_BYTES + 1 - len(data))
    except UnicodeEncodeError:
        return None, _("the file name is not valid UTF-8: rename the file to import it")
    except OSError as error:
        return None, cannot_read(error)
    if len(data) > MAX_FILE_BYTES:
        return None, _too_large()
    return data, None
