"""`kqreader export`: the sets a QUERY finds as JSON, CSV or Markdown on stdout."""

from __future__ import annotations

import argparse
import sys

from kqreader.cli.common import found_sets
from kqreader.i18n import _, ngettext, number
from kqreader.output.exporting import clipping_chunks, export
from kqreader.query.catalog import Catalog
from kqreader.query.keeping import Keeping
from kqreader.text.safetext import visible


def run_export(args: argparse.Namespace) -> int:
    catalog, found = found_sets(args)
    if args.marked:
        _say_left_out(catalog)
    dossiers = (catalog.dossier(place) for place in found)
    chunks = clipping_chunks(dossiers, catalog.marks) if args.marked and args.format == "md" else None
    for chunk in chunks or export(dossiers, args.format, args.today, Keeping(catalog.named_days, catalog.marks)):
        sys.stdout.buffer.write(chunk)
    sys.stdout.flush()
    return 0


def _say_left_out(catalog: Catalog) -> None:
    """`export --marked`: the marks of sets no longer in the database (re-built, or another --db), each with its
    note on stderr, not silently left out of the export."""
    lost = [mark for mark in catalog.marks if catalog.place_of(mark.dossier) is None]
    if not lost:
        return
    said = ngettext("kqreader: {count} mark is of a set not in the database, and is left out of the export:",
                    "kqreader: {count} marks are of sets not in the database, and are left out of the export:",
                    len(lost))  # fmt: skip
    print(said.format(count=number(len(lost))), file=sys.stderr)
    for mark in lost:
        place = mark.dossier if mark.question is None else _("{id} question {number}").format(
            id=mark.dossier, number=mark.question)  # fmt: skip
        print(f"  {visible(place)}" + (f": {visible(mark.note)}" if mark.note else ""), file=sys.stderr)
