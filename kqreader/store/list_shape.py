"""The list's shape in one file: every month's dossier question counts, read at open instead of 360 reader files.

Opening a thirty-year archive read the start of each month's reader file (a few kilobytes, but 360 opens and
mappings: a tenth of the time to the first frame). The import writes this file beside the manifest's generation
(`shape.7.bin`): per month its shard generation, the size and time of the dossiers file its reader file was made
from, and its counts. At open it is taken when it names the manifest's months and each dossiers file is still
what it says (one stat each); the months' reader files are then mapped and checked when first used (see
reader_files.Shelf). When it does not match, or is missing, the months are shelved one by one as before and the
file written again.
"""

from __future__ import annotations

import sys
from array import array
from pathlib import Path

import orjson

from kqreader.store.reader_files import FORMAT, Shelf, Source, digest

_MAGIC = b"kqreader list shape\n"
Named = tuple[str, int]  # a month (shard name) and its generation


def shape_bytes(months: list[tuple[Named, Shelf]]) -> bytes:
    """The file for these months, in list order (each checked already: shelved from its reader file)."""
    counts = array("I")
    for _, shelf in months:
        counts.extend(shelf.counts)
    blob = counts.tobytes()
    header = {
        "format": FORMAT, "byteorder": sys.byteorder, "digest": digest([blob]),
        "months": [[name, generation, *shelf.source, len(shelf.counts)] for (name, generation), shelf in months],
    }  # fmt: skip
    return b"".join([_MAGIC, orjson.dumps(header), b"\n", blob])


def read_shape(path: Path, months: list[Named], paths: list[tuple[Path, Path]]) -> list[Shelf] | None:
    """The months' shelves, not yet mapped, when the file at `path` describes exactly these months (their
    names and generations, in order) and each one's dossiers file is unchanged; None otherwise. `paths` holds
    each month's (reader file, dossiers file)."""
    try:
        data = path.read_bytes()
        end = data.find(b"\n", len(_MAGIC))
        if not data.startswith(_MAGIC) or end < 0:
            return None
        header = orjson.loads(data[len(_MAGIC) : end])
        blob = data[end + 1 :]
        described = header["months"]
        if (header["format"], header["byteorder"]) != (FORMAT, sys.byteorder) or digest([blob]) != header["digest"]:
            return None
        if [(name, generation) for name, generation, *_ in described] != months:
            return None
        return _shelves(array("I", blob), described, paths)
    except (OSError, orjson.JSONDecodeError, KeyError, TypeError, ValueError):
        return None


def _shelves(counts: array[int], described: list[list[object]], paths: list[tuple[Path, Path]]) -> list[Shelf] | None:
    shelves: list[Shelf] = []
    start = 0
    for (_, _, size, mtime, dossiers), (rows_path, dossiers_path) in zip(described, paths, strict=True):
        source: Source = (int(size), int(mtime))  # type: ignore[call-overload]
        status = dossiers_path.stat()
        if (status.st_size, status.st_mtime_ns) != source:
            return None
        end = start + int(dossiers)  # type: ignore[call-overload]
        shelves.append(Shelf(counts[start:end], source, rows_path, dossiers_path))
        start = end
    return shelves if start == len(counts) else None
