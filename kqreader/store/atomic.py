"""Writing files so that readers and crashes see the old file or the new one, never half of one."""

from __future__ import annotations

import contextlib
import fcntl
import glob
import os
import secrets
import stat
import time
from collections.abc import Iterator
from pathlib import Path

from kqreader.i18n import _, number
from kqreader.text.safetext import visible

LOCK_WAIT_SECONDS = 20.0  # a read-modify-write takes milliseconds: a lock held this long is another's stuck one
LOCK_GLANCE_SECONDS = 0.02  # how often a waiting writer tries the lock again


class Busy(OSError):
    """A file's lock that another kqreader did not give up in time (its words: the reason a message gives)."""


@contextlib.contextmanager
def locked(path: Path, seconds: float = LOCK_WAIT_SECONDS) -> Iterator[None]:
    """Hold the lock of a file kqreader keeps (`.NAME.lock` beside it) for a read-modify-write: read it again under
    the lock, change it, write it atomically, so that two processes never lose each other's change. Busy when
    another holds it longer than `seconds`; an OSError when the lock file cannot be made. (fcntl's flock, which the
    kernel lets go when a holder dies; filelock, which the store uses, costs the reader's start 40 ms to import.)"""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = os.open(path.with_name(f".{path.name}.lock"), os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666)
    try:
        until = time.monotonic() + seconds
        while not _took(handle):
            if time.monotonic() >= until:  # said in its own words (not the EAGAIN of the last try)
                raise Busy(_("another kqreader has held it for {seconds} s").format(seconds=number(int(seconds))))
            time.sleep(LOCK_GLANCE_SECONDS)
        yield
    finally:
        os.close(handle)  # the lock goes with it


def _took(handle: int) -> bool:
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def write_atomically(path: Path, payload: bytes, *, new_mode: int = 0o600, make_folder: bool = True) -> None:
    """Replace `path` with `payload`: a temporary file in the same folder, fsync, rename, fsync the folder. The file
    keeps the mode of the one it replaces (a feed a web server reads stays 0644); a new one gets `new_mode` (less
    the umask). The temporary file is named with the writer's process id, so a writer killed before its rename
    leaves one that `remove_stale` knows for abandoned. `make_folder`: the folders on the way are made (the
    store's), or not (a file the user named: a mistyped folder is said, not made)."""
    if make_folder:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        kept_mode: int | None = stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        kept_mode = None
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, new_mode)
    try:
        with os.fdopen(handle, "wb") as file:
            if kept_mode is not None:
                os.fchmod(file.fileno(), kept_mode)  # exactly the old mode (the umask would narrow it)
            file.write(payload)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    sync_folder(path.parent)


def replace_file(path: Path, payload: bytes) -> None:
    """Replace a file the user named (an Atom feed, the copy file): whole or untouched, keeping its mode (a new one
    as any program makes it: 0666 less the umask), through a symbolic link to it, and the temporary files of writers
    killed before theirs removed first."""
    target = Path(os.path.realpath(path))  # a link (~/public_html/kq.xml -> …) keeps pointing at the new file
    folder = target.parent
    if not folder.is_dir():
        raise FolderError(_("the folder {folder} does not exist").format(folder=visible(str(folder))))
    remove_stale(target)
    try:
        write_atomically(target, payload, new_mode=0o666, make_folder=False)
        return
    except FileNotFoundError:  # the folder is there but takes no new file (/proc): not "no such file"
        pass
    said = _("the folder {folder} is not writable: no file can be made in it").format(folder=visible(str(folder)))
    raise FolderError(said)  # outside the except: reason() reads this, not the ENOENT behind it


class FolderError(OSError):
    """The folder of a file the user named is missing or takes no file: said in words, not by an errno."""


def file_identity(path: Path) -> tuple[int, int, int] | None:
    """Which file is at `path` (inode, size, time of change; None: none): a file replaced atomically is another, so
    the reader sees that an import committed and an import that failed sees whether its manifest was replaced."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_ino, status.st_size, status.st_mtime_ns


def remove_stale(path: Path) -> None:
    """Remove the temporary files of `path` whose writer is gone (killed before its rename: see write_atomically)."""
    for leftover in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        writer = leftover.name[len(path.name) + 2 :].split(".")[0]
        if writer.isdigit() and not _alive(int(writer)):
            with contextlib.suppress(OSError):
                leftover.unlink()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def write_new(path: Path, payload: bytes) -> None:
    """Write a file no one reads until a later atomic write names it (then `flush_folder` makes it durable first).

    A crash before that leaves an unnamed file behind, which the next import removes."""
    with open(path, "wb") as file:
        file.write(payload)


class WriteBehind:
    """Files sent to the disk by a thread while the work goes on: the flush before the manifest then finds little
    left to write (an archive's import writes a gigabyte)."""

    def __init__(self) -> None:
        from concurrent.futures import ThreadPoolExecutor

        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kqreader-write-behind")

    def add(self, path: Path) -> None:
        self._thread.submit(_fsync, path)

    def wait(self) -> None:
        self._thread.shutdown(wait=True)


def _fsync(path: Path) -> None:
    with contextlib.suppress(OSError):  # a file gone or refused: the flush before the manifest still comes
        handle = os.open(path, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def flush_folder(folder: Path) -> None:
    """Everything written into `folder` reaches the disk (one sync instead of an fsync per file)."""
    os.sync()
    sync_folder(folder)


def sync_folder(folder: Path) -> None:
    """The folder's entries (a rename, a new file) survive a power cut."""
    directory = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)
