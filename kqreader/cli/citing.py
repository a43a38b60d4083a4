"""`kqreader cite`: a citation of a set or one of its questions."""

from __future__ import annotations

import argparse
from datetime import date

from kqreader.cli.common import UsageError, reading_store, say
from kqreader.i18n import _
from kqreader.model import Dossier
from kqreader.output.citation import CitationError, cite, whole_set
from kqreader.query.catalog import open_catalog
from kqreader.query.language import QueryError, parse_query
from kqreader.store.database import Store
from kqreader.text.safetext import error_line


def run_cite(args: argparse.Namespace) -> int:
    store, mended = reading_store(args)
    say(mended)
    dossier = store.dossier(args.id) or _by_any_id(store, args.id)
    if dossier is None:
        error_line(store.path, _("no dossier {id} in this database").format(id=repr(args.id)))
        return 1
    if args.all and args.question is not None:
        raise UsageError(_("cite: -q N and --all ask for different things: one question, or the whole set"))
    try:
        if args.all:
            text = whole_set(dossier, args.style, address=args.address)
        else:
            text = cite(dossier, args.style, args.question, address=args.address)
    except CitationError as error:
        error_line(store.path, str(error))
        return 1
    print(text)
    return 0


def _by_any_id(store: Store, ident: str) -> Dossier | None:
    """The set known by this id in any of its forms (its Aanhangsel number, kv-tk-…): the filter's `id:`."""
    try:
        query = parse_query(f"id:{ident}")
    except QueryError:
        return None
    catalog = open_catalog(store, date.today())
    found = catalog.matching(query)
    return catalog.dossier(found[0]) if found else None
