"""What the official open data says of written questions: the Tweede Kamer's OData API and the published XML.

Only addresses and the shapes of answers live here (no network): `fetching` asks, this module knows what to ask and
reads what comes back. The sources, as their documentation and tkapi describe them:

- `Zaak` (a question set: `Nummer` 2019Z12806, `Soort` "Schriftelijke vragen", `GestartOp`, `Afgedaan`) with its
  `Document`s (`Id`, `DocumentNummer`, `Soort`, `Datum`, `Vergaderjaar`, `Aanhangselnummer`, `ContentType`; the file at
  `Document({Id})/resource`) and `ZaakActor`s (`ActorNaam`, `ActorFractie`, `Relatie`: Indiener, Medeindiener,
  Gericht aan); JSON pages of 250 with `@odata.nextLink`, filtered on `Verwijderd eq false`.
- The published XML of a document version, by its external identifier (kv-tk-2019Z12806 for the questions,
  ah-tk-20232024-387 for an answer in the Aanhangsel), at repository.officiele-overheidspublicaties.nl.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal
from urllib.parse import urlsplit

from kqreader.i18n import _
from kqreader.parsing.listing import publication_of

ODATA = "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/"
PUBLICATIONS = "https://repository.officiele-overheidspublicaties.nl/officielepublicaties/"
API_ENVIRONMENT = "KQREADER_API"  # one base address for both services (as the tests serve them): see `Sources`
QUESTIONS = "Schriftelijke vragen"
# The documents of a set that kqreader reads (other kinds, such as a list of votes, are left alone).
KINDS = {
    "Schriftelijke vragen": "questions",
    "Antwoord schriftelijke vragen": "answer",
    "Antwoord schriftelijke vragen (nader)": "further",
    "Mededeling (uitstel antwoord)": "delay",
    "Mededeling": "notice",
}
SUFFIXES = {  # a download's content type, as the importer knows files by name
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/xml": ".xml",
    "text/xml": ".xml",
    "text/plain": ".txt",
}
Kind = Literal["questions", "answer", "further", "delay", "notice"]


class DataError(ValueError):
    """An answer of the API that does not have the shape it documents."""


@dataclass(frozen=True)
class Sources:
    """Where the two services are: the official addresses, or one other base (`KQREADER_API`, `--api`) that serves
    `OData/v4/2.0/` and `officielepublicaties/` below it."""

    odata: str = ODATA
    publications: str = PUBLICATIONS

    @classmethod
    def at(cls, base: str | None = None) -> Sources:
        base = base or os.environ.get(API_ENVIRONMENT)
        if not base:
            return cls()
        parts = urlsplit(base)
        if parts.scheme not in ("http", "https") or not parts.netloc:  # no file:, no relative path
            raise ValueError(_("{base}: not an http or https address").format(base=base))
        base = base.rstrip("/") + "/"
        return cls(base + "OData/v4/2.0/", base + "officielepublicaties/")


@dataclass(frozen=True)
class Document:
    """One document of a set, and where its file is."""

    id: str
    number: str  # DocumentNummer (2019D26161), the cache's name for it
    kind: Kind
    publication: str | None  # the external identifier of its published XML, when it has one

    def resource(self, sources: Sources) -> str:
        return f"{sources.odata}Document({self.id})/resource"

    def xml(self, sources: Sources) -> str | None:
        if self.publication is None:
            return None
        return f"{sources.publications}{self.publication}/{self.publication}.xml"


@dataclass(frozen=True)
class Zaak:
    """A question set as the API lists it."""

    number: str
    documents: list[Document] = field(default_factory=list)


_FILE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")  # a DocumentNummer (2024D12345) or an Id (a GUID)


def _filter(*conditions: str) -> str:
    return " and ".join(["Verwijderd eq false", f"Soort eq '{QUESTIONS}'", *conditions])


def _text(value: str) -> str:
    """A string literal in an OData filter (quotes doubled)."""
    return "'" + value.replace("'", "''") + "'"


Query = dict[str, str]  # the parameters of a request for sets (`Zaak`, relative to the OData base)


def _query(condition: str) -> Query:
    return {"$filter": condition, "$expand": "Document,ZaakActor"}


def by_number(number: str) -> Query:
    """The query (relative to the OData base) of one set by its zaaknummer."""
    return _query(_filter(f"Nummer eq {_text(number)}"))


def by_people(
    member: str | None = None,
    party: str | None = None,
    ministry: str | None = None,
    since: date | None = None,
    until: date | None = None,
) -> Query:
    """The query of the sets asked by a member (a part of the name) or a party, of a ministry (a part of the name of
    whom it was asked), submitted from `since` up to and including `until`."""
    conditions = []
    asking = "(a/Relatie eq 'Indiener' or a/Relatie eq 'Medeindiener')"
    if member:
        conditions.append(f"ZaakActor/any(a: {asking} and contains(a/ActorNaam, {_text(member)}))")
    if party:
        conditions.append(f"ZaakActor/any(a: {asking} and a/ActorFractie eq {_text(party)})")
    if ministry:
        conditions.append(f"ZaakActor/any(a: a/Relatie eq 'Gericht aan' and contains(a/ActorNaam, {_text(ministry)}))")
    if since:
        conditions.append(f"GestartOp ge {since.isoformat()}T00:00:00Z")
    if until:
        conditions.append(f"GestartOp lt {date.fromordinal(until.toordinal() + 1).isoformat()}T00:00:00Z")
    return _query(_filter(*conditions))


def changed_since(day: date) -> Query:
    """The query of every set changed on or after `day` (`GewijzigdOp`): what a sync asks once, however many sets
    it follows."""
    return _query(_filter(f"GewijzigdOp ge {day.isoformat()}T00:00:00Z"))


def page(document: Any) -> tuple[list[Any], str | None]:
    """The items (sets, as the API gives them: see `zaak_of`) on one page of an answer, and the address of the next
    page (None on the last)."""
    if not isinstance(document, dict) or not isinstance(document.get("value"), list):
        raise DataError(_("not an OData answer (no 'value' list)"))
    following = document.get("@odata.nextLink")
    if following is not None and not isinstance(following, str):
        raise DataError(_("'@odata.nextLink' is not an address"))
    return document["value"], following


def zaak_of(item: Any) -> Zaak:
    """The set an item of a page describes."""
    try:
        number = item["Nummer"]
        if not isinstance(number, str) or not number:
            raise DataError(_("a Zaak without its Nummer"))
        documents = [d for d in (_document(each, number) for each in item.get("Document") or []) if d is not None]
        return Zaak(number, documents)
    except (KeyError, TypeError, AttributeError):
        raise DataError(_("a Zaak that is not an object with a Nummer")) from None


def _document(item: Any, zaak: str) -> Document | None:
    """A document kqreader reads, or None (another kind, or deleted)."""
    kind = KINDS.get(item.get("Soort"))
    if kind is None or item.get("Verwijderd"):
        return None
    ident = item["Id"]
    if not isinstance(ident, str) or not ident:
        raise DataError(_("a Document without its Id"))
    number = str(item.get("DocumentNummer") or ident)
    if not _FILE_NAME.fullmatch(number):  # the cache names the download by it: "../x" would write elsewhere
        raise DataError(_("a Document whose number is not a plain name: {number}").format(number=repr(number)))
    publication = publication_of(kind, zaak, item.get("Vergaderjaar"), item.get("Aanhangselnummer"))
    return Document(ident, number, kind, publication)  # type: ignore[arg-type]


_STARTS = {".pdf": (b"%PDF-",), ".docx": (b"PK\x03\x04",), ".xml": (b"<",)}  # a file's first bytes, per suffix


def looks_like(suffix: str, content: bytes) -> bool:
    """Whether a download starts as a file of its claimed kind does (a server's HTML error page does not)."""
    starts = _STARTS.get(suffix)
    head = content[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    return starts is None or head.startswith(starts)


def suffix(content_type: str) -> str | None:
    """The file name's suffix for a download of this content type (None: not a document kqreader reads)."""
    return SUFFIXES.get(content_type.split(";")[0].strip().lower())
