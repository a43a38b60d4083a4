"""A question set as the open data lists it (the `Zaak` that `kqreader fetch` keeps in its cache, with its documents
and actors expanded): a part without text of its own that carries what the documents may not print — the
zaaknummer, the subject, askers, addressees, the submission date, and the Aanhangsel numbers of its answers (so that
an answer published in the Aanhangsel without the zaaknummer joins this set). The documents are believed first
(see merge); where they disagree with it, a doubt says so.

The properties read, as the Tweede Kamer's OData v4 documentation and tkapi name them: `Nummer`, `Soort`
("Schriftelijke vragen"), `Onderwerp` (else `Titel`), `GestartOp`, `Verwijderd`; per `ZaakActor` `ActorNaam`,
`ActorFractie` and `Relatie` (Indiener, Medeindiener, Gericht aan); per `Document` `Soort`, `Vergaderjaar`,
`Aanhangselnummer`, `Verwijderd`.
"""

from __future__ import annotations

import re
from datetime import date

import orjson

from kqreader.i18n import _
from kqreader.model import ZAAKNUMMER, Dossier, Person, Source
from kqreader.parsing.errors import ParseError

ASKING = ("Indiener", "Medeindiener")
ADDRESSED = "Gericht aan"
ANSWERING_KINDS = ("Antwoord schriftelijke vragen", "Antwoord schriftelijke vragen (nader)",
                   "Mededeling (uitstel antwoord)", "Mededeling")  # fmt: skip


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
        return f"ah-tk-{vergaderjaar.replace('-', '')}-{number}" if number else None
    return None


def parse_listing(data: bytes, path: str, sha256: str) -> Dossier:
    """The facts of one listed set, as a part believed after its documents."""
    try:
        item = orjson.loads(data)
        number = item["Nummer"]
        actors = [a for a in item.get("ZaakActor") or [] if isinstance(a, dict)]
        documents = [d for d in item.get("Document") or [] if isinstance(d, dict) and not d.get("Verwijderd")]
    except (orjson.JSONDecodeError, KeyError, TypeError, AttributeError):
        raise ParseError(path, _("not a question set of the open data (a Zaak without its Nummer)")) from None
    if not isinstance(number, str) or re.fullmatch(ZAAKNUMMER, number) is None:
        raise ParseError(path, _("not a question set of the open data (a Zaak without its Nummer)"))
    dossier = Dossier(id=number, title=str(item.get("Onderwerp") or item.get("Titel") or ""))
    dossier.askers = [Person(str(a.get("ActorNaam") or ""), a.get("ActorFractie") or None) for a in actors
                      if a.get("Relatie") in ASKING and a.get("ActorNaam")]  # fmt: skip
    dossier.addressees = [str(a["ActorNaam"]) for a in actors if a.get("Relatie") == ADDRESSED and a.get("ActorNaam")]
    dossier.submitted = _day(item.get("GestartOp"))
    published = (publication_of("answer", number, d.get("Vergaderjaar"), d.get("Aanhangselnummer")) for d in documents
                 if d.get("Soort") in ANSWERING_KINDS)  # fmt: skip
    dossier.publication = next((p for p in published if p), None)
    dossier.sources = [Source(path, "opendata", sha256)]
    return dossier


def _day(value: object) -> date | None:
    """"2024-04-02T00:00:00+02:00" as a day (the Kamer's own date, before any time zone)."""
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None
