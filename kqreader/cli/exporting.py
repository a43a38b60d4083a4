"""`kqreader export`: the sets a QUERY finds as JSON, CSV or Markdown on stdout."""

from __future__ import annotations

import argparse
import sys

from kqreader.cli.common import found_sets
from kqreader.output.exporting import clipping_chunks, export
from kqreader.query.keeping import Keeping


def run_export(args: argparse.Namespace) -> int:
    catalog, found = found_sets(args)
    dossiers = (catalog.dossier(place) for place in found)
    chunks = clipping_chunks(dossiers, catalog.marks) if args.marked and args.format == "md" else None
    for chunk in chunks or export(dossiers, args.format, args.today, Keeping(catalog.named_days, catalog.marks)):
        sys.stdout.buffer.write(chunk)
    sys.stdout.flush()
    return 0
