"""Files read ahead of the worker processes that parse them: the kernel is asked to bring each file's pages in
(posix_fadvise WILLNEED) by a thread of the importing process, a window of files before the workers reach them,
so a worker seldom waits for the disk (a cold archive's import otherwise leaves the cores idle a tenth of the time).
"""

from __future__ import annotations

import contextlib
import os
import queue
import threading
from collections.abc import Iterator, Sequence


class ReadAhead:
    """A thread that asks for the files handed to it, in order; `stop` ends it at the next file."""

    def __init__(self) -> None:
        self._paths: queue.SimpleQueue[Sequence[str] | None] = queue.SimpleQueue()
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._run, name="kqreader-read-ahead", daemon=True)

    def add(self, paths: Sequence[str]) -> None:
        """Ask for these files after those added before. The thread starts with the first: an import hands its
        first files to the worker processes before, so they are forked while this process has no other thread."""
        if not self._thread.is_alive() and not self._stopped.is_set():
            self._thread.start()
        self._paths.put(paths)

    def stop(self) -> None:
        self._stopped.set()
        if self._thread.is_alive():
            self._paths.put(None)
            self._thread.join()

    def _run(self) -> None:
        while (paths := self._paths.get()) is not None:
            for path in paths:
                if self._stopped.is_set():
                    return
                _ask(path)


def _ask(path: str) -> None:
    """Ask the kernel to read `path` in; anything odd (gone, a folder, a pipe, no rights) is left to the reader,
    which reports it. O_NONBLOCK: opening a pipe must not wait for a writer."""
    with contextlib.suppress(OSError, ValueError):
        handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        try:
            os.posix_fadvise(handle, 0, 0, os.POSIX_FADV_WILLNEED)
        finally:
            os.close(handle)


@contextlib.contextmanager
def reading_ahead(wanted: bool) -> Iterator[ReadAhead | None]:
    """A ReadAhead while the block runs, when `wanted` (an import with worker processes), else None."""
    if not wanted:
        yield None
        return
    ahead = ReadAhead()
    try:
        yield ahead
    finally:
        ahead.stop()
