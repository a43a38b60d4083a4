"""What kind of answer the government gave: substantive, a reference elsewhere, "not known", a refusal, a promise to
come back to it — decided by rules over the answer's text (no model, no network), with the sentence that decided.

A kind is read off the answer's core: its first sentence, and the whole answer only when it is short. "Ja, zie ook
het antwoord op vraag 9." answers (Ja) and refers; it is substantive. The rules are conservative: an answer they do
not recognise is substantive. One table holds them, in the order they are tried. No Textual here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, get_args

from kqreader.facts.promises import is_promise
from kqreader.i18n import N_
from kqreader.text.sentences import one_spaced, spans

Kind = Literal[
    "inhoudelijk", "verwijzing-antwoord", "verwijzing-brief", "onbekend", "geweigerd", "toezegging", "niet-beantwoord"
]
KINDS: tuple[Kind, ...] = get_args(Kind)
# each kind as one letter: how a month's summaries keep them (a string per set parses quicker than a list of words)
KIND_CODES: dict[Kind, str] = {"inhoudelijk": "i", "verwijzing-antwoord": "a", "verwijzing-brief": "b", "onbekend": "o",
                               "geweigerd": "g", "toezegging": "t", "niet-beantwoord": "n"}  # fmt: skip
KIND_OF_CODE: dict[str, Kind] = {code: kind for kind, code in KIND_CODES.items()}
KIND_NAMES = {  # how the reader and the statistics name a kind (the filter and exports use the kind itself)
    "inhoudelijk": N_("substantive"), "verwijzing-antwoord": N_("refers to another answer"),
    "verwijzing-brief": N_("refers to a letter"), "onbekend": N_("not known"), "geweigerd": N_("will not say"),
    "toezegging": N_("promises to come back"), "niet-beantwoord": N_("not answered"),
}  # fmt: skip

READ = 8  # sentences of an answer read for its kind: its core lies in the first few (past them the rest is not split)
SHORT = 6  # sentences: in an answer this short a sentence of a family that decides anywhere decides wherever it stands
LONGEST = 1_000  # characters of a sentence its family is read from (a text without sentence ends is one sentence)
SHORTEST = 3  # sentences: in an answer this short a pointer or a promise after a general opening decides too
# where a family's sentence decides: only as the answer's lead; also after a general lead in an answer of at most
# SHORTEST sentences; anywhere in an answer of at most SHORT sentences (see kind_of)
Reach = Literal["lead", "short", "anywhere"]


@dataclass(frozen=True)
class Family:
    """Phrasings of one kind: the variations of word order, tense, negation and extraction glue written once."""

    kind: Kind | Literal["opening"]  # opening: a sentence that is not the core (an apology for the delay, thanks)
    name: str  # what the family says, for the reader of this table
    cues: tuple[str, ...]  # words one of which is in every sentence of the family (lower case, no diacritics)
    pattern: re.Pattern[str]  # on the sentence as _plain gives it
    reach: Reach  # where in an answer it decides: see kind_of


_GLUED = re.compile(r"(?<!\\w\+)(?<!\\w\*) ")  # a space that may be missing: not the one after "any word" (\w+ )


def _family(kind: Kind | Literal["opening"], name: str, cues: str, *phrasings: str, reach: Reach = "short") -> Family:
    """A family from its phrasings, written on plain text with single spaces; a space also matches none (words an
    extraction glued: "Ik ganiet in op", "geenzicht")."""
    pattern = _GLUED.sub(" ?", "|".join(f"(?:{phrasing})" for phrasing in phrasings))
    return Family(kind, name, tuple(cues.split("|")), re.compile(pattern), reach)


_NO = r"(?:niet|geen|niets)\b"  # no \b before: an extraction glues them on ("Ik ganiet in op", "momentgeen")
_PAPER = r"\(?(?:kamer)?(?:brief|brieven|kamerstuk|kamerstukken|rapport|rapportage|voortgangsrapportage|" \
         r"beleidsreactie|kabinetsreactie|nota|verslag|website|bijlage|verzamelbrief|monitor|notitie|publicatie|" \
         r"interventie|debat|overleg)\b"  # fmt: skip
_ANSWER = r"(?:antwoord|antwoorden|beantwoording)\b"
_SAID = r"(?:gemeld|aangegeven|vermeld|uiteengezet|toegelicht|beschreven|geschetst|aangekondigd|geinformeerd|gesteld|" \
        r"opgenomen|gecommuniceerd|in ?gegaan|bericht|opgemerkt|beantwoord|meegenomen|behandeld)\b" \
        r"(?! dat\b)"  # fmt: skip
_GIVEN = r"(?:gegeven|opgenomen|te vinden|meegenomen|behandeld|(?:mee)?beantwoord)"  # "het antwoord is … gegeven in"
_OTHERS = r"(?:rechter|om|openbaar ministerie|europese commissie|commissie|toezichthouder|inspectie|autoriteit)"
_MATTERS = r"(?:lopende|individuele|specifieke|concrete|afzonderlijke)"  # what is not spoken of
_SPEAK = r"(?:kan|kunnen|mag|mogen|wil|ga|gaat|doe|doet|geef|geeft|geven)"
# The families, tried in turn on each sentence: the first that matches tags it.
FAMILIES: tuple[Family, ...] = (
    _family("opening", "an apology for the delay, thanks", "excuse|verontschuldig|spijt|later dan|vertraging|dank",
            r"^(?:\w+ ){0,6}(?:excuses|verontschuldig|spijt (?:mij|me|het ons)|dank (?:u|voor))",
            r"\b(?:later dan|vertraging|termijn)\b.*\b(?:beantwoord|antwoord)", r"\b(?:beantwoord|antwoord).*\bvertr"
                                                                                r"aging"),
    _family("verwijzing-antwoord", "a pointer added to what was said", "zie",
            r"^zie (?:ook|verder|tevens) ", reach="lead"),
    _family("verwijzing-antwoord", "a pointer to another answer", "zie|verw|vra|antwoord|hierboven",
            rf"^zie (?:hiervoor |daarvoor |hierover )?(?:mijn |het |de |ons |onze )?(?:eerdere )?{_ANSWER}",
            r"^zie (?:hierboven|hiervoor|vraag \d|vragen \d|het voorgaande|de vorige vraag|bij vraag|onder vraag)",
            rf"\bverw(?:ijs|ijzen|ezen) (?:\w+ ){{0,4}}?naar (?:mijn |het |de |ons |onze )?(?:eerdere )?{_ANSWER}",
            rf"^(?:in|bij) (?:mijn |het |de |ons )?(?:eerdere )?{_ANSWER} (?:op|van|bij) .{{0,200}}?\b"
            rf"(?:ben|heb|is|zijn|wordt|worden) (?:\w+ ){{0,6}}?(?:nader ?)?{_SAID}",
            rf"^(?:deze|die|de|uw) vra(?:ag|gen) (?:is|zijn|wordt|worden) (?:\w+ ){{0,2}}?{_GIVEN} (?:in|bij|onder|m"
            rf"et)\b"
            rf"(?! (?:\w+ ){{0,3}}?{_PAPER})",
            rf"^(?:het )?{_ANSWER} (?:op|van) (?:deze|die|dit|uw) vra\w* (?:is|wordt) (?:\w+ ){{0,3}}?{_GIVEN} (?:in"
            rf"|bij|"
            rf"onder) (?:\w+ ){{0,3}}?(?:{_ANSWER}|vraag)"),
    _family("verwijzing-antwoord", "what was said in another answer", "zoals",
            rf"^zoals (?:\w+ ){{0,3}}?(?:hierboven|hiervoor|eerder|in (?:mijn |het )?(?:antwoord|beantwoording) (?:o"
            rf"p|van) "
            rf"vra\w+ \d+) (?:\w+ )?{_SAID}", reach="lead"),
    _family("verwijzing-brief", "a pointer to a letter, a paper, a report", "verw|zie|vra",
            r"\bverw(?:ijs|ijzen|ezen) (?:\w+ ){0,4}?naar\b", rf"^zie (?:hiervoor |daarvoor )?(?:mijn |de |het |"
            rf"onze |ons )?(?:\w+ )?{_PAPER}|^zie (?:https?|www|kamerstuk)",
            rf"^(?:(?:het )?{_ANSWER} (?:op|van) )?(?:deze|die|dit|uw) vra\w* (?:is|wordt|zijn|worden) (?:\w+ ){{0,3}}?"
            rf"{_GIVEN} (?:in|bij) (?:\w+ ){{0,3}}?{_PAPER}"),
    _family("verwijzing-brief", "what was said in a letter", "brief|kamerstuk|rapport|reactie|nota|verslag|website|"
            "bijlage|monitor|notitie|publicatie|interventie|debat|overleg",
            rf"^zoals (?:\w+ ){{0,4}}?{_SAID} (?:\w+ ){{0,5}}?(?:in|bij|met|op|tijdens) (?:\w+ ){{0,3}}?{_PAPER}",
            rf"^(?:in|bij|met) (?:\w+ ){{0,3}}?{_PAPER}.{{0,120}}?\b(?:is|ben|heb|zijn|hebben) (?:\w+ ){{0,8}}?{_SAID}",
            rf"^(?:dit|dat|hierover|daarover|hierop|daarop|hier|daar|over \w+ \w+) (?:\w+ ){{0,8}}?{_SAID}.{{0,60}}?"
            rf"{_PAPER}", reach="lead"),
    _family("onbekend", "cannot be said yet", "nog",
            r"\bnog (?:geen|niet|niets) ?(?:\w+ ){0,3}?(?:uitspra|zeggen|inschatten|aangeven|aan te geven|beoordelen|"
            r"oordeel|duidelijk|bekend|inzicht|zicht|te zeggen)", reach="anywhere"),
    _family("onbekend", "not known", "bekend",
            r"\b(?:is|zijn|was|waren)\b(?: (?:mij|ons|het kabinet|bij mij|bij ons|bij het \w+|ook|nog|op dit moment|"
            r"momenteel|thans|daarover|hierover|er|helaas))* ?(?:niet|niets|onvoldoende|nog niet) ?bekend\b",
            r"\bonbekend\b", r"niet bekend (?:hoeveel|of|wat|welke|hoe|wie|waarom|wanneer)\b", reach="anywhere"),
    _family("onbekend", "not in view", "zicht|beeld|inzichtelijk",
            r"geen (?:\w+ )?(?:zicht|inzicht|overzicht|beeld) (?:op|in|van|bij)\b|geen (?:zicht|inzicht)\b",
            r"niet (?:\w+ )?inzichtelijk\b", reach="anywhere"),
    _family("onbekend", "not kept, not registered", "niet|geen",
            r"niet (?:\w+ ){0,2}?(?:geregistreerd|bijgehouden|vastgelegd|geadministreerd|gemonitord|verzameld|"
            r"uitgesplitst)\b", r"\b(?:registreren|houden|verzamelen|monitoren) (?:\w+ ){0,3}?niet (?:\w+ )?(?:bij)?\b",
            r"geen (?:\w+ )?(?:registratie|administratie)\b", reach="anywhere"),
    _family("onbekend", "no figures", "niet|geen",
            r"geen (?:\w+ ){0,2}?(?:cijfers|gegevens|data|informatie|aantallen|getal(?:len)?|statistieken|prognose|"
            r"raming)\b(?: \w+){0,5}? (?:bekend|beschikbaar|voorhanden|te noemen|te geven|bijgehouden)\b",
            r"\b(?:cijfers|gegevens|data|informatie|aantallen|getallen) (?:\w+ ){0,6}?(?:zijn|is) (?:\w+ ){0,3}?niet "
            r"(?:\w+ ){0,3}?(?:beschikbaar|bekend|voorhanden|te geven|te achterhalen)\b",
            r"\bbeschik\w* (?:ik |wij |we |het kabinet )?(?:\w+ )?(?:niet over |over geen )(?:\w+ ){0,2}?(?:gegevens|"
            r"cijfers|informatie|data|inzicht|overzicht)\b",
            r"\b(?:heb|hebben|heeft) (?:ik |wij |we |het kabinet )?(?:\w+ )?geen (?:\w+ )?\w*(?:prognose|raming|cijf"
            r"ers|"
            r"gegevens|informatie)\b", r"\b(?:cijfers|gegevens|informatie) (?:heb|hebben|heeft) (?:ik|wij|we|het kab"
                                       r"inet) "
            r"niet\b", reach="anywhere"),
    _family("onbekend", "cannot be said", "niet",
            r"\b(?:valt|is|zijn) (?:\w+ ){0,3}?niet (?:\w+ ){0,2}?(?:te zeggen|te achterhalen|na te gaan|vast te ste"
            r"llen|"
            r"te bepalen|te voorspellen)\b", r"\bniet mogelijk (?:\w+ ){0,3}?(?:aan te geven|te zeggen|te achterhalen|"
            r"na te gaan|vast te stellen|te bepalen|te voorspellen)\b",
            r"\b(?:kan|kunnen) (?:\w+ ){0,4}?niet (?:\w+ )?(?:worden )?(?:vastgesteld|achterhaald|bepaald|gezegd|"
            r"nagegaan)\b", r"\bkan (?:ik|wij|het kabinet) (?:\w+ ){0,3}?niet (?:zeggen|aangeven|inschatten)\b",
            r"\bweet (?:ik|wij|we|het kabinet) (?:het )?niet\b|\b(?:ik|wij|we) weet (?:het )?niet\b", reach="anywhere"),
    _family("geweigerd", "not its place to judge", "niet|geen",
            r"niet aan (?:mij|ons|het kabinet|de regering|de minister|de staatssecretaris|mijzelf)\b",
            r"\b(?:ga|gaat|gaan) (?:ik |wij |we |het kabinet )?niet over\b", r"\bpast (?:mij|het kabinet|ons) niet\b",
            r"\btreed (?:ik |wij )?niet\b", r"\b(?:heb|heeft|hebben) (?:\w+ ){0,5}?geen (?:enkele |formele )?rol\b",
            reach="anywhere"),
    _family("geweigerd", "judging left to another", "aan de|aan het|zaak van|zaak voor",
            rf"\b(?:is|ligt) (?:\w+ ){{0,3}}?aan (?:de|het) (?:\w+ )?{_OTHERS}\b",
            rf"\blaat (?:ik|het kabinet) (?:\w+ ){{0,3}}?aan (?:de|het) (?:\w+ )?{_OTHERS}\b",
            rf"\b(?:is|betreft) (?:een |dit een )?zaak (?:van|voor) (?:de|het) (?:\w+ )?{_OTHERS}\b", reach="lead"),
    _family("geweigerd", "no speculation, no anticipating", "specul|hypothet|vooruit",
            rf"\b(?:specul|hypothet).*{_NO}|{_NO}.*\b(?:specul|hypothet)",
            r"niet (?:\w+ ){0,3}?vooruit ?(?:te )?lop|\bvooruitlop\w* (?:\w+ ){0,2}?niet\b|\bloop (?:ik |wij |we |het "
            r"kabinet )?(?:daar |hier )?niet (?:\w+ ){0,4}?vooruit\b", reach="anywhere"),
    _family("geweigerd", "cannot or will not speak on it", "niet|geen|onthoud",
            r"geen (?:\w+ ){0,2}?(?:uitspra(?:ak|ken)|uitlatingen|mededelingen?|commentaar)\b",
            r"niet (?:\w+ ){0,12}?(?:uitspra(?:ak|ken)|uitlatingen|mededelingen) (?:\w+ )?(?:te )?doen\b",
            rf"niet (?:\w+ )?(?:in|buiten) (?:de openbaarheid|het openbaar)|(?:in|buiten) (?:de openbaarheid|het "
            rf"openbaar) (?:\w+ ){{0,3}}?{_NO}",
            r"niet (?:\w+ ){0,3}?(?:in op|op in|ingaan|in gaan|in te gaan|nader in)\b", r"geen antwoord (?:\w+ )?gev"
                                                                                        r"en\b",
            r"\bonthoud (?:ik )?(?:mij|me)\b",
            r"\b(?:laat|laten) (?:ik |wij |het kabinet )?(?:mij|me|zich|ons) (?:\w+ ){0,3}?niet (?:\w+ ){0,3}?uit\b",
            rf"\b{_SPEAK} (?:\w+ ){{0,4}}?{_NO} (?:\w+ ){{0,6}}?(?:over|op|in) (?:\w+ ){{0,2}}?{_MATTERS} ",
            rf"^(?:over|op) (?:\w+ ){{0,2}}?{_MATTERS} (?:\w+ ){{0,3}}?{_SPEAK} (?:\w+ ){{0,4}}?{_NO}", reach="anywh"
                                                                                                              "ere"),
    _family("geweigerd", "held back for a reason", "niet|geen",
            rf"\b(?:vanwege|in verband met|gelet op|gezien|met het oog op|lopende|omwille van|uit|in het belang van) "
            rf"(?:\w+ ){{0,4}}?(?:privacy|\w*vertrouwelijk\w*|opsporingsbelang|lopend\w* (?:straf)?(?:onderzoek|zaak|"
            rf"procedure)|onderzoek|strafzaak|staatsveiligheid|nationale veiligheid|geheimhouding)\b.*\b(?:kan|kunnen|"
            rf"mag|mogen|wil|doe|doet|wordt|worden)\b.*{_NO}", reach="anywhere"),
)  # fmt: skip
_ANYWHERE = tuple(family for family in FAMILIES if family.reach == "anywhere")
_NEGATIONS = ("niet", "geen", "onbekend", "onthoud")  # one is in every sentence of a family that reaches anywhere
_DIRECT = re.compile(r"^(?:ja|nee|neen|jazeker|zeker|klopt|dat klopt|dit klopt|inderdaad|correct|juist|"
                     r"(?:dat|dit|het) is (?:niet )?(?:juist|correct))\b")  # an answer that says yes or no answers
_BUSY = re.compile(r"\b(?:wordt|worden) (?:\w+ ){0,4}?(?:gewerkt|onderzocht|bezien|bekeken|uitgewerkt|verkend)|\bbek"
                   r"ijk|"
                   r"\bverken|\bingewikkeld|\bnog (?:niet|geen)\b|\bmomenteel\b|\bop dit moment\b")  # still at work
_CONTENT = re.compile(r"[«“\"]|: |.{240}")  # a quote, or a long sentence: a pointer that gives what it points to
_PLAIN_LETTERS = str.maketrans("áàâäãåéèêëíìîïóòôöõúùûüýÿñç", "aaaaaaeeeeiiiiooooouuuuyync", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_SPLIT_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])")


@dataclass(frozen=True)
class Verdict:
    kind: Kind
    evidence: str  # the sentence that decided ("" for an answer without text)


def _plain(sentence: str) -> str:
    """A sentence as the families read it: lower case, no diacritics or footnote marks, a word an extraction broke
    at a hyphen joined ("hypotheti-sche"). (As text.folding.fold reads, for the letters Dutch uses: a table is
    quicker than Unicode decomposition on thousands of short sentences.)"""
    plain = sentence.lower().translate(_PLAIN_LETTERS)
    return _SPLIT_HYPHEN.sub("", plain) if "-" in plain else plain


def _tag(sentence: str, families: tuple[Family, ...] = FAMILIES) -> Family | Kind | None:
    """The family of `families` a sentence belongs to, "toezegging" for a promise (when all are asked), None for a
    sentence of substance."""
    plain = _plain(sentence[:LONGEST])
    for family in families:
        if any(cue in plain for cue in family.cues) and family.pattern.search(plain):
            if family.kind == "verwijzing-brief" and is_promise(sentence):
                return "toezegging"  # a pointer to a letter still to come is a promise
            if family.reach == "lead" and family.kind != "geweigerd" and _CONTENT.search(sentence):
                return None  # "Zoals in de brief staat: «…»": what was said is given here
            return family
    return "toezegging" if families is FAMILIES and is_promise(sentence) else None


def _tag_anywhere(sentence: str) -> Family | Kind | None:
    """The family a sentence past the lead belongs to, of those that reach anywhere (each says no: "niet", "geen",
    "onbekend", "onthoud"; a sentence without one is passed over at the cost of four substring searches)."""
    lowered = sentence.lower()
    if not any(word in lowered for word in _NEGATIONS):
        return None
    tag = _tag(sentence, _ANYWHERE)
    return tag if isinstance(tag, Family) else None


def _sentences(text: str) -> tuple[list[str], bool]:
    """The first READ sentences of an answer, and whether that is all of it."""
    found: list[str] = []
    for start, end in spans(text):
        if start < end and not text[start:end].isspace():
            if len(found) == READ:
                return found, False
            found.append(one_spaced(text[start:end]))
    return found, True


def kind_of(text: str | None) -> Verdict:
    """The kind of an answer, and the sentence it was read from. Its lead (the first sentence past an opening
    apology or thanks) decides when it is of a family. Else, in an answer of at most SHORT sentences not opened by a
    yes or no, a sentence of a family that reaches anywhere decides where it stands ("Het kabinet vindt veiligheid
    belangrijk. Over individuele zaken doe ik geen uitspraken."); in one of at most SHORTEST, a pointer, or a promise
    beside a sentence that says the matter is still being worked on. Else it is substantive, told by its lead. (The
    sentences of a long answer past its lead are not read: they decide nothing.)"""
    said, whole = _sentences(text or "")
    if not said:
        return Verdict("niet-beantwoord", "")
    lead, tag = 0, _tag(said[0])
    while isinstance(tag, Family) and tag.kind == "opening" and lead + 1 < len(said):
        lead += 1
        tag = _tag(said[lead])
    core = said[lead:]
    if not whole or len(core) > SHORT:
        rest: list[Family | Kind | None] = []
    else:  # in a short answer every sentence may decide; past SHORTEST only the families that reach anywhere
        rest = [(_tag if len(core) <= SHORTEST else _tag_anywhere)(sentence) for sentence in core[1:]]
    if tag is not None and _kind(tag) != "opening":
        return Verdict(_with_promise(_kind(tag), core), core[0])  # type: ignore[arg-type]
    if not rest or _DIRECT.match(_plain(core[0])):
        return Verdict("inhoudelijk", core[0])
    for sentence, other in zip(core[1:], rest, strict=True):
        if isinstance(other, Family) and other.reach == "anywhere" and other.kind != "opening":
            return Verdict(_with_promise(other.kind, core), sentence)
    for sentence, other in zip(core[1:], rest, strict=True):  # (only an answer of at most SHORTEST tags these)
        if other == "toezegging" and any(_BUSY.search(_plain(said)) for said in core if said != sentence):
            return Verdict("toezegging", sentence)
        if isinstance(other, Family) and other.reach == "short" and other.kind != "opening":
            return Verdict(other.kind, sentence)
    return Verdict("inhoudelijk", core[0])


def _kind(tag: Family | Kind | None) -> Kind | Literal["opening"] | None:
    return tag.kind if isinstance(tag, Family) else tag


def _with_promise(kind: Kind, core: list[str]) -> Kind:
    """Not known, with a promise to tell when it is: a promise (the answer offers a later letter)."""
    promised = kind == "onbekend" and any(is_promise(sentence) for sentence in core[:SHORT])
    return "toezegging" if promised else kind


# --- a question answered in part ---------------------------------------------------------------------------------

_ASKED = re.compile(r"[^?]*\?")
# Sub-questions that follow up on the one before (answered with it): "Zo ja, …?", "Indien …?", "Waarom (niet)?"
_FOLLOW_UP = re.compile(r"^\s*(?:Zo ?(?:ja|nee|neen|niet)|Indien|In het geval|Mocht|Als dat|Waarom(?: niet)?\?|"
                        r"Kunt u dat toelichten|Wat (?:is|zijn) daarvan de|Hoe dan)", re.IGNORECASE)  # fmt: skip
BARE_LONGEST = 40  # characters: a bare "Ja." with the spaces and line ends a conversion leaves around it
_BARE = re.compile(r"^(?:Ja|Nee|Neen|Jazeker|Zeker)[.!]?$", re.IGNORECASE)


def unanswered(question: str, answer: str | None) -> list[str]:
    """The sub-questions a bare "Ja." or "Nee." leaves unanswered (conservative: only such an answer to a question
    that asks more than one thing, follow-ups of the first left out); [] when the answer says more."""
    if not answer or len(answer) > BARE_LONGEST or not _BARE.match(answer.strip()):
        return []
    asked = [part.strip() for part in _ASKED.findall(question) if part.strip()]
    rest = [part for part in asked[1:] if not _FOLLOW_UP.match(part)]
    return rest


# --- the answers an answer refers to ------------------------------------------------------------------------------

_REFERRED = re.compile(r"\b(?:vra(?:ag|gen)|antwoord(?:en)?)\s+((?:\d+(?:\s*(?:,|en|t/m|tot en met|-|–)\s*)?)+)",
                       re.IGNORECASE)  # fmt: skip


def referred_questions(text: str | None) -> list[int]:
    """The questions whose answers a reference answer points to ("Zie mijn antwoord op vraag 3, 8 en 9" → 3, 8,
    9; "vragen 2 t/m 4" → 2, 3, 4); [] for an answer of another kind."""
    verdict = kind_of(text)
    if verdict.kind != "verwijzing-antwoord":
        return []
    found: list[int] = []
    for match in _REFERRED.finditer(verdict.evidence):
        numbers = match[1]
        for low, high in re.findall(r"(\d+)\s*(?:t/m|tot en met|-|–)\s*(\d+)", numbers):
            found += range(int(low), int(high) + 1)
        found += [int(n) for n in re.findall(r"\d+", re.sub(r"\d+\s*(?:t/m|tot en met|-|–)\s*\d+", "", numbers))]
    return sorted(set(found))
