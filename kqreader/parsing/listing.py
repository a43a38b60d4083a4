"""A question set as the open data lists it (the `Zaak` that `kqreader fetch` keeps in its cache, with its documents
and actors expanded): a part without text of its own that carries what the documents may not print — the
zaaknummer, the subject, askers, addressees, the submission date, and the Aanhangsel numbers of its answers (so that
an answer published in the Aanhangsel without the zaaknummer joins this set). The documents are believed first
(see merge); where they disagree with it, a doubt says so.

The properties read, as the Tweede Kamer's OData v4 documentation and tkapi name them: `Nummer`, `Soort`
("Schriftelijke vragen"), `Titel` (the subject; the whole `Onderwerp` sentence kept as the heading), `GestartOp`,
`Verwijderd`, `VervangenDoor`; per `ZaakActor` `ActorNaam`, `ActorFractie`, `Functie` (for "Gericht aan" the office;
`ActorNaam` is then the person) and `Relatie` (Indiener, Medeindiener, Gericht aan); per `Document` `Soort`,
`Vergaderjaar`, `Aanhangselnummer`, `Verwijderd`. Every text is cleaned again here (a listing kept by an older
kqreader was not).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import orjson

from kqreader.i18n import _
from kqreader.model import ZAAKNUMMER, Dossier, Notice, Person, Source, aanhangsel_id
from kqreader.parsing.decode import strip_controls
from kqreader.parsing.errors import ParseError
from kqreader.text.clock import local_day

ASKING = ("Indiener", "Medeindiener")
ADDRESSED = "Gericht aan"
ANSWERS = ("Antwoord schriftelijke vragen", "Antwoord schriftelijke vragen (nader)")


def is_listing(data: bytes) -> bool:
    """A JSON object that names a Zaak (its Nummer and Soort): looked at in the first bytes only."""
    head = data[:4096]
    return data.lstrip()[:1] == b"{" and b'"Nummer"' in head and b'"Soort"' in head


def publication_of(kind: str, zaak: str, vergaderjaar: str | None, aanhangsel: str | None) -> str | None:
    """The external identifier of a document's publication: kv-tk-{zaaknummer} for the questions, ah-tk-{year}-{n}
    for an answer or a notice printed in the Aanhangsel (its number's last digits), else None."""
    if kind == "questions":
        return f"kv-tk-{zaak}"
    if vergaderjaar and aanhangsel:
        number = str(aanhangsel)[-4:].lstrip("0")
        return aanhangsel_id(vergaderjaar, number) if number else None
    return None


def parse_listing(data: bytes, path: str, sha256: str, parse: Callable[[bytes, str], Dossier]) -> Dossier:
    """The facts of one listed set, as a part believed after its documents."""
    try:
        item = orjson.loads(data)
        number = item["Nummer"]
        actors = [a for a in item.get("ZaakActor") or [] if isinstance(a, dict) and not a.get("Verwijderd")]
        documents = [d for d in item.get("Document") or [] if isinstance(d, dict) and not d.get("Verwijderd")]
    except (orjson.JSONDecodeError, KeyError, TypeError, AttributeError):
        raise ParseError(path, _("not a question set of the open data (a Zaak without its Nummer)")) from None
    if not isinstance(number, str) or re.fullmatch(ZAAKNUMMER, number) is None:
        raise ParseError(path, _("not a question set of the open data (a Zaak without its Nummer)"))
    heading = _line(item.get("Onderwerp"), 2000)
    dossier = Dossier(id=number, title=_line(item.get("Titel"), 500) or heading, heading=heading or None)
    dossier.askers = [Person(_line(a.get("ActorNaam"), 200), _line(a.get("ActorFractie"), 120) or None)
                      for a in actors if a.get("Relatie") in ASKING and _line(a.get("ActorNaam"), 200)]  # fmt: skip
    dossier.addressees = [office for a in actors if a.get("Relatie") == ADDRESSED and (office := _addressee(a))]
    dossier.submitted = _day(item.get("GestartOp"))
    dossier.publication = _publication(number, documents)
    dossier.notices = _ended(item)
    dossier.sources = [Source(path, "opendata", sha256)]
    for letter in _shared_letters(item, path, number, parse):
        dossier.questions = letter.questions
        dossier.answered, dossier.answered_by = letter.answered, letter.answered_by
        dossier.signatories, dossier.reference = letter.signatories, letter.reference
        break
    return dossier


_LETTER_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}\.(?:pdf|docx|xml|txt|md)")


def _shared_letters(item: dict, path: str, number: str, parse: Callable[[bytes, str], Dossier]) -> list[Dossier]:
    """The answer letters this set shares with other sets (named by the fetch, in the cache beside the listing's
    folder) that print another set's number: their answers answer this set too."""
    found = []
    for name in item.get("kqreader:letters") or []:
        if not isinstance(name, str) or not _LETTER_NAME.fullmatch(name):
            continue
        letter_path = Path(path).parent.parent / name
        try:
            letter = parse(letter_path.read_bytes(), str(letter_path))
        except (OSError, ParseError):
            continue
        if letter.id != number and any(q.answer for q in letter.questions):
            found.append(letter)
    return found


def _line(value: object, limit: int) -> str:
    """A text of the listing as one clean line (no control characters; at most `limit` characters)."""
    if not isinstance(value, str):
        return ""
    text = " ".join(strip_controls(value[: limit * 4]).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _addressee(actor: dict) -> str:
    """Whom a set was asked of, as an office with the person beside it ("de minister van Financiën (Heinen)"): the
    open data puts the office in `Functie` and the person in `ActorNaam` ("E. Heinen")."""
    office, person = _line(actor.get("Functie"), 300), _line(actor.get("ActorNaam"), 200)
    if not office or not re.match(r"(?i)\s*(?:de\s+)?(?:minister|staatss?ecretaris|viceminister)", office):
        return person or office  # an older shape: the office (or a ministry) in ActorNaam
    surname = re.sub(r"^(?:[A-Z][a-z]{0,2}\.\s*)+", "", person).strip()  # "E. Heinen" -> "Heinen"
    named = f"{office[:1].lower()}{office[1:]}"
    named = named if named.startswith("de ") else f"de {named}"
    return f"{named} ({surname[:1].upper()}{surname[1:]})" if surname else named


def _publication(number: str, documents: list[dict]) -> str | None:
    """The set's publication: its answer's Aanhangsel number (a later answer's when it has only that), never a
    delay notice's, which has a number of its own."""
    for kind in ANSWERS:
        for document in documents:
            if document.get("Soort") == kind:
                found = publication_of("answer", number, document.get("Vergaderjaar"), document.get("Aanhangselnummer"))
                if found:
                    return found
    return None


def _ended(item: dict) -> list[Notice]:
    """The notices of what the open data ended: the set deleted or replaced, a document withdrawn (said in Dutch,
    as a document's notice is)."""
    when = _day(item.get("ApiGewijzigdOp"))
    notices = []
    if item.get("Verwijderd") is True:
        notices.append(Notice("removed", when, "Niet meer in de open data: de Kamer heeft deze vragen verwijderd."))
    listed = [r.get("Nummer") for r in item.get("VervangenDoor") or [] if isinstance(r, dict)]
    replacing = [n for n in listed if isinstance(n, str) and re.fullmatch(ZAAKNUMMER, n)]
    if replacing:
        notices.append(Notice("replaced", when, f"Vervangen door {', '.join(replacing)}."))
    for document in item.get("kqreader:withdrawn") or []:
        if isinstance(document, dict):
            named = _line(document.get("DocumentNummer"), 64)
            kind = _line(document.get("Soort"), 120)
            notices.append(Notice("document", None, f"Document {named} ({kind}) is niet meer in de open data."))
    return notices


def _day(value: object) -> date | None:
    """"2024-04-02T00:00:00+02:00" (or "2024-04-01T22:00:00Z") as the Kamer's day: the Amsterdam day."""
    return local_day(value)
