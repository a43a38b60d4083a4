"""The sentences and labels that say who asked whom about what, and when.

"Vragen van het lid Ploumen (PvdA) aan de Minister van … over … (ingezonden 20 juni 2019)",
"Antwoord van Minister Bruins Slot (Buitenlandse Zaken), mede namens … (ontvangen 13 november 2023)",
letterhead labels ("Datum", "Betreft", "Onze referentie", "Uw kenmerk", …) and signatures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from kqreader.model import Person
from kqreader.parsing.furniture import FURNITURE
from kqreader.text.dates import find_date
from kqreader.text.doubts import OCR_NAME, OCR_NAME_DAMAGED, doubt
from kqreader.text.names import DEGREES, PARTICLES

# Starts with a literal, so the regex engine skips ahead fast; a PDF extraction may split it ("2023Z 01234").
_ZAAK_TAIL = re.compile(r"Z[ \t]?(\d{5})(?!\w)")
# The askers' word as printed, slips of the original's own included: "het lid", "de leden", "het leden", "de lid",
# "lid", "de Kamerleden", glued at a line end ("hetlid", "ledenTielen").
MEMBERS = r"(?:(?:het|de)\s*)?(?:[Kk]amer)?(?:lid|leden)(?![a-zà-ÿ])"
# The words that end the askers (or the addressees) and start the subject, in every era's heading sentence ("Vragen
# van het lid X (VVD) over …", "… inzake …", "… met betrekking tot …"): the one table of them
SUBJECT_WORDS = ("over", "inzake", "betreffende", "naar aanleiding van", "met betrekking tot", "omtrent", "aangaande",
                 "in verband met", "ten aanzien van", "ter zake van")  # fmt: skip
_SUBJECT_WORD = "|".join(word.replace(" ", r"\s+") for word in SUBJECT_WORDS)
# The heading sentence of a question set opens so ("Vraag van de leden", sic); the one rule for spotting it and for
# reading it.
ASKED_OPENING = rf"[Vv]ra(?:gen|ag)\s*van\s*{MEMBERS}"
_ASKED = re.compile(
    ASKED_OPENING + r"\s*(?P<askers>.{1,600}?)(?:\s+aan\s+(?P<to>.{1,400}?))?\s+"
    rf"(?P<word>{_SUBJECT_WORD})(?:\s+|(?=(?:het|de|een)\s))"  # "overhet": an extraction glued the words
    r"(?P<title>.{1,1500}?)\s*(?:\((?:ingezonden|ontvangen)\s*(?P<date>[^(),]{1,60})[^()]{0,200}\)"
    r"|,\s*ingezonden\s+(?:op\s+)?(?P<after>\d{1,2}\s+\w+\s+\d{4})\.?$|\.?$)"  # "…, ingezonden 6 november 2024"
)
# The rest of a covering sentence ("De vragen van … over X worden beantwoord zoals aangegeven in de bijlage"):
# not part of the subject.
_COVERING_TAIL = re.compile(
    r",?\s+(?:(?:worden|zijn|wordt)\s+(?:hierbij\s+|bij deze\s+)?(?:beantwoord|afgedaan)\b|(?:kunnen|kan)\s+niet\b"
    r"|\(\d{4}Z\d{5}\)\s+(?:kunnen|kan|worden|zijn)\b).*$"
)  # "… (2024Z17067) kunnen niet binnen de gebruikelijke termijn worden beantwoord": a delay notice's sentence
_ANSWERED = re.compile(
    r"(?:Antwoord|Mededeling)\s+van\s+(?P<who>.{1,300}?)(?:,?\s+mede\s+namens\s+(?P<also>.{1,600}?))?\s*"
    r"\(ontvangen\s*(?P<date>[^()]{1,60})\)"
)
_NEXT_MINISTER = re.compile(r"\s*(?:,|\ben\b|\bvan\b)(?:\s+van\b)?\s+(?=(?:[Mm]inister|[Ss]taatssecretaris)\s+[A-Z])")
_ANNEX = re.compile(
    r"Antwoorden?\s+van\s+(?P<to>.{1,300}?)(?:,?\s+mede\s+namens\s+(?P<also>.{1,300}?),?)?\s+op\s+(?:de\s+)?"
    rf"(?:[Kk]amer)?vragen\s+(?:van\s+)?{MEMBERS}\s*(?P<askers>.{{1,600}}?)\s+(?:{_SUBJECT_WORD})\s+"
    r"(?P<title>.{1,1500}?)\.?$"
)
# "In antwoord op uw brief van 8 maart 2024, nr. 5293107": the Kamer's number, when no zaaknummer is printed.
_THEIR_NUMBER = re.compile(r"uw\s+brief\s+van\s+[^,\n]{1,40},\s+(?:nr\.|nummer|kenmerk)\s*(\d[\w-]{2,20})")
_AH_NUMBER = re.compile(r"(?:^|\n)AH\s+(\d{1,5})\b")
_PARTY = re.compile(r"\s*\((?P<party>[^()]{1,40})\)")
# "(beiden VVD)", "(allen: SP)", "(beidenVVD)": the party the names before it share
_SHARED = re.compile(r"^(?:[Bb]eiden?|[Aa]llen|[Aa]llemaal)(?:[\s:]+|(?=[A-Z]))")
_NAME_SPLIT = re.compile(r"\s*,\s*(?:en\s+)?|\s+en\s+")
_ADDRESSEE_SPLIT = re.compile(r",\s*(?:en\s+)?(?=de\s)|\s+en\s+(?:aan\s+)?(?=de\s)")
_SIGNATURE_ROLE = re.compile(
    r"^(?:De\s+|de\s+)?(?P<role>(?:[Mm]inister|[Ss]taatssecretaris|[Mm]inister-president)\b.{0,120}?)(?P<comma>,?)$"
)
_SIGNED_NAME = re.compile(r"^(?:[A-Z]\.\s*)+\S")  # "D. Yeşilgöz-Zegerius", "D.M. van Weel", "P. Adema"
_LABELS = {
    "date": re.compile(r"^Datum\b[:\s]*(?P<value>.*)$", re.IGNORECASE),
    "subject": re.compile(r"^(?:Betreft|Onderwerp)\b[:\s]*(?P<value>.*)$", re.IGNORECASE),
    "ours": re.compile(r"^(?:Onze\s+referentie|Ons\s+kenmerk|Kenmerk)\b[:\s]*(?P<value>.*)$", re.IGNORECASE),
    "yours": re.compile(r"^(?:Uw\s+referentie|Uw\s+kenmerk|Uw\s+brief)\b[:\s]*(?P<value>.*)$", re.IGNORECASE),
}
# A delay notice's sentence: the answers "kunnen niet binnen de (gebruikelijke) termijn worden gegeven".
DELAY = re.compile(
    r"niet\s+binnen\s+de\s+(?:(?:gebruike-?\s*lijke|gestelde|daarvoor\s+gestelde)\s+)?termijn"
    r"|niet\s+tijdig\s+(?:kan|kunnen|worden|zal|zullen)\b"
    r"|niet\s+mogelijk\b[^;]{0,200}?binnen\s+de\s+gebruikelijke\s+termijn"
    r"|\bzullen\s+door\s+mij\s+worden\s+beantwoord\s+zo\s+spoedig\s+mogelijk\s+nadat"
    r"|\b(?:overgedragen|doorgezonden|doorgeleid)\s+aan\s+(?:mijn\s+)?(?:ambtgeno(?:o|te)t|collega|de\s+minister)",
    re.IGNORECASE,
)  # "… tot zijn spijt niet tijdig kan geschieden" (1977); "niet binnen de gestelde termijn" (1991); questions
# passed to another minister, whose answer is awaited (1990): a delay, the set still waits
# A letter that is itself the later, completing answer ("nader antwoord"), as its subject or covering sentence says
# (not one that promises a nader antwoord later).
FURTHER = re.compile(
    r"\bbetreft\s+(?:het\s+)?(?:nader(?:e)?\s+antwoord|aanvullende\s+(?:beantwoording|antwoorden))"
    r"|\bhierbij\b[^.]{0,60}?\b(?:de|het)\s+(?:nader(?:e)?\s+antwoord|aanvullende\s+(?:beantwoording|antwoorden))"
    r"|^\s*(?:nader(?:e)?|aanvullend(?:e)?)\s+antwoord(?:en)?\s+van\b",
    re.IGNORECASE | re.MULTILINE,
)
# "De vragen … zijn (door de vragensteller) ingetrokken.", "… van de lijst afgevoerd" (1970s-1990s)
WITHDRAWN = re.compile(r"\bingetrokken\b|\bvan\s+de\s+lijst\s+afgevoerd\b", re.IGNORECASE)
_FURNITURE = re.compile(r"(?:{})$".format("|".join(FURNITURE)), re.IGNORECASE)
MAX_SENTENCE = 3000  # heading sentences are short; a longer paragraph is not one (keeps matching linear)


@dataclass
class Asked:
    """What a "Vragen van …" sentence says."""

    askers: list[Person]
    addressees: list[str]
    title: str
    submitted: date | None
    partly: bool = False  # read from an irregular sentence as far as it goes (see find_asked_loosely)


@dataclass
class AnsweredBy:
    """What an "Antwoord van … (ontvangen …)" sentence says."""

    who: list[str]
    received: date | None


@dataclass
class Letterhead:
    """Labelled fields of a ministry letter; values as printed."""

    fields: dict[str, str] = field(default_factory=dict)


def find_zaaknummer(text: str) -> str | None:
    """The first zaaknummer ("2019Z12806": year, Z, five digits) in text."""
    for match in _ZAAK_TAIL.finditer(text):
        start = match.start()
        year = text[max(0, start - 4) : start]
        plausible = year[:2] in ("19", "20") and (start < 5 or not text[start - 5].isalnum())
        if len(year) == 4 and year.isascii() and year.isdigit() and plausible:
            return f"{year}Z{match.group(1)}"
    return None


def find_dated(text: str, word: str) -> date | None:
    """The date in "(ingezonden 20 november 2024)" or "(ontvangen …)" (`word`), wherever it is printed."""
    match = re.search(rf"\({word}\s*([^()]{{1,60}})\)", text)  # "(ontvangen11 april 2024)": an extraction glued it
    return find_date(match[1]) if match else None


def find_ah_number(text: str) -> str | None:
    """The Aanhangsel number a ministry's Word text prints above the zaaknummer ("AH 599")."""
    match = _AH_NUMBER.search(text)
    return match[1] if match else None


def find_their_number(text: str) -> str | None:
    """The Kamer's number of the set as a letter quotes it ("uw brief van 8 maart 2024, nr. 5293107")."""
    match = _THEIR_NUMBER.search(text)
    return match[1] if match else None


def parse_people(text: str) -> list[Person]:
    """ "Boswijk (CDA)", "X (CDA) en Y (SGP)", "X, Y (GL) en Z (CDA)", "X en Y (beiden VVD)"; names without party too.

    The names before a party in brackets share it: "Mutluer, Lahlah (GroenLinks-PvdA)" are two members of one party.
    Words after the names that are none (the subject, see `split_askers`) are no asker.
    """
    text = split_askers(text)[0]
    people: list[Person] = []
    position = 0
    for match in _PARTY.finditer(text):
        party = _regular_dots(_SHARED.sub("", match["party"]).strip())
        people += [Person(name, party) for name in _names(text[position : match.start()])]
        position = match.end()
    people += [Person(name) for name in _names(text[position:])]
    return people


# What may stand in the askers: a name's words (capitalised, initials "P.A.M.", "Faber-van"), the particles inside a
# name before its capital ("Van der Hek", "Kappeyne van de Coppello", "in 't Veld"), a title before it ("mr."), "en"
_PARTICLES = PARTICLES | {f"{degree}." for degree in DEGREES}
# Words in a bracket that OCR or the printer left open ("Lauxtermann (V.V.D. over …"): the party's own words
_PARTY_WORDS = frozenset(("beiden", "beide", "allen", "allemaal", "en", "van", "voor", "de", "der"))
_ASKER_WORD = re.compile(r"\(|\)|,|[^\s(),]+")
# "(beiden (C.D.A.)": a bracket opened twice (sic); ", mede namens het lid Y": one more asker
_OPENED_TWICE = re.compile(r"\(\s*((?:[Bb]eiden?|[Aa]llen)\b[\s:]*)\(")
_ON_BEHALF = re.compile(r",?\s+mede\s+namens\s+(?:(?:het|de)\s+)?(?:(?:[Kk]amer)?(?:lid|leden)\s+)?")


def split_askers(text: str) -> tuple[str, str]:
    """(the askers, the rest): the askers end at the first word outside a party's brackets that is no part of a name
    ("X (P.v.d.A.) met betrekking tot het …", "X (D'66) om afwijzend te beslissen over …"); a party's bracket left
    open closes before the first word that is no party's ("Y (V.V.D. over gemeenten" -> "Y (V.V.D.)")."""
    text = _ON_BEHALF.sub(", ", _OPENED_TWICE.sub(r"(\1", text))
    words = list(_ASKER_WORD.finditer(text))
    inside = False  # within a party's brackets
    for i, word in enumerate(words):
        token = word[0]
        if token in ("(", ")"):
            inside = token == "("
            if inside and not any(w[0] == ")" for w in _until_next_open(words, i + 1)):  # left open
                end = _party_end(words, i + 1)
                closed = text[:end].rstrip() + ")" if end > word.end() else text[: word.start()].rstrip()
                return closed, text[end:].strip()
            continue
        if inside or token in (",", "en", "lid", "leden") or _name_word(token) or _ocr_capital(words, i):
            continue
        if len(token) == 1 and i + 1 < len(words) and words[i + 1][0] in (",", "en"):
            continue  # a letter OCR left between two names ("(V.V.D.) n en De Jong")
        if token.lower() in _PARTICLES and _capital_follows(words, i + 1):
            continue
        return text[: word.start()].rstrip(" ,"), text[word.start() :].strip()
    return text, ""


def _until_next_open(words: list[re.Match[str]], start: int) -> list[re.Match[str]]:
    following = words[start:]
    return following[: next((j for j, w in enumerate(following) if w[0] == "("), len(following))]


def _party_end(words: list[re.Match[str]], start: int) -> int:
    """Where a party left open ends: before its first word that is no party's, or where the next bracket opens."""
    following = _until_next_open(words, start)
    for word in following:
        token = word[0]
        if not (_name_word(token) or token in (",", "/") or token.lower() in _PARTY_WORDS):
            return word.start()
    return following[-1].end() if following else words[start - 1].end()


def _name_word(token: str) -> bool:
    return token[0].isupper() or token[0].isdigit() or token[0] in "'’"  # "D'66", "'s-Gravesande"


def _ocr_capital(words: list[re.Match[str]], at: int) -> bool:
    """ "Van lersel (C.D.A.)": a name's last word whose capital I the scan printed as an l (see `mended_askers`)."""
    after = words[at + 1][0] if at + 1 < len(words) else ","
    return bool(_L_FOR_I.match(words[at][0])) and at > 0 and after in ("(", ",", "en")


def _capital_follows(words: list[re.Match[str]], start: int) -> bool:
    """Whether particles lead to a capitalised word: "van de Coppello", not "van de Belg"."""
    for word in words[start:]:
        if _name_word(word[0]):
            return True
        if word[0].lower() not in _PARTICLES:
            return False
    return False


# A surname word OCR began with an l for the capital I ("lersel", "lJsselmuiden"); two capitals before its
# lower case ("IMuis"; not "IJ"), a name the scan damaged
_L_FOR_I = re.compile(r"^l(?=[a-zà-ÿJ][a-zà-ÿ]+$)")
_DAMAGED_NAME = re.compile(r"^(?:[A-HK-Z][A-Z]|I[A-IK-Z])[a-zà-ÿ]{2,}$")


def mended_askers(askers: list[Person]) -> tuple[list[Person], list[str]]:
    """The askers with OCR's l for a surname's capital I read as an I ("Van lersel" -> "Van Iersel"), and a doubt
    for each mended name and each the scan damaged beyond that ("IMuis": kept as printed)."""
    mended: list[Person] = []
    doubts: list[str] = []
    for person in askers:
        words = person.name.split(" ")
        read = " ".join(w if w.lower() in _PARTICLES else _L_FOR_I.sub("I", w) for w in words)
        if read != person.name:
            doubts.append(doubt(OCR_NAME, printed=person.name, head=read))
        elif any(_DAMAGED_NAME.match(w) for w in words):
            doubts.append(doubt(OCR_NAME_DAMAGED, printed=person.name))
        mended.append(Person(read, person.party))
    return mended, doubts


def _regular_dots(party: str) -> str:
    """A party's dots as its print has them: a stray dot after a short form without dots dropped ("CDA." -> "CDA",
    "PPR." -> "PPR"), the last dot of a dotted one OCR lost put back ("P.P.R" -> "P.P.R.")."""
    if re.fullmatch(r"[A-Z][A-Za-z0-9']*[A-Za-z0-9]\.", party) and "." not in party[:-1]:
        return party[:-1]
    if re.fullmatch(r"(?:[A-Za-z]\.){2,}[A-Za-z]", party):
        return party + "."
    return party


def _names(text: str) -> list[str]:
    names = _NAME_SPLIT.split(re.sub(r"^(?:,|en\b)\s*", "", text.strip()))
    names = [re.sub(r"^(?:het\s+)?(?:lid|leden)\s+", "", name.strip()) for name in names]  # "de leden lid X", sic
    names = [_GLUED_NAME.sub(" ", name) for name in names]  # "DaniëlleJansen": first name glued to the surname
    return [name.strip() for name in names if any(c.isalpha() for c in name)]  # "(P.P.R). over": no name "."


def parse_addressees(text: str) -> list[str]:
    """ "de Minister van X en de Staatssecretaris van Y" -> both, without "de"."""
    parts = _ADDRESSEE_SPLIT.split(text.strip())
    return [re.sub(r"^de\s+", "", part.strip()).strip() for part in parts if part.strip()]


# Words an extraction glued at a line end of the heading sentence: "aan deMinister", "deminister", "en vanFinanciën",
# "Sportover het …" (the only "over" of the sentence glued to the ministry before it).
_GLUED_ARTICLE = re.compile(r"\b(de|het|een|van|aan|en|voor)(?=[A-Z][a-zà-ÿ]|(?:minister|staatssecretaris)s?(?![a-z]))")
_GLUED_NAME = re.compile(r"(?<=[a-zà-ÿ]{3})(?=[A-Z][a-zà-ÿ])")
_GLUED_OVER = re.compile(r"\b([A-Z][a-zà-ÿ]{2,}?)over(?=\s)")
# A notice's own telling of the set: "Op 6 november jl. hebben de leden X en Y (beiden P) schriftelijke vragen
# gesteld aan de minister van … over …."
_ASKED_TOLD = re.compile(
    r"\b(?:heeft|hebben)\s+" + MEMBERS + r"\s*(?P<askers>.{1,600}?)\s+(?:schriftelijke\s+)?vragen\s+gesteld"
    rf"(?:\s+aan\s+(?P<to>.{{1,400}}?))?\s+(?:{_SUBJECT_WORD})\s+(?P<title>.{{1,1000}}?)\.(?:\s|$)"
)


def unglued(sentence: str) -> str:
    """A heading sentence with the words an extraction glued at its line ends apart again."""
    sentence = _GLUED_ARTICLE.sub(r"\1 ", sentence)
    if not re.search(r"\sover\s", sentence):
        sentence = _GLUED_OVER.sub(r"\1 over", sentence, count=1)
    return sentence


def find_asked(paragraph: str) -> Asked | None:
    """Read a heading sentence of a question set, if this paragraph holds one."""
    if len(paragraph) > MAX_SENTENCE or ("ragen" not in paragraph and "raag" not in paragraph):  # "Vragenvan", sic
        return None
    match = _ASKED.search(unglued(paragraph))
    if not match:
        return _told(paragraph) if "vragen gesteld" in paragraph else None
    title = _COVERING_TAIL.sub("", re.sub(r"\s+", " ", match["title"])).strip().rstrip(".:").strip()
    printed = match["date"] or match["after"]
    submitted = find_date(printed) if printed else None
    addressees = parse_addressees(match["to"]) if match["to"] else []
    askers, rest = split_askers(match["askers"])
    if rest and not match["to"]:  # "X (D'66) om afwijzend te beslissen over een verzoek …": the subject
        title = f"{_subject_start(rest)} {match['word']} {title}".strip()
    return Asked(parse_people(askers), addressees, title, submitted)


def _subject_start(rest: str) -> str:
    """What stood between the askers and the subject's word, without a word of the table at its start."""
    return re.sub(rf"^(?:{_SUBJECT_WORD})\s+", "", re.sub(r"\s+", " ", rest)).strip()


# An irregular heading sentence, read part by part: "Vragen van …" at the paragraph's start, the askers up to "aan"
# (or the subject), the addressees up to the subject's word, the subject up to the date.
_LOOSE_OPENING = re.compile(rf"(?:^\s*[Vv]|(?<=[\s)])V)ra(?:gen|ag)\s*van\s*(?:{MEMBERS})?\s*")
LOOSE_REACH = 200  # characters before it: a zaaknummer and "(ingezonden …)" the extraction joined to it
_LOOSE_SUBJECT = re.compile(rf"\s(?:{_SUBJECT_WORD})\s")
_LOOSE_TO = re.compile(r"\saan\s+(?=(?:de|het)\s)")
_LOOSE_DATE = re.compile(r"\(\s*(?:ingezonden|ontvangen)\b[^()]*\)|,\s*ingezonden\b.*$", re.IGNORECASE)


def find_asked_loosely(paragraph: str) -> Asked | None:
    """A heading sentence that `find_asked` cannot read ("Vragen van X aan de minister inzake …", no "over"): what
    can be read of it, marked `partly`; None when the paragraph does not open so."""
    opening = _LOOSE_OPENING.search(paragraph, 0, LOOSE_REACH) if len(paragraph) <= MAX_SENTENCE else None
    if opening is None:
        return None
    rest = unglued(paragraph[opening.end() :])
    dated = _LOOSE_DATE.search(rest)
    before = _LOOSE_DATE.search(paragraph, 0, opening.start())
    submitted = find_date(dated[0]) if dated else find_date(before[0]) if before else None
    rest = rest[: dated.start()] if dated else rest
    askers, _, title = _split_at(rest, _LOOSE_SUBJECT)
    askers, _, to = _split_at(askers, _LOOSE_TO)
    title = re.sub(r"\s+", " ", title).strip().rstrip(".:").strip()
    to = to.strip().rstrip(".:,")
    return Asked(parse_people(askers), parse_addressees(to) if to else [], title, submitted, partly=True)


def _split_at(text: str, pattern: re.Pattern[str]) -> tuple[str, str, str]:
    match = pattern.search(text)
    return (text[: match.start()], match[0], text[match.end() :]) if match else (text, "", "")


def _told(paragraph: str) -> Asked | None:
    """The set as a notice tells it ("… hebben de leden X en Y (beiden P) schriftelijke vragen gesteld …")."""
    match = _ASKED_TOLD.search(unglued(paragraph))
    if not match:
        return None
    addressees = parse_addressees(match["to"]) if match["to"] else []
    return Asked(parse_people(match["askers"]), addressees, match["title"].strip(), None)


def find_annex(paragraph: str) -> Asked | None:
    """Read the annex title of an answer letter ("Antwoorden van de Minister … op vragen van …")."""
    if len(paragraph) > MAX_SENTENCE or "ragen" not in paragraph:  # "op vragen van", "op Kamervragen lid"
        return None
    match = _ANNEX.search(paragraph.strip())
    if not match:
        return None
    title = match["title"].strip().rstrip(".")
    addressees = parse_addressees(match["to"]) + (parse_addressees(match["also"]) if match["also"] else [])
    askers, _, asked = match["askers"].partition(" aan de ")
    return Asked(parse_people(askers), addressees or parse_addressees(asked), title, None)


def find_answered(paragraph: str) -> AnsweredBy | None:
    """Read "Antwoord van Minister X (Y)[, mede namens …] (ontvangen <date>)"."""
    if len(paragraph) > MAX_SENTENCE or ("Antwoord" not in paragraph and "Mededeling" not in paragraph):
        return None
    match = _ANSWERED.search(paragraph)
    if not match:
        return None
    named = re.sub(r"\s+", " ", match["who"]).removesuffix("(ontvangen").strip()  # "(ontvangen (ontvangen …)", sic
    # "Minister A (BZ) van Minister B (BHO)", "minister A (Justitie) en van minister B (BiZa)."
    who = [_closed(part.strip().rstrip(".,").strip()) for part in _NEXT_MINISTER.split(named)]
    if match["also"]:
        who += [also.rstrip(".,") for also in parse_addressees(re.sub(r"\s+", " ", match["also"]))]
    return AnsweredBy(who, find_date(match["date"]))


def _closed(text: str) -> str:
    """ "staatssecretaris Karremans (Volksgezondheid, Welzijn en Sport": the bracket the printer left open closed."""
    return text + ")" * (text.count("(") - text.count(")")) if text.count("(") > text.count(")") else text


def is_label(line: str) -> bool:
    """Whether a line opens with a letterhead label ("Datum", "Betreft", "Ons kenmerk", …)."""
    return any(pattern.match(line) for pattern in _LABELS.values())


def read_letterhead(lines: list[str]) -> Letterhead:
    """Labelled fields, with the value on the label's line or on the next non-empty line."""
    head = Letterhead()
    waiting: str | None = None
    for line in lines:
        text = line.strip()
        if not text:
            continue
        if waiting is not None:
            if not _FURNITURE.match(text) and not is_label(text):  # "Ons kenmerk" left empty: no value then
                head.fields.setdefault(waiting, _value(waiting, text))
                waiting = None
                continue
            waiting = None
        for name, pattern in _LABELS.items():
            match = pattern.match(text)
            if match:
                if match["value"].strip():
                    head.fields.setdefault(name, _value(name, match["value"].strip()))
                else:
                    waiting = name
                break
    return head


def _value(name: str, text: str) -> str:
    """A reference is one token ("5164758", "BZDOC-371186082-60"); what follows it is other letterhead text."""
    return text.split()[0] if name in ("ours", "yours") else text


def find_signatures(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """(roles, names) from "De Minister van X," followed by a name."""
    roles: list[str] = []
    names: list[str] = []
    for index, text in enumerate(paragraphs):
        match = _SIGNATURE_ROLE.match(text.strip())
        if match and index + 1 < len(paragraphs):
            name = paragraphs[index + 1].strip()
            named = match["comma"] or _SIGNED_NAME.match(name)  # without the comma, the name must look like one
            if named and 0 < len(name) <= 60 and not name.endswith((".", ",", ":")):
                roles.append(match["role"].strip())
                names.append(name)
    return roles, names


LONG_HEAD, LONG_TAIL = 1_100, 300  # characters of an overlong heading sentence read: askers and addressees, date


def find_long_asked(paragraph: str) -> Asked | None:
    """A heading sentence longer than MAX_SENTENCE (a subject of 100,000 characters), read from its start and its
    end: askers, addressees and date as printed, the subject cut in the middle ("… …"); None when it is none."""
    if len(paragraph) <= MAX_SENTENCE or not re.search(ASKED_OPENING, paragraph[:200]):
        return None
    asked = find_asked(f"{paragraph[:LONG_HEAD]} … {paragraph[-LONG_TAIL:]}")
    if asked is not None:
        asked.title = asked.title.strip("*_ ")  # emphasis around a subject too long for its markers to be undone
    return asked
