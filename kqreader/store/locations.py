"""Where a store lives: the database file a user names, and the folder of shard files beside it."""

from __future__ import annotations

import itertools
import os
import re
from pathlib import Path

import platformdirs

DB_ENVIRONMENT = "KQREADER_DB"
BACKUP_NAME = re.compile(r"(?P<original>.+)(?P<suffix>\.bak(?:\.[0-9]+)?)")  # kq.json.bak, kq.json.bak.2


def default_path() -> Path:
    """The platform's user data directory, e.g. ~/.local/share/kqreader/kqreader.json."""
    return Path(platformdirs.user_data_dir("kqreader", appauthor=False)) / "kqreader.json"


def resolve_path(option: str | os.PathLike[str] | None) -> Path:
    """--db PATH, else $KQREADER_DB, else the default location."""
    if option:
        return Path(option)
    from_environment = os.environ.get(DB_ENVIRONMENT)
    return Path(from_environment) if from_environment else default_path()


class Layout:
    """The files of one store.

    `path` (kqreader.json) is the manifest: which shards exist and which generation of each is current. Its folder
    `kqreader.d/` holds, per shard (a month) and generation, the TinyDB files of record (`2019-06.7.json` the
    dossiers, `2019-06.7.parts.json` the parsed documents) and the files derived from them for the reader (`.rows`:
    see reader_files); per generation, the import's table of every file it has read (`files.7.json`) and where each
    dossier lives (`homes.7.json`), and the list's shape for the reader (`shape.7.bin`: see list_shape). Files
    are never rewritten: a new generation gets new names, and the manifest, written last, makes it current.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.folder = self.path.with_name(f"{self.path.stem}.d")
        self._folder_text = os.fspath(self.folder)
        self.old_parts = self.path.with_name(f"{self.path.stem}.parts{self.path.suffix or '.json'}")  # schema 1-2
        self.lock = self.path.with_name(f"{self.path.name}.lock")
        self.marks = self.path.with_name(f"{self.path.stem}.marks{self.path.suffix or '.json'}")  # see marks.py
        self.news = self.path.with_name(f"{self.path.stem}.news{self.path.suffix or '.json'}")  # see news.py

    def dossiers(self, shard: str, generation: int) -> Path:
        return self.folder / _dossiers_name(shard, generation)

    def parts(self, shard: str, generation: int) -> Path:
        return self.folder / _parts_name(shard, generation)

    def records_text(self, shard: str, generation: int) -> tuple[str, str]:
        """A month's parts and dossiers files as strings: the check of every month at each start makes 720 of them,
        and a Path costs ten times a string."""
        parts, dossiers = _parts_name(shard, generation), _dossiers_name(shard, generation)
        return os.path.join(self._folder_text, parts), os.path.join(self._folder_text, dossiers)

    def rows(self, shard: str, generation: int) -> Path:
        return self.folder / f"{shard}.{generation}.rows"

    def files(self, generation: int) -> Path:
        return self.folder / f"files.{generation}.json"

    def homes(self, generation: int) -> Path:
        return self.folder / f"homes.{generation}.json"

    def shape(self, generation: int) -> Path:
        return self.folder / f"shape.{generation}.bin"

    def generation_files(self, generation: int) -> list[Path]:
        return [self.files(generation), self.homes(generation), self.shape(generation)]

    def shard_files(self, shard: str, generation: int) -> list[Path]:
        return [self.dossiers(shard, generation), self.parts(shard, generation), self.rows(shard, generation)]

    def backup_suffix(self) -> str:
        """The first backup name (`.bak`, `.bak.1`, …) none of the store's files has yet: a backup is never
        overwritten (a second --rebuild would replace the only copy of the first store)."""
        for count in itertools.count():
            suffix = ".bak" if count == 0 else f".bak.{count}"
            if not any(os.path.lexists(backup(path, suffix)) for path in (self.path, self.folder, self.old_parts)):
                return suffix
        raise AssertionError  # itertools.count() does not end

    def last_backups(self) -> list[tuple[Path, Path]]:
        """(backup, original) of the files the latest --rebuild kept (the last name before the first free one)."""
        free = self.backup_suffix()
        if free == ".bak":
            return []
        count = int(free.rsplit(".", 1)[1]) - 1
        return self.backups(".bak" if count == 0 else f".bak.{count}")

    def backups(self, suffix: str) -> list[tuple[Path, Path]]:
        """(backup, original) of each of the store's files kept under `suffix`."""
        kept = [(backup(path, suffix), path) for path in (self.path, self.folder, self.old_parts)]
        return [(copy, path) for copy, path in kept if os.path.lexists(copy)]


def backup(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def backup_origin(path: Path) -> tuple[Path, str] | None:
    """The database file a backup (`kq.json.bak.1`) was kept of, and its suffix; None when `path` is no backup."""
    found = BACKUP_NAME.fullmatch(path.name)
    return (path.with_name(found["original"]), found["suffix"]) if found else None


def _dossiers_name(shard: str, generation: int) -> str:
    return f"{shard}.{generation}.json"


def _parts_name(shard: str, generation: int) -> str:
    return f"{shard}.{generation}.parts.json"
