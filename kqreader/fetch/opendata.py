"""What the official open data says of written questions: the Tweede Kamer's OData API and the published XML.

Only addresses, queries and the shapes of answers live here (no network): `fetching` asks, this module knows what to
ask and reads what comes back. The facts it is built on (../shared/design/opendata.md, the information model, tkapi):

- A set is a `Zaak` (`Nummer` 2024Z09367, `Soort` "Schriftelijke vragen", `Titel` the short subject, `Onderwerp` the
  whole sentence, `GestartOp` local midnight with its offset, `Verwijderd`, `VervangenDoor` a navigation to the Zaak
  that replaces it, `ApiGewijzigdOp` when a change became visible in the API). Zaak <-> Document is many-to-many:
  no `Zaak_Id` on a Document; `$expand` gives a set's documents and actors, deleted placeholders among them.
- `ZaakActor`: a member is "H.P. van der Lee" with `ActorFractie` "GroenLinks-PvdA"; for "Gericht aan" `ActorNaam`
  is the minister's person ("E. Heinen") and the office is only in `Functie` ("minister van Financiën").
- The server compares text case-insensitively but accent-sensitively, so a member, a party and a ministry are asked
  for widely (every name, fragments of a surname) and each listed set is checked here, folded, before it is kept.
- Pages of 250 with an absolute `@odata.nextLink`; a filter the server cannot evaluate is a 400.
- The published XML of a document version, by its external identifier (kv-tk-2019Z12806 for the questions,
  ah-tk-20232024-387 for an answer in the Aanhangsel), at repository.officiele-overheidspublicaties.nl.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any, Literal
from urllib.parse import urlsplit

from kqreader.facts.ministries import MINISTRIES, ministries_of, ministry
from kqreader.facts.parties import canonical, family
from kqreader.i18n import N_, _
from kqreader.model import AANHANGSEL, ZAAKNUMMER
from kqreader.parsing.decode import strip_controls
from kqreader.parsing.listing import publication_of
from kqreader.text.clock import local_day, midnight, moment
from kqreader.text.folding import fold
from kqreader.text.names import PARTICLES

ODATA = "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/"
PUBLICATIONS = "https://repository.officiele-overheidspublicaties.nl/officielepublicaties/"
API_ENVIRONMENT = "KQREADER_API"  # one base address for both services (as the tests serve them): see `Sources`
QUESTIONS = "Schriftelijke vragen"
EXPAND = "Document,ZaakActor,VervangenDoor"
EXPAND_PLAIN = "Document,ZaakActor"  # for a server that does not know VervangenDoor (it answers 400)
AT_ONCE_BY_NUMBER = 20  # sets asked by number in one request (`Nummer eq … or …`): the address stays short
# The documents of a set that kqreader reads. Other kinds are named once per run (the list grows over time).
KINDS = {
    "Schriftelijke vragen": "questions",
    "Antwoord schriftelijke vragen": "answer",
    "Antwoord schriftelijke vragen (nader)": "further",
    "Mededeling (uitstel antwoord)": "delay",
    "Mededeling": "notice",
}
SUFFIXES = {  # a download's content type, as the importer knows files by name (.doc is kept, not imported)
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/msword": ".doc",
    "application/xml": ".xml",
    "text/xml": ".xml",
    "text/plain": ".txt",
}
UNREADABLE = (".doc",)  # kept in the cache for the user; the importer does not read Word 97 files
Kind = Literal["questions", "answer", "further", "delay", "notice"]
# Every name from the network that becomes a file name is one of these, whole: a zaaknummer, a document number
# (2024D12345, older KVR12345), an external identifier (kv-tk-…, ah-tk-…), a GUID. No dot, no slash, no NUL.
IDENTIFIER = re.compile(
    rf"{ZAAKNUMMER}|(?:19|20)\d\dD\d{{5,6}}|[A-Z]{{2,4}}\d{{3,8}}|kv-tk-{ZAAKNUMMER}|{AANHANGSEL}"
    r"|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
)
_PLAIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")  # an Id as the real service gives it (a GUID) or a stand-in's
_GUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
# The longest a text of a listing is kept (a subject of a megabyte reaches no screen and no store)
LIMITS = {"Onderwerp": 2000, "Titel": 500, "ActorNaam": 200, "Functie": 300, "ActorFractie": 120, "Soort": 120,
          "Citeertitel": 500, "Alias": 200, "DocumentNummer": 64, "Vergaderjaar": 16, "Aanhangselnummer": 32,
          "ContentType": 200}  # fmt: skip
TEXT_LIMIT = 500  # any other text field


def is_identifier(value: object) -> bool:
    """Whether a value from the network may name a file: one of the known identifiers, whole."""
    return isinstance(value, str) and IDENTIFIER.fullmatch(value) is not None


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
    soort: str = ""  # as the open data names its kind

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
    id: str = ""
    gone: bool = False  # deleted in the open data (a placeholder)
    replaced_by: tuple[str, ...] = ()  # the zaaknummers of the sets that replace it
    unknown_kinds: tuple[str, ...] = ()  # kinds of documents kqreader does not read
    changed: datetime | None = None  # the latest ApiGewijzigdOp of it, its documents and actors


# ---- queries ---------------------------------------------------------------------------------------------------

Query = dict[str, str]  # the parameters of a request for sets (`Zaak`, relative to the OData base)


def _text(value: str) -> str:
    """A string literal in an OData filter (quotes doubled)."""
    return "'" + value.replace("'", "''") + "'"


def _query(condition: str, expand: str = EXPAND) -> Query:
    return {"$filter": condition, "$expand": expand}


def _sets(*conditions: str) -> str:
    return " and ".join(["Verwijderd eq false", f"Soort eq {_text(QUESTIONS)}", *conditions])


def by_number(number: str) -> Query:
    """The query of one set by its zaaknummer."""
    return _query(_sets(f"Nummer eq {_text(number)}"))


def by_numbers(numbers: Iterable[str]) -> list[Query]:
    """The queries of sets by number, a few at a time (a thousand followed sets are fifty requests, not a thousand)."""
    wanted = list(dict.fromkeys(numbers))
    chunks = [wanted[i : i + AT_ONCE_BY_NUMBER] for i in range(0, len(wanted), AT_ONCE_BY_NUMBER)]
    return [_query(_sets("(" + " or ".join(f"Nummer eq {_text(n)}" for n in chunk) + ")")) for chunk in chunks]


def by_ids(ids: Iterable[str]) -> Query:
    """The query of sets by their Ids (GUIDs, unquoted), deleted ones too: a deleted set keeps only its Id."""
    guids = [i for i in ids if _GUID.fullmatch(i)]
    return _query(" or ".join(f"Id eq {guid}" for guid in guids))


def amsterdam(day: date) -> str:
    """Local midnight of `day` in Amsterdam as an OData literal ("2024-06-28T00:00:00+02:00"), as GestartOp is."""
    return midnight(day)


def instant(when: datetime) -> str:
    """A moment as an OData literal in UTC ("2024-02-19T16:29:37.214304Z")."""
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _asking(condition: str) -> str:
    return f"ZaakActor/any(a: (a/Relatie eq 'Indiener' or a/Relatie eq 'Medeindiener') and ({condition}))"


@dataclass(frozen=True)
class People:
    """Whom and when a fetch asks about: a member (any part of the name, without accents or initials), a party (by
    any of its names), a ministry (by any of its names over the years), the days of submission (Amsterdam days)."""

    member: str | None = None
    party: str | None = None
    ministry: str | None = None
    since: date | None = None
    until: date | None = None

    def query(self) -> Query:
        """The server's part: as wide as needed to miss nothing (its comparisons are accent-sensitive)."""
        conditions = []
        if self.member:
            fragments = _fragments(self.member)
            conditions.append(_asking(" or ".join(f"contains(a/ActorNaam, {_text(f)})" for f in fragments)))
        if self.party:
            conditions.append(_asking(" or ".join(f"a/ActorFractie eq {_text(p)}" for p in family(self.party))))
        if self.ministry:
            names = ministry_names(self.ministry)
            found = " or ".join(f"contains(a/Functie, {_text(n)}) or contains(a/ActorNaam, {_text(n)})" for n in names)
            conditions.append(f"ZaakActor/any(a: a/Relatie eq 'Gericht aan' and ({found}))")
        if self.since:
            conditions.append(f"GestartOp ge {amsterdam(self.since)}")
        if self.until:
            conditions.append(f"GestartOp lt {amsterdam(self.until + timedelta(days=1))}")
        return _query(_sets(*conditions))

    def keeps(self, item: dict[str, Any]) -> bool:
        """The client's part: whether a listed set is one asked for, compared folded."""
        actors = [a for a in item.get("ZaakActor") or [] if isinstance(a, dict) and not a.get("Verwijderd")]
        asking = [a for a in actors if a.get("Relatie") in ("Indiener", "Medeindiener")]
        if self.member and not any(member_matches(self.member, str(a.get("ActorNaam") or "")) for a in asking):
            return False
        if self.party and not any(party_asked(self.party, a.get("ActorFractie")) for a in asking):
            return False
        addressed = [a for a in actors if a.get("Relatie") == "Gericht aan"]
        if self.ministry and not any(ministry_matches(self.ministry, a) for a in addressed):
            return False
        day = local_day(item.get("GestartOp"))
        if (self.since or self.until) and day is None:
            return False
        return not ((self.since and day and day < self.since) or (self.until and day and day > self.until))

    def __bool__(self) -> bool:
        return any((self.member, self.party, self.ministry, self.since, self.until))

    def shown(self) -> str:
        """What is asked, in words: a failed listing's line names it ("the search (party PvdD, since 2024-06-01)")."""
        parts = [said.format(value=value) for said, value in (
            (_("member {value}"), self.member), (_("party {value}"), self.party),
            (_("ministry {value}"), self.ministry), (_("since {value}"), self.since), (_("until {value}"), self.until),
        ) if value]  # fmt: skip
        return _("the search ({asked})").format(asked=", ".join(parts))


_PARTICLES = {fold(particle).strip("'’") for particle in PARTICLES}  # folded as a name's words are: "'t" is "t"


def _fragments(name: str) -> list[str]:
    """Pieces of a name that the server, comparing accent-sensitively, finds whatever accents the Kamer writes:
    the folded surname's (the last word's) runs of three letters ("kostic": kos, ost, sti, tic; "Kostić" holds
    "kos"), and of two in a short one ("ozturk": "Öztürk" holds only "zt" and "rk")."""
    words = [w for w in re.findall(r"[a-z0-9]+(?!\.)\b", fold(name).replace("-", " ")) if w not in _PARTICLES]
    if not words:
        return [fold(name).strip() or name]
    surname = words[-1]
    if len(surname) <= 2:
        return [surname]
    runs = [surname[i : i + 3] for i in range(len(surname) - 2)]
    if len(surname) <= 6:
        runs += [surname[i : i + 2] for i in range(len(surname) - 1)]
    return list(dict.fromkeys(runs))


def _without_initials(name: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+\.?", fold(name).replace("-", " ")) if not w.endswith(".")]


def member_matches(wanted: str, listed: str) -> bool:
    """Whether a listed member ("H.P. van der Lee", "S.C. Kröger") is the one asked for ("van der lee", "Kroger",
    "Henk van der Lee", "H. van der Lee"): folded, without initials; a first name must agree with the initials."""
    theirs = " ".join(_without_initials(listed))
    asked = _without_initials(wanted)
    if not asked or not theirs:
        return False
    if " ".join(asked) in theirs:
        return True
    initials = [w[0] for w in re.findall(r"[a-z]+(?=\.)", fold(listed))]
    for start in range(1, len(asked)):  # "Henk van der Lee": the surname after a first name
        rest = asked[start:]
        if all(w in _PARTICLES for w in rest):
            break
        first = asked[start - 1]
        if " ".join(rest) in theirs and (not initials or first[0] == initials[0]):
            return True
    return False


def party_asked(wanted: str, listed: object) -> bool:
    """Whether a listed party (`ActorFractie`) is the one asked for, by any of its names (see `parties.family`)."""
    if not isinstance(listed, str) or not listed:
        return False
    return canonical(listed) in {canonical(name) for name in family(wanted)}


def ministry_names(wanted: str) -> list[str]:
    """Every name of the ministry asked for that an office can be written with ("Financiën"; "Justitie en
    Veiligheid", "Veiligheid en Justitie", "Justitie"); short forms ("JenV") are never in `Functie`."""
    current = ministry(wanted)
    if current not in MINISTRIES:
        return [wanted.strip()]
    return [name for name in (current, *MINISTRIES[current]) if " " in name or (len(name) > 4 and not name.isupper())]


def ministry_matches(wanted: str, actor: dict[str, Any]) -> bool:
    """Whether a "Gericht aan" row names the ministry asked for: its office (`Functie`), by any name."""
    current = ministry(wanted)
    office, person = str(actor.get("Functie") or ""), str(actor.get("ActorNaam") or "")
    if current in MINISTRIES:
        return current in ministries_of(office) or current in ministries_of(person)
    return fold(wanted) in fold(office) or fold(wanted) in fold(person)


def changed_since(since: datetime) -> Query:
    """Every set whose own record, documents or actors changed in the API since `since` (by `ApiGewijzigdOp`, the
    API's clock): an answer is a new Document, the Zaak need not change. Deleted sets come as placeholders (an Id and
    the times, no Soort), so they are asked too."""
    when = instant(since)
    changed = (f"ApiGewijzigdOp ge {when} or Document/any(d: d/ApiGewijzigdOp ge {when})"
               f" or ZaakActor/any(a: a/ApiGewijzigdOp ge {when})")  # fmt: skip
    return _query(f"(Soort eq {_text(QUESTIONS)} or Verwijderd eq true) and ({changed})")


def latest() -> Query:
    """The set the API changed last: its ApiGewijzigdOp is the API's own "now" when a first sync starts."""
    return {"$filter": f"Soort eq {_text(QUESTIONS)}", "$orderby": "ApiGewijzigdOp desc", "$top": "1"}


# ---- answers ---------------------------------------------------------------------------------------------------


def page(document: Any) -> tuple[list[Any], str | None]:
    """The items (sets, as the API gives them: see `zaak_of`) on one page of an answer, and the address of the next
    page (None on the last)."""
    if not isinstance(document, dict) or not isinstance(document.get("value"), list):
        raise DataError(_("not an OData answer (no 'value' list)"))
    following = document.get("@odata.nextLink")
    if following is not None and not isinstance(following, str):
        raise DataError(_("'@odata.nextLink' is not an address"))
    return document["value"], following


def cleaned(item: Any) -> dict[str, Any]:
    """A listed set with every text cleaned as a document's is (escape sequences, control and bidi characters
    removed, one line, a size limit) and every field of the shape the API documents; DataError naming the first
    that is not (the item is then left out, the others kept)."""
    if not isinstance(item, dict):
        raise DataError(_("a listed item that is not an object ({kind})").format(kind=_kind_of(item)))
    zaak = _clean_object(item, "Zaak")
    for name in ("Document", "ZaakActor", "VervangenDoor"):
        value = item.get(name)
        if value is None:
            continue
        if name == "VervangenDoor" and isinstance(value, str):  # a server that gives the number, not the Zaak
            value = [{"Nummer": value.strip()}] if re.fullmatch(ZAAKNUMMER, value.strip()) else []
        if isinstance(value, dict):
            value = [value]
        if not isinstance(value, list):
            raise DataError(_("'{field}' is not a list").format(field=name))
        zaak[name] = [_clean_object(each, name) for each in value if isinstance(each, dict)]
    return zaak


JSON_KINDS = {list: N_("a list"), dict: N_("an object"), str: N_("text"), bool: N_("true or false"),
              int: N_("a number"), float: N_("a number"), type(None): N_("empty (null)")}  # fmt: skip
OTHER_KIND = N_("something else")


def _kind_of(value: object) -> str:
    """What a JSON value is, in words of the language spoken (not Python's type name)."""
    return _(JSON_KINDS.get(type(value), OTHER_KIND))


def _clean_object(item: dict[str, Any], entity: str) -> dict[str, Any]:
    kept: dict[str, Any] = {}
    for name, value in item.items():
        if not isinstance(name, str) or name in ("Document", "ZaakActor", "VervangenDoor"):
            continue
        if isinstance(value, str):
            kept[name] = clean_text(value, LIMITS.get(name, TEXT_LIMIT))
        elif value is None or isinstance(value, bool | int | float):
            kept[name] = value
        elif name.startswith("@"):
            continue
        else:
            raise DataError(_("{entity} field '{field}' is not text but {kind}").format(
                entity=entity, field=clean_text(name, 60), kind=_kind_of(value)))
    return kept


def clean_text(value: str, limit: int) -> str:
    """One line of text from the open data: no escape sequence or control character, spaces collapsed, at most
    `limit` characters (cut at a word, with "…")."""
    text = " ".join(strip_controls(value[: limit * 4]).split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut[limit // 2 :] else cut) + "…"


def zaak_of(item: dict[str, Any]) -> Zaak:
    """The set a cleaned item of a page describes (DataError when it is not one)."""
    number = item.get("Nummer")
    ident = item.get("Id")
    if item.get("Verwijderd") is True:  # a placeholder: only its Id (and the times)
        if not isinstance(ident, str) or not _GUID.fullmatch(ident):
            raise DataError(_("a deleted Zaak without its Id"))
        known = number if isinstance(number, str) and is_identifier(number) else ""
        return Zaak(known, id=ident, gone=True, changed=changed_at(item))
    if not isinstance(number, str) or re.fullmatch(ZAAKNUMMER, number) is None:
        raise DataError(_("a Zaak whose Nummer is not a set's number: {number}").format(number=repr(number)[:80]))
    documents, unknown = [], []
    for each in item.get("Document") or []:
        soort = each.get("Soort")
        if each.get("Verwijderd"):
            continue
        if soort not in KINDS:
            unknown.append(str(soort or "?"))
            continue
        documents.append(_document(each, number))
    replaced = tuple(n for n in (r.get("Nummer") for r in item.get("VervangenDoor") or [] if not r.get("Verwijderd"))
                     if isinstance(n, str) and re.fullmatch(ZAAKNUMMER, n) and n != number)  # fmt: skip
    return Zaak(number, documents, ident if isinstance(ident, str) else "", replaced_by=replaced,
                unknown_kinds=tuple(unknown), changed=changed_at(item))  # fmt: skip


def _document(item: dict[str, Any], zaak: str) -> Document:
    kind: Kind = KINDS[item["Soort"]]  # type: ignore[assignment]
    ident = item.get("Id")
    if not isinstance(ident, str) or not _PLAIN.fullmatch(ident):  # it goes into an address: Document({Id})
        raise DataError(_("a Document whose Id is not a plain name: {id}").format(id=repr(ident)[:80]))
    number = item.get("DocumentNummer") or ident
    if not is_identifier(number):  # the cache names the download by it: "../x" would write elsewhere
        raise DataError(_("a Document whose number is not a plain name: {number}").format(number=repr(number)[:80]))
    publication = publication_of(kind, zaak, item.get("Vergaderjaar"), item.get("Aanhangselnummer"))
    if publication is not None and not is_identifier(publication):
        publication = None
    return Document(ident, number, kind, publication, item["Soort"])


def changed_at(item: dict[str, Any]) -> datetime | None:
    """The latest `ApiGewijzigdOp` of a listed set, its documents and its actors (None when none is given)."""
    found = [moment(item.get("ApiGewijzigdOp"))]
    for name in ("Document", "ZaakActor"):
        found += [moment(each.get("ApiGewijzigdOp")) for each in item.get(name) or [] if isinstance(each, dict)]
    moments = [m for m in found if m is not None]
    return max(moments) if moments else None


_STARTS = {".pdf": (b"%PDF-",), ".docx": (b"PK\x03\x04",), ".doc": (b"\xd0\xcf\x11\xe0",), ".xml": (b"<",)}


def looks_like(suffix: str, content: bytes) -> bool:
    """Whether a download starts as a file of its claimed kind does (a server's HTML error page does not)."""
    starts = _STARTS.get(suffix)
    head = content[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    if suffix == ".xml" and head[:200].lower().startswith((b"<!doctype html", b"<html")):
        return False
    return starts is None or head.startswith(starts)


def suffix(content_type: str) -> str | None:
    """The file name's suffix for a download of this content type (None: not a document kqreader reads)."""
    return SUFFIXES.get(content_type.split(";")[0].strip().lower())
