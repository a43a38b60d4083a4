"""A stand-in for the Tweede Kamer's Gegevensmagazijn (OData v4) and the publications repository, for fetch and sync
tests and the scripted scenario (`python -m tests.opendata_server` serves one).

Built from ../shared/design/opendata.md, the information model and peers (tkapi, the models ErikbStorm generated
from the live $metadata), it behaves as the real service does where a client can go wrong:

- `$filter` is parsed and evaluated (eq ne gt ge lt le, and or not, contains startswith endswith tolower toupper,
  any() over Document and ZaakActor, datetimeoffset literals with their offsets, GUIDs, strings with doubled
  quotes); text compares case-insensitively but accent-sensitively (SQL Server's collation); anything it cannot
  evaluate — an unknown property, a type mismatch, a date without a time, a syntax error — is a 400 with an OData
  error body. `$expand` knows Document, ZaakActor and VervangenDoor and returns deleted placeholders among the live
  rows; `$orderby` one property; `$top`, `$skip`; pages of 250 with an absolute `@odata.nextLink` (none after `$top`).
- The real shapes: a Zaak with Nummer, Soort, Titel, Onderwerp (the whole sentence), GestartOp (local midnight with
  its offset), Afgedaan, Termijn, Vergaderjaar, Verwijderd, GewijzigdOp and ApiGewijzigdOp (seven fraction digits);
  Documents linked many-to-many (no Zaak_Id on a Document); ZaakActor rows where "Gericht aan" names the minister's
  person in ActorNaam and the office only in Functie; a deleted entity is a placeholder (its Id and the times).
- State changes between syncs: `attach` adds a Document to a Zaak without touching the Zaak's record, `delete` and
  `replace` a Zaak, `publish` a file that answered 404 before; the API's clock (`clock`) moves on its own, and each
  change becomes visible (`ApiGewijzigdOp`) some time after its `GewijzigdOp`.
"""

from __future__ import annotations

import json
import re
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any
from urllib.parse import urlencode

from werkzeug import Request, Response

PAGE = 250
ODATA = "/OData/v4/2.0/"
AMSTERDAM_SUMMER, AMSTERDAM_WINTER = timezone(timedelta(hours=2)), timezone(timedelta(hours=1))


class ODataError(Exception):
    """What the real service answers with a 400: the query cannot be evaluated."""


# ---- the filter language ---------------------------------------------------------------------------------------

_TOKEN = re.compile(
    r"\s*(?:(?P<string>'(?:[^']|'')*')"
    r"|(?P<instant>\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d{1,7})?)?(?:Z|[+-]\d\d:\d\d))"
    r"|(?P<guid>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
    r"|(?P<day>\d{4}-\d\d-\d\d)"
    r"|(?P<number>-?\d+(?:\.\d+)?)"
    r"|(?P<name>[A-Za-z_][A-Za-z0-9_]*(?:/[A-Za-z_][A-Za-z0-9_]*)*)"
    r"|(?P<punct>[(),:]))"
)
COMPARISONS = {"eq", "ne", "gt", "ge", "lt", "le"}
FUNCTIONS = {"contains": 2, "startswith": 2, "endswith": 2, "tolower": 1, "toupper": 1}


def tokens(text: str) -> list[tuple[str, str]]:
    found, at = [], 0
    while at < len(text):
        if text[at:].strip() == "":
            break
        match = _TOKEN.match(text, at)
        if match is None or match.end() == at:
            raise ODataError(f"Syntax error at position {at} in '{text}'.")
        kind = match.lastgroup or ""
        found.append((kind, match.group(kind)))
        at = match.end()
    return found


Node = tuple[Any, ...]


class Parser:
    """Recursive descent over the tokens: or < and < not < comparison < primary."""

    def __init__(self, text: str) -> None:
        self.tokens = tokens(text)
        self.at = 0

    def parse(self) -> Node:
        node = self.disjunction()
        if self.at != len(self.tokens):
            raise ODataError(f"Syntax error: unexpected '{self.tokens[self.at][1]}'.")
        return node

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def take(self, value: str | None = None) -> tuple[str, str]:
        token = self.peek()
        if token is None or (value is not None and token[1] != value):
            raise ODataError(f"Syntax error: expected '{value}'.")
        self.at += 1
        return token

    def word(self, *words: str) -> bool:
        token = self.peek()
        return token is not None and token[0] == "name" and token[1] in words

    def disjunction(self) -> Node:
        node = self.conjunction()
        while self.word("or"):
            self.take()
            node = ("or", node, self.conjunction())
        return node

    def conjunction(self) -> Node:
        node = self.negation()
        while self.word("and"):
            self.take()
            node = ("and", node, self.negation())
        return node

    def negation(self) -> Node:
        if self.word("not"):
            self.take()
            return ("not", self.negation())
        left = self.primary()
        if self.word(*COMPARISONS):
            operator = self.take()[1]
            return ("compare", operator, left, self.primary())
        return left

    def primary(self) -> Node:
        token = self.take()
        kind, value = token
        if value == "(":
            node = self.disjunction()
            self.take(")")
            return node
        if kind == "string":
            return ("literal", value[1:-1].replace("''", "'"))
        if kind == "instant":
            return ("literal", _instant(value))
        if kind == "guid":
            return ("literal", uuid.UUID(value))
        if kind == "day":
            return ("literal", date.fromisoformat(value))
        if kind == "number":
            return ("literal", float(value) if "." in value else int(value))
        if kind == "name":
            if value in ("true", "false"):
                return ("literal", value == "true")
            if value == "null":
                return ("literal", None)
            if value in FUNCTIONS and self.peek() == ("punct", "("):
                self.take("(")
                arguments = [self.disjunction()]
                while self.peek() == ("punct", ","):
                    self.take(",")
                    arguments.append(self.disjunction())
                self.take(")")
                if len(arguments) != FUNCTIONS[value]:
                    raise ODataError(f"The function '{value}' takes {FUNCTIONS[value]} arguments.")
                return ("call", value, *arguments)
            if value.endswith("/any") and self.peek() == ("punct", "("):
                self.take("(")
                variable = self.take()[1]
                self.take(":")
                body = self.disjunction()
                self.take(")")
                return ("any", value.removesuffix("/any"), variable, body)
            return ("path", value)
        raise ODataError(f"Syntax error: unexpected '{value}'.")


def _instant(text: str) -> datetime:
    main, _, rest = text.partition(".")
    if rest:
        digits = re.match(r"\d+", rest)
        assert digits is not None
        zone = rest[digits.end() :]
        text = f"{main}.{digits.group()[:6].ljust(6, '0')}{zone}"
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


# The types of the properties of each entity (a comparison of another type is a 400, as the real service says)
TEXT, MOMENT, BOOLEAN, GUID, WHOLE = "text", "moment", "boolean", "guid", "whole"
ZAAK_TYPES = {"Id": GUID, "Nummer": TEXT, "Soort": TEXT, "Titel": TEXT, "Citeertitel": TEXT, "Alias": TEXT,
              "Status": TEXT, "Onderwerp": TEXT, "GestartOp": MOMENT, "Organisatie": TEXT, "Termijn": MOMENT,
              "Vergaderjaar": TEXT, "Volgnummer": WHOLE, "Afgedaan": BOOLEAN, "GrootProject": BOOLEAN,
              "GewijzigdOp": MOMENT, "ApiGewijzigdOp": MOMENT, "Verwijderd": BOOLEAN, "HuidigeBehandelstatus": TEXT,
              "Kabinetsappreciatie": TEXT, "Grondslagvoorhang": TEXT}  # fmt: skip
DOCUMENT_TYPES = {"Id": GUID, "Soort": TEXT, "DocumentNummer": TEXT, "Titel": TEXT, "Onderwerp": TEXT, "Datum": MOMENT,
                  "Vergaderjaar": TEXT, "Kamer": WHOLE, "Volgnummer": WHOLE, "Citeertitel": TEXT, "Alias": TEXT,
                  "DatumRegistratie": MOMENT, "DatumOntvangst": MOMENT, "Aanhangselnummer": TEXT,
                  "KenmerkAfzender": TEXT, "Organisatie": TEXT, "ContentType": TEXT, "ContentLength": WHOLE,
                  "GewijzigdOp": MOMENT, "ApiGewijzigdOp": MOMENT, "Verwijderd": BOOLEAN,
                  "HuidigeDocumentVersie_Id": GUID}  # fmt: skip
ACTOR_TYPES = {"Id": GUID, "Zaak_Id": GUID, "ActorNaam": TEXT, "ActorFractie": TEXT, "ActorAfkorting": TEXT,
               "Functie": TEXT, "Relatie": TEXT, "SidActor": TEXT, "Persoon_Id": GUID, "Fractie_Id": GUID,
               "Commissie_Id": GUID, "GewijzigdOp": MOMENT, "ApiGewijzigdOp": MOMENT,
               "Verwijderd": BOOLEAN}  # fmt: skip
NAVIGATION = {"Document": DOCUMENT_TYPES, "ZaakActor": ACTOR_TYPES}
EXPANDABLE = ("Document", "ZaakActor", "VervangenDoor")


def _fold_case(text: str) -> str:
    return text.casefold()  # case-insensitive, accent-sensitive: "kostic" does not find "Kostić"


class Evaluator:
    """Evaluates a parsed filter on one Zaak (with its documents and actors, placeholders included)."""

    def __init__(self, zaak: dict[str, Any], related: Callable[[str], list[dict[str, Any]]]) -> None:
        self.scope: dict[str, tuple[dict[str, Any], dict[str, str]]] = {"$it": (zaak, ZAAK_TYPES)}
        self.related = related

    def truth(self, node: Node) -> bool:
        value = self.value(node)
        if not isinstance(value, bool) and value is not None:
            raise ODataError("The $filter expression must evaluate to a single boolean value.")
        return bool(value)

    def value(self, node: Node) -> Any:
        kind = node[0]
        if kind == "literal":
            return node[1]
        if kind == "or":
            return self.truth(node[1]) or self.truth(node[2])
        if kind == "and":
            return self.truth(node[1]) and self.truth(node[2])
        if kind == "not":
            return not self.truth(node[1])
        if kind == "path":
            return self.path(node[1])[0]
        if kind == "compare":
            return self.compare(node[1], node[2], node[3])
        if kind == "call":
            return self.call(node[1], [self.value(argument) for argument in node[2:]], node[2:])
        if kind == "any":
            return self.any(node[1], node[2], node[3])
        raise ODataError("Unsupported expression.")

    def path(self, text: str) -> tuple[Any, str]:
        parts = text.split("/")
        if parts[0] in self.scope and len(parts) == 2:
            entity, types = self.scope[parts[0]]
            name = parts[1]
        elif len(parts) == 1:
            entity, types = self.scope["$it"]
            name = parts[0]
        else:
            raise ODataError(f"The query specified in the URI is not valid. Could not find a property named "
                             f"'{parts[0]}' on type 'Zaak'.")  # fmt: skip
        if name not in types:
            raise ODataError(f"The query specified in the URI is not valid. Could not find a property named '{name}'.")
        return entity.get(name), types[name]

    def typed(self, node: Node) -> tuple[Any, str | None]:
        if node[0] == "path":
            value, kind = self.path(node[1])
            if kind == MOMENT and isinstance(value, str):
                value = _instant(value)
            if kind == GUID and isinstance(value, str):
                value = uuid.UUID(value)
            return value, kind
        value = self.value(node)
        kinds = {str: TEXT, bool: BOOLEAN, datetime: MOMENT, uuid.UUID: GUID, int: WHOLE, date: "day"}
        return value, kinds.get(type(value))

    def compare(self, operator: str, left_node: Node, right_node: Node) -> bool:
        left, left_kind = self.typed(left_node)
        right, right_kind = self.typed(right_node)
        if None not in (left_kind, right_kind) and left_kind != right_kind and left is not None and right is not None:
            raise ODataError(f"A binary operator with incompatible types was detected. Found operand types "
                             f"'{left_kind}' and '{right_kind}' for operator kind '{operator}'.")  # fmt: skip
        if "day" in (left_kind, right_kind):
            raise ODataError("A binary operator with incompatible types was detected: Edm.Date and "
                             "Edm.DateTimeOffset.")  # fmt: skip
        if isinstance(left, str) and isinstance(right, str):
            left, right = _fold_case(left), _fold_case(right)
        if operator == "eq":
            return bool(left == right)
        if operator == "ne":
            return bool(left != right)
        if left is None or right is None:
            return False
        try:
            return bool({"gt": left > right, "ge": left >= right, "lt": left < right, "le": left <= right}[operator])
        except TypeError:
            raise ODataError(f"Operator '{operator}' cannot compare these operands.") from None

    def call(self, name: str, arguments: list[Any], nodes: tuple[Node, ...]) -> Any:
        for node, argument in zip(nodes, arguments, strict=True):
            kind = self.typed(node)[1] if node[0] == "path" else type(argument)
            if argument is not None and kind not in (TEXT, str):
                raise ODataError(f"No function signature for the function with name '{name}' matches the "
                                 f"specified arguments.")  # fmt: skip
        if name == "tolower":
            return None if arguments[0] is None else arguments[0].lower()
        if name == "toupper":
            return None if arguments[0] is None else arguments[0].upper()
        haystack, needle = arguments
        if haystack is None or needle is None:
            return False
        haystack, needle = _fold_case(haystack), _fold_case(needle)
        return {"contains": needle in haystack, "startswith": haystack.startswith(needle),
                "endswith": haystack.endswith(needle)}[name]  # fmt: skip

    def any(self, navigation: str, variable: str, body: Node) -> bool:
        if navigation not in NAVIGATION:
            raise ODataError(f"Could not find a navigation property named '{navigation}' on type 'Zaak'.")
        for row in self.related(navigation):
            self.scope[variable] = (row, NAVIGATION[navigation])
            try:
                if self.truth(body):
                    return True
            finally:
                self.scope.pop(variable, None)
        if not self.related(navigation):
            self.scope[variable] = ({}, NAVIGATION[navigation])  # the body's property names are still checked
            try:
                self.truth(body)
            finally:
                self.scope.pop(variable, None)
        return False


# ---- the data --------------------------------------------------------------------------------------------------


def seven(moment: datetime) -> str:
    """An ApiGewijzigdOp as the service writes it: UTC, seven fraction digits."""
    moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond:06d}{moment.microsecond % 7}Z"


def local_midnight(day: date) -> str:
    """GestartOp as the service writes it: local midnight with its offset (summer +02:00, winter +01:00)."""
    summer = _summer(day)
    return f"{day.isoformat()}T00:00:00{'+02:00' if summer else '+01:00'}"


def _summer(day: date) -> bool:
    def last_sunday(month: int) -> date:
        end = date(day.year, month, 31)
        return end - timedelta(days=(end.weekday() + 1) % 7)

    return last_sunday(3) <= day < last_sunday(10)


def _guid(seed: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, seed))


@dataclass
class Stored:
    """A file behind Document(Id)/resource: its bytes and content type; `missing` answers 404 until published."""

    data: bytes
    content_type: str
    missing: bool = False


@dataclass
class Gegevensmagazijn:
    """The service's state and its answers: call it with a werkzeug Request."""

    base: str = "http://127.0.0.1/"  # set by whoever serves it: nextLinks are absolute
    clock: datetime = field(default_factory=lambda: datetime(2024, 7, 1, 9, 0, tzinfo=UTC))
    lag: timedelta = timedelta(days=3)  # how long after GewijzigdOp a change shows in the API (seen: 25 → 28 Nov)
    zaken: dict[str, dict[str, Any]] = field(default_factory=dict)  # by Id
    documents: dict[str, dict[str, Any]] = field(default_factory=dict)  # by Id
    actors: dict[str, dict[str, Any]] = field(default_factory=dict)  # by Id
    links: set[tuple[str, str]] = field(default_factory=set)  # (Zaak Id, Document Id): many-to-many
    replaced: dict[str, list[str]] = field(default_factory=dict)  # Zaak Id -> the Ids replacing it
    files: dict[str, Stored] = field(default_factory=dict)  # by Document Id
    xml: dict[str, bytes] = field(default_factory=dict)  # by external identifier
    asked: list[Request] = field(default_factory=list)
    trouble: dict[str, list[Callable[[Request], Response]]] = field(default_factory=dict)  # path -> next answers
    lock: threading.Lock = field(default_factory=threading.Lock)

    # -- changing the state --

    def tick(self, **moved: float) -> datetime:
        """The API's clock moves on (`days=`, `hours=`, `minutes=`); the new moment."""
        self.clock += timedelta(**moved) if moved else timedelta(minutes=1)
        return self.clock

    def _times(self) -> dict[str, str]:
        self.tick(seconds=1)
        return {"GewijzigdOp": (self.clock - self.lag).astimezone(AMSTERDAM_SUMMER).isoformat(timespec="microseconds"),
                "ApiGewijzigdOp": seven(self.clock)}  # fmt: skip

    def zaak(self, number: str, *, titel: str, onderwerp: str, started: date, askers: list[tuple[str, str]],
             addressed: list[tuple[str, str]], termijn: date | None = None) -> str:  # fmt: skip
        """A set (askers: (ActorNaam, ActorFractie); addressed: (person, office)); its Id."""
        ident = _guid(f"zaak:{number}")
        year = started.year if started.month >= 9 else started.year - 1
        self.zaken[ident] = {
            "Id": ident, "Nummer": number, "Soort": "Schriftelijke vragen", "Titel": titel, "Citeertitel": None,
            "Alias": None, "Status": "Vrijgegeven", "Onderwerp": onderwerp, "GestartOp": local_midnight(started),
            "Organisatie": "Tweede Kamer", "Grondslagvoorhang": None,
            "Termijn": local_midnight(termijn) if termijn else None, "Vergaderjaar": f"{year}-{year + 1}",
            "Volgnummer": int(number[-5:]), "HuidigeBehandelstatus": None, "Afgedaan": False, "GrootProject": False,
            "Kabinetsappreciatie": None, "Verwijderd": False, **self._times(),
        }  # fmt: skip
        for place, (name, party) in enumerate(askers):
            self._actor(ident, name, party, "Tweede Kamerlid", "Indiener" if place == 0 else "Medeindiener")
        for person, office in addressed:
            self._actor(ident, person, None, office, "Gericht aan")
        return ident

    def _actor(self, zaak: str, name: str, party: str | None, function: str, relation: str) -> None:
        ident = _guid(f"actor:{zaak}:{name}:{relation}")
        self.actors[ident] = {
            "Id": ident, "Zaak_Id": zaak, "ActorNaam": name, "ActorFractie": party, "ActorAfkorting": None,
            "Functie": function, "Relatie": relation, "SidActor": None,
            "Persoon_Id": _guid(f"persoon:{name}"), "Fractie_Id": _guid(f"fractie:{party}") if party else None,
            "Commissie_Id": None, "Verwijderd": False, **self._times(),
        }  # fmt: skip

    def attach(self, numbers: str | list[str], soort: str, document: str, data: bytes | None, content_type: str,
               *, aanhangsel: str | None = None, day: date | None = None, published: bool = True) -> str:  # fmt: skip
        """A Document linked to one set or more, without touching the sets' records (as an answer arrives); its
        file at Document(Id)/resource (404 while not `published`); its Id."""
        ident = _guid(f"document:{document}")
        zaken = [self.by_number(n) for n in ([numbers] if isinstance(numbers, str) else numbers)]
        year = zaken[0]["Vergaderjaar"]
        self.documents[ident] = {
            "Id": ident, "Soort": soort, "DocumentNummer": document, "Titel": soort, "Onderwerp": soort,
            "Datum": local_midnight(day or self.clock.date()), "Vergaderjaar": year, "Kamer": 2, "Volgnummer": -1,
            "Citeertitel": None, "Alias": None, "DatumRegistratie": None, "DatumOntvangst": None,
            "Aanhangselnummer": aanhangsel, "KenmerkAfzender": None, "Organisatie": "Tweede Kamer",
            "ContentType": content_type, "ContentLength": len(data or b""), "Verwijderd": False,
            "HuidigeDocumentVersie_Id": _guid(f"versie:{document}"), **self._times(),
        }  # fmt: skip
        for zaak in zaken:
            self.links.add((zaak["Id"], ident))
        self.files[ident] = Stored(data or b"", content_type, missing=not published)
        return ident

    def publish(self, document: str) -> None:
        """The file of a document is there now (the Document record does not change)."""
        self.files[_guid(f"document:{document}")].missing = False

    def withdraw_document(self, document: str) -> None:
        """A document is deleted: a placeholder stays, linked."""
        ident = _guid(f"document:{document}")
        self.documents[ident] = _placeholder(ident, self._times())

    def delete(self, number: str) -> None:
        """A set is deleted: a placeholder (its Id and the times) stays; its number is gone."""
        zaak = self.by_number(number)
        self.zaken[zaak["Id"]] = _placeholder(zaak["Id"], self._times())

    def replace(self, number: str, by: str) -> None:
        """A set is replaced by another (VervangenDoor); the old one changes."""
        old, new = self.by_number(number), self.by_number(by)
        self.replaced.setdefault(old["Id"], []).append(new["Id"])
        old.update(self._times())

    def change_actor(self, number: str, relation: str, function: str) -> None:
        """Another office is asked (a ZaakActor row changes; the Zaak does not)."""
        zaak = self.by_number(number)
        for actor in self.actors.values():
            if actor["Zaak_Id"] == zaak["Id"] and actor["Relatie"] == relation:
                actor.update({"Functie": function, **self._times()})

    def by_number(self, number: str) -> dict[str, Any]:
        return next(z for z in self.zaken.values() if z.get("Nummer") == number)

    # -- answering --

    def __call__(self, request: Request) -> Response:
        with self.lock:
            self.asked.append(request)
            waiting = self.trouble.get(request.path)
            trouble = waiting.pop(0) if waiting else None
        if trouble is not None:
            return trouble(request)
        try:
            return self._answer(request)
        except ODataError as error:
            return _json({"error": {"code": "", "message": str(error)}}, status=400)

    def _answer(self, request: Request) -> Response:
        path = request.path
        if path == f"{ODATA}Zaak":
            return self._zaken(request)
        if (match := re.fullmatch(rf"{ODATA}Zaak\(([0-9a-fA-F-]{{36}})\)", path)) is not None:
            zaak = self.zaken.get(match[1])
            if zaak is None:
                return _json({"error": {"code": "", "message": "Resource not found."}}, status=404)
            return _json(self._shaped(zaak, self._expansions(request)))
        if (match := re.fullmatch(rf"{ODATA}Document\(([0-9a-fA-F-]{{36}})\)/resource", path)) is not None:
            stored = self.files.get(match[1])
            document = self.documents.get(match[1])
            if stored is None or stored.missing or document is None or document.get("Verwijderd"):
                return Response("", status=404)
            return Response(stored.data, content_type=stored.content_type)
        if (match := re.fullmatch(r"/officielepublicaties/([\w-]+)/([\w-]+)\.xml", path)) is not None:
            if match[1] != match[2] or match[1] not in self.xml:
                return Response("<html><body>Niet gevonden</body></html>", status=404, content_type="text/html")
            return Response(self.xml[match[1]], content_type="application/xml")
        return _json({"error": {"code": "", "message": f"No HTTP resource was found that matches {path}."}}, 404)

    def _expansions(self, request: Request) -> list[str]:
        asked = [part.strip() for part in request.args.get("$expand", "").split(",") if part.strip()]
        for name in asked:
            if name not in EXPANDABLE:
                raise ODataError(f"Could not find a property named '{name}' on type 'Zaak'.")
        return asked

    def _related(self, zaak: dict[str, Any], navigation: str) -> list[dict[str, Any]]:
        if navigation == "Document":
            return [self.documents[d] for z, d in sorted(self.links) if z == zaak["Id"] and d in self.documents]
        if navigation == "ZaakActor":
            return [a for a in self.actors.values() if a["Zaak_Id"] == zaak["Id"]]
        return [self.zaken[i] for i in self.replaced.get(zaak["Id"], []) if i in self.zaken]

    def _zaken(self, request: Request) -> Response:
        known = {"$filter", "$expand", "$skip", "$top", "$orderby", "$select", "$count", "$format", "$skiptoken"}
        for name in request.args:
            if name.startswith("$") and name not in known:
                raise ODataError(f"The query parameter '{name}' is not supported.")
        expansions = self._expansions(request)
        condition = request.args.get("$filter")
        tree = Parser(condition).parse() if condition else None
        rows = []
        for zaak in self.zaken.values():
            evaluator = Evaluator(zaak, lambda navigation, z=zaak: self._related(z, navigation))
            if tree is None or evaluator.truth(tree):
                rows.append(zaak)
        if order := request.args.get("$orderby"):
            name, _, direction = order.strip().partition(" ")
            if name not in ZAAK_TYPES or direction not in ("", "asc", "desc"):
                raise ODataError(f"The $orderby '{order}' is not valid.")
            rows.sort(key=lambda z: (z.get(name) is not None, str(z.get(name) or "")), reverse=direction == "desc")
        skip = _whole(request.args.get("$skip", "0"), "$skip")
        top = request.args.get("$top")
        if top is not None:
            chosen = rows[skip : skip + _whole(top, "$top")]
            return _json({"@odata.context": f"{self.base}OData/v4/2.0/$metadata#Zaak",
                          "value": [self._shaped(z, expansions) for z in chosen]})  # fmt: skip
        chosen = rows[skip : skip + PAGE]
        answer: dict[str, Any] = {"@odata.context": f"{self.base}OData/v4/2.0/$metadata#Zaak",
                                  "value": [self._shaped(z, expansions) for z in chosen]}  # fmt: skip
        if skip + PAGE < len(rows):
            following = {k: v for k, v in request.args.items() if k != "$skip"} | {"$skip": str(skip + PAGE)}
            answer["@odata.nextLink"] = f"{self.base.rstrip('/')}{ODATA}Zaak?{urlencode(following)}"
        return _json(answer)

    def _shaped(self, zaak: dict[str, Any], expansions: list[str]) -> dict[str, Any]:
        shaped = dict(zaak)
        for name in expansions:
            shaped[name] = [dict(row) for row in self._related(zaak, name)]  # placeholders too
        return shaped


def _placeholder(ident: str, times: dict[str, str]) -> dict[str, Any]:
    return {"Id": ident, "Verwijderd": True, **times}


def _whole(text: str, name: str) -> int:
    if not text.isdigit():
        raise ODataError(f"Invalid value '{text}' for {name} query option.")
    return int(text)


def _json(document: object, status: int = 200) -> Response:
    return Response(json.dumps(document), status=status, content_type="application/json; odata.metadata=minimal")


def serve_forever(service: Gegevensmagazijn, port: int = 0) -> None:  # pragma: no cover - the scripted scenario's
    """Serve the stand-in on 127.0.0.1 (for a scenario run by hand)."""
    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", port, lambda environ, start: service(Request(environ))(environ, start),
                         threaded=True)  # fmt: skip
    service.base = f"http://127.0.0.1:{server.server_port}/"
    print(service.base, flush=True)
    server.serve_forever()
