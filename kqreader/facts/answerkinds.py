"""What kind of answer the government gave: substantive, a reference elsewhere, "not known", a refusal, a promise to
come back to it — decided by rules over the answer's text (no model, no network), with the sentence that decided.

A kind is read off the answer's core: its first sentence past an opening apology, thanks or general sentence on
policy, and the whole answer only when it is short. "Ja, zie ook
het antwoord op vraag 9." answers (Ja) and refers; it is substantive. So is an answer led by a confirmation, an
explanation of what was meant, a view, an argument or a firm no: a side remark after it ("Overigens …", a pointer in a
side clause, a detail not known) decides nothing. The rules are conservative: an answer they do not recognise is
substantive. One table holds them, in the order they are tried. No Textual here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Literal, get_args

from kqreader.facts.promises import Promise, is_promise, may_promise, promises_in
from kqreader.i18n import N_
from kqreader.model import SUPERSCRIPTS
from kqreader.text.sentences import first_sentences, one_spaced, spans
from kqreader.text.wordscan import WordScan

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
    phrasings: tuple[Phrasing, ...]
    reach: Reach  # where in an answer it decides: see kind_of


@dataclass(frozen=True)
class Phrasing:
    """One pattern of a family, and the words it cannot match without: one of `cues` (what a sentence is looked up
    by) and one of each group of `needs` (checked before the pattern is tried: the sentence's words are found in one
    scan, the pattern is dearer)."""

    cues: tuple[str, ...]
    needs: tuple[tuple[str, ...], ...]
    source: str  # the pattern, compiled when first tried: the reader imports this table and never reads an answer
    unless: str | None = None  # what the sentence may not open with (looked at only where the pattern matched)

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        return re.compile(self.source)

    @cached_property
    def opening(self) -> re.Pattern[str] | None:
        return None if self.unless is None else re.compile(self.unless)

    def search(self, plain: str, seen: AbstractSet[str]) -> bool:
        """Whether a sentence (as _plain gives it; `seen`: the table's words it holds) is of this phrasing."""
        for group in self.needs:
            if seen.isdisjoint(group):
                return False
        if self.pattern.search(plain) is None:
            return False
        return self.opening is None or self.opening.match(plain) is None


# a space that may be missing: not the one after "any word" (\w+ , \S+ ): one made optional there would let the
# pattern split a word every way it can
_GLUED = re.compile(r"(?<!\\w\+)(?<!\\w\*)(?<!\\S\+)(?<!\\S\*) ")


def _family(kind: Kind | Literal["opening"], name: str, *phrasings: tuple[str, str], reach: Reach = "short") -> Family:
    """A family from its phrasings (the words one of which each holds — lower case, no diacritics, no spaces: an
    extraction may drop those — then, after " & ", each further group of words one of which it needs; and its
    pattern), written on plain text with single spaces; a space also matches none (words an extraction glued: "Ik
    ganiet in op", "geenzicht")."""
    compiled = []
    for words, pattern in phrasings:
        cues, *needs = (tuple(group.split("|")) for group in words.split(" & "))
        unless = None
        for prefix, opening in _OPENINGS:  # a pattern led by "^(?!…)(?:.*?)" is tried at its start only and walks the
            if pattern.startswith(prefix):  # sentence at every place: searched without it, the look made apart after
                pattern, unless = pattern.removeprefix(prefix), opening  # a match, it is quicker (and the same)
        compiled.append(Phrasing(cues, tuple(needs), _GLUED.sub(" ?", pattern), unless))
    return Family(kind, name, tuple(compiled), reach)


_NO = r"(?:niet|geen|niets)\b"  # no \b before: an extraction glues them on ("Ik ganiet in op", "momentgeen")
_PAPERS = "brief|kamerstuk|rapport|reactie|nota|verslag|website|bijlage|monitor|notitie|publicatie|interventie|debat|" \
          "overleg|briefing"  # fmt: skip
# a word's end: where it ends, or where an extraction glued a small word on ("gemeldin", "briefvan", "geinformeerdover")
_END = r"(?:\b|(?=(?:in|bij|op|aan|met|van|door|over|de|het|een|uw|mijn|naar|dat|die|dit|is|zijn)\b))"
_PAPER = r"(?<![a-z])\(?[a-z]*(?:brief|brieven|kamerstuk|kamerstukken|rapport|rapportage|voortgangsrapportage|" \
         r"reactie|advies|evaluatie|memorie|handelingen|nota|verslag|website|bijlage|verzamelbrief|monitor|notitie|" \
         rf"publicatie|interventie|debat|overleg|briefing){_END}"  # fmt: skip
_ANSWER = r"(?:antwoord|antwoorden|beantwoording)\b"
_ADDED = "a pointer added to what was said"  # "Ja, zie ook …": what it is added to answers
_NOT_YES = r"^(?!(?:ja|nee|neen|jazeker|zeker|inderdaad)\b)(?:.*?)"  # a sentence that does not say yes or no
_NOT_THEN = r"^(?!.{0,200}?\b(?:toen|destijds|indertijd)\b)(?:.*?)"  # nor tells what was (not) known then
# those two leads of a pattern, and the look each stands for (made at the sentence's start, where the pattern matched)
_OPENINGS = ((_NOT_YES, r"(?:ja|nee|neen|jazeker|zeker|inderdaad)\b"),
             (_NOT_THEN, r".{0,200}?\b(?:toen|destijds|indertijd)\b"))  # fmt: skip
# people sent on to a service ("Patiënten worden door de huisarts verwezen naar de GGZ", "De gemeente verwijst
# inwoners naar het Juridisch Loket"): no pointer to what was written
_SENT_ON = r"(?:\bdoor (?:de|het|een|hun|zijn) (?:\w+ ){0,3}?(?:door)?verwezen\b|\bverw\w* (?:\w+ ){0,2}?(?:" \
           r"patienten|clienten|inwoners|burgers|mensen|jongeren|kinderen|ouders|slachtoffers|personen|deelnemers|" \
           r"werkzoekenden|betrokkenen|leerlingen|studenten|gedetineerden|asielzoekers|huurders|ondernemers|" \
           r"hen|hem)\b)"
# a pointer added to what was said ("Overigens mag ik ook verwijzen naar …", "Daarnaast verwijs ik naar …") is not the
# core: none of these before the verb
_NOT_ADDED = r"^(?!.{0,40}?\b(?:ook|overigens|daarnaast|tevens|voorts|eveneens|bovendien)\b.{0,40}?\bverw)" \
             r"(?!.{0,200}?\b(?:waarbij|waarin)\b[^,;]{0,60}?\bverw)" \
             rf"(?!.{{0,200}}?{_SENT_ON}).*?"  # nor in a side clause (", waarbij … verw"), nor people sent on
# "verwijs … naar", glued and all ("wordtverwezen naar", "verwijs iknaar", "kortheidshalvenaar")
_REFER = r"(?:(?:\b|(?<=wordt)|(?<=ik))verw(?:ijs|ijst|ijzen|ezen) (?:\w+ ){0,8}?\w*?naar|" \
         r"\bvolsta(?:at|an)? (?:\w+ ){0,4}?met (?:een )?verwijzing naar)"  # fmt: skip
_SAYS = "gemeld|aangegeven|vermeld|uiteengezet|toegelicht|beschreven|geschetst|aangekondigd|geinformeerd|gesteld|" \
        "opgenomen|gecommuniceerd|gegaan|bericht|opgemerkt|beantwoord|meegenomen|behandeld|gestuurd|verstuurd|" \
        "toegezonden|aangeboden|verschenen|gepubliceerd|ontvangen|gereageerd|stilgestaan|gekomen"  # fmt: skip
_SAID = rf"(?:{_SAYS.replace('gegaan', 'in ?gegaan').replace('gekomen', 'aan (?:de orde|bod) gekomen')}){_END}" \
        r"(?! ?dat\b)"  # "… aangegeven dat X": said here
_FIGURES = "cijfers|gegevens|data|informatie|aantallen|getal|statistieken|prognose|raming|uitsplitsing|overzicht"
_GIVEN = r"(?:gegeven|opgenomen|te vinden|meegenomen|behandeld|(?:mee)?beantwoord)"  # "het antwoord is … gegeven in"
_OTHERS = r"(?:rechter|om|openbaar ministerie|europese commissie|commissie|toezichthouder|inspectie|autoriteit)"
_LOCAL = r"(?:gemeenten?|gemeenteraad|provincies?|waterschappen|waterschap|decentrale overheden|burgemeester|" \
         r"college|colleges|gemeentebestuur|provinciebestuur)"  # fmt: skip  # whose matter it is
_MATTERS_WORDS = "lopende|individuele|specifieke|concrete|afzonderlijke"
_MATTERS = rf"(?:{_MATTERS_WORDS})"  # what is not spoken of
_SPEAK = r"(?:kan|kunnen|mag|mogen|wil|ga|gaat|doe|doet|geef|geeft|geven)"
_TO_SAY = (r"(?:te zeggen|te achterhalen|na te gaan|vast te stellen|te bepalen|te voorspellen|aan te geven|"
           r"te kwantificeren|in te schatten|te overzien|te herleiden|te traceren|uit te splitsen|te onderscheiden)")
_NOT_ASKED = r"(?!of\b|in hoeverre\b)"  # "Of dat klopt, is niet bekend": not a confirmation
_HYPOTHETICAL = r"(?:vra\w*|situaties?|kwesties?|scenario\w*|gevallen|geval|casus|veronderstelling\w*)\b"
_SAYING = "zeggen|achterhalen|te gaan|te stellen|bepalen|voorspellen|te geven|kwantificeren|schatten|overzien|" \
          "herleiden|traceren|splitsen|onderscheiden|duiden|vatten|becijferen|ramen|berekenen"  # fmt: skip
# The families, tried in turn on each sentence: the first with a phrasing that matches tags it. Each phrasing is
# (words one of which it always holds, the pattern): the pattern is tried only where one of the words stands.
FAMILIES: tuple[Family, ...] = (
    # a lead that says yes, confirms or explains what was meant answers, whatever side remark it makes ("Ja, in
    # zoverre dat …", "De berichten zijn juist, maar het aantal is nog niet bekend", "Met de passage in de brief is
    # bedoeld dat …"); a promise in it is still one (see _tag). "Nee, dat is mij niet bekend" is not known.
    _family("inhoudelijk", "yes, a confirmation, what was meant",
            ("ja", r"^(?:ja|jazeker)\b"), ("inderdaad", r"^inderdaad\b"),
            ("klopt|kloppen", rf"^{_NOT_ASKED}[^;:,]{{0,120}}?\b(?:klopt|kloppen)\b"),
            ("geval", r"^(?:dat|dit|het) is (?:\w+ ){0,2}?het geval\b"),
            ("juist|correct", rf"^{_NOT_ASKED}(?:(?:dat|dit|het) is|[^;:]{{0,120}}? (?:is|zijn|was|waren)) "
                              r"(?:\w+ ){0,3}?(?:juist|correct)"
                              r"(?=[.,;:!)]|$| (?:dat|en|maar|doch|wat|want|voor zover)\b)"),  # not "juist vanwege …"
            ("bevestig", r"^(?:(?!niet |geen )\w+ ){0,6}?bevestig\w*\b(?! noch\b)"),
            ("weer & juist|correct", rf"^{_NOT_ASKED}[^;:,]{{0,120}}?\b(?:juist|correct) weer(?:gegeven)?\b"),
            ("gedoeld|doelde|doelt", r"\b(?:gedoeld|doelde|doelden|doelt) op\b"),
            ("bedoel", r"\b(?:is|wordt|werd|worden|werden|heb|heeft|hebben|was) (?:\w+ ){0,6}?bedoeld\b|"
                       r"\bbedoel(?:t|de|den|en)?\b (?:\w+ ){0,3}?(?:dat|te|met)\b"), reach="lead"),
    _family("opening", "an apology for the delay, thanks",
            ("excuse|verontschuldig|spijt|dank", r"^(?:\w+ ){0,6}(?:excuses|verontschuldig|spijt (?:mij|me|het ons)|"
                                                 r"dank (?:u|voor))"),
            ("vertraging|later dan|termijn", r"\b(?:later dan|vertraging|termijn)\b.*\b(?:beantwoord|antwoord)|"
                                             r"\b(?:beantwoord|antwoord).*\bvertraging")),
    # a general sentence on policy before the core (convention 3: "Het kabinet hecht groot belang aan …", "Zoals
    # bekend …"): passed over like an apology, so what follows is read as the lead (a yes or no is never one)
    _family("opening", "a general sentence on policy",
            ("hecht", rf"{_NOT_YES}\bhecht(?:en)? (?:\w+ ){{0,4}}?(?:(?:groot |grote |veel |zeer )?(?:belang|waarde) )?"
                      r"(?:aan|bij)\b"),
            ("belangrijk|belang|essentieel|cruciaal",
             rf"{_NOT_YES}\b(?:vind|vindt|vinden|acht|achten)\b (?:\w+ ){{0,4}}?(?:het |dit |dat )?(?:zeer |heel )?"
             r"(?:belangrijk|van groot belang|van het grootste belang|essentieel|cruciaal)\b"),
            ("bekend|voorop", r"^(?:zoals (?:\w+ )?bekend|laat ik voorop ?stellen|voorop ?gesteld|allereerst wil ik)\b"
                              r"|\bstaat (?:\w+ ){0,3}?voorop\b"),
            ("bewust", rf"{_NOT_YES}\b(?:is|ben|zijn) (?:zich|mij|me|ons) (?:er ?van |er )?(?:zeer |terdege |goed )?"
                       r"bewust\b"),
            # what the government stands for, takes seriously or gives its attention ("Het kabinet zet zich in voor
            # …", "Ik neem deze signalen serieus", "Dit onderwerp heeft mijn volle aandacht"), the concern understood
            ("in voor|in om & zet",
             rf"{_NOT_YES}\b(?:zet|zetten) (?:\w+ ){{0,3}}?(?:zich|mij|me|ons) (?:\w+ ){{0,4}}?in "
                           r"(?:voor|om)\b"),
            ("serieus", rf"{_NOT_YES}\b(?:neem|neemt|nemen)\b (?:\w+ ){{0,5}}?(?:zeer |heel )?serieus\b"),
            ("aandacht|prioriteit", rf"{_NOT_YES}\b(?:heeft|hebben|krijgt|krijgen) (?:\w+ ){{0,2}}?(?:volle |"
                                    r"blijvende |nadrukkelijke |hoge |de hoogste |grote )(?:aandacht|prioriteit)\b"),
            ("begrijp|begrip", r"^(?:ik|wij|we|het kabinet) (?:begrijp|begrijpen|begrijpt|heb|hebben|heeft) "
                               r"(?:\w+ ){0,3}?(?:zorgen|zorg|onrust|ongerustheid|gevoelens|frustratie|begrip)\b"),
            ("belangrijk|essentie|cruciale", rf"{_NOT_YES}\b(?:is|zijn) (?:een |de )?(?:zeer |heel )?(?:belangrijke?|"
                                             r"essentiele?|cruciale?) (?:\w+ )?(?:doelstelling|doel|prioriteit|opgave|"
                                             r"thema|onderwerp|uitdaging|waarde)\b"),
            # what the government keeps doing, what holds in general ("Het kabinet blijft de ontwikkelingen volgen",
            # "Wel kan ik in algemene zin zeggen …")
            ("blijf|blijft|blijven", rf"{_NOT_YES}\b(?:blijf|blijft|blijven)\b (?:\w+ ){{0,5}}?(?:volgen|monitoren|"
                                     r"in de gaten houden|onder de aandacht)\b"),
            ("aandacht & nodig|vereist", rf"{_NOT_YES}\b(?:\w+ )?aandacht (?:is|blijft) (?:\w+ ){{0,2}}?(?:nodig|"
                                        r"vereist)\b"),
            ("algemene", rf"{_NOT_YES}\bin (?:het |zijn )?algemene?(?: zin)?\b"),
            # the question restated ("De vragen gaan over …", "U vraagt naar …")
            ("de vra|deze vra|uw vra|u vraagt",
             r"^(?:de|deze|uw) vra(?:ag|gen) (?:gaat|gaan|heeft|hebben) (?:\w+ )?(?:over|betrekking)\b|"
                             r"^u vraagt (?:naar|of|hoe|wat|welke|waarom|wanneer)\b|^in (?:deze|uw) vraag\b")),
    _family("verwijzing-antwoord", _ADDED,
            ("zie", rf"^zie (?:ook|verder|tevens)\b(?! ?(?:\w+ ){{0,3}}?{_PAPER}| ?https?| ?www) "),
            reach="lead"),
    _family("verwijzing-antwoord", "a pointer to another answer",
            ("zie", rf"^zie:? (?:hiervoor |daarvoor |hierover )?(?:mijn |het |de |ons |onze )?(?:eerdere )?{_ANSWER}|"
                    rf"^zie:? (?:hierboven|hiervoor(?! (?:\w+ ){{0,3}}?{_PAPER})|vraag \d|vragen \d|het voorgaande|"
                    r"de vorige vraag|bij vraag|onder vraag|"
                    r"\d{1,3}\b(?! ?(?:%|procent|euro|jaar|miljoen))(?:[.;:]?$| (?:en|t/m) \d{1,3}\b))"),
            ("beantwoording & behoe", r"\bbeh(?:oeft|oeven) (?:\w+ ){0,6}?geen (?:\w+ )?beantwoording\b"),
            ("verwijs|verwijz|verwezen", rf"{_NOT_ADDED}{_REFER} "
                                         rf"(?:mijn |het |de |ons |onze |hun |zijn |haar |diens )?(?:eerdere )?"
                     rf"{_ANSWER}"),  # ("… verzoek ik u zich te wenden tot het Ministerie van LNV. Ik verwijs naar hun
                                      # antwoord.")
            ("antwoord", rf"^(?:in|bij) (?:mijn |het |de |ons )?(?:eerdere )?{_ANSWER} (?:op|van|bij) .{{0,200}}?\b"
                         rf"(?:ben|heb|is|zijn|wordt|worden) (?:\w+ ){{0,6}}?(?:nader ?)?{_SAID}"),
            ("vra", rf"^(?:deze|die|de|uw) vra(?:ag|gen) (?:is|zijn|wordt|worden) (?:\w+ ){{0,2}}?{_GIVEN} "
                    rf"(?:in|bij|onder|met)\b(?! (?:\w+ ){{0,3}}?{_PAPER})"),
            ("antwoord", rf"^(?:het )?{_ANSWER} (?:op|van) (?:deze|die|dit|uw) vra\w* (?:is|wordt) (?:\w+ ){{0,3}}?"
                         rf"{_GIVEN} (?:in|bij|onder) (?:\w+ ){{0,3}}?(?:{_ANSWER}|vraag)")),
    _family("verwijzing-antwoord", "what was said in another answer",
            ("zoals", rf"^zoals (?:\w+ ){{0,3}}?(?:hierboven|hiervoor|eerder|in (?:mijn |het )?(?:antwoord|"
                      rf"beantwoording) (?:op|van) vra\w+ \d+) (?:\w+ )?{_SAID}"), reach="lead"),
    _family("verwijzing-brief", "a pointer to a letter, a paper, a report, a website",
            ("verwijs|verwijz|verwezen", rf"{_NOT_ADDED}{_REFER}{_END}"),
            ("zie", rf"^zie:? (?:ook |verder |tevens )?(?:hiervoor |daarvoor )?(?:mijn |de |het |onze |ons )?(?:\w+ )?"
                    rf"{_PAPER}|^zie:? (?:ook |verder |tevens )?(?:https?|www|kamerstuk)"),
            ("vra", rf"^(?:(?:het |de )?{_ANSWER} (?:op|van) )?(?:deze|die|dit|uw) vra\w* (?:is|wordt|zijn|worden) "
                    rf"(?:\w+ ){{0,3}}?{_GIVEN} (?:in|bij) (?:\w+ ){{0,3}}?{_PAPER}"),
            ("vinden", rf"\b(?:is|zijn|staat|staan) (?:\w+ ){{0,4}}?(?:terug )?te vinden (?:in|op|via) (?:\w+ ){{0,3}}?"
                       rf"{_PAPER}"),
            # "Een overzicht vindt u in de bijlage bij …", "kunt u nalezen in …", "De uitkomsten staan in het rapport"
            ("vindt u|treft u|kunt u",
             rf"\b(?:vindt|treft) u (?:\w+ ){{0,6}}?(?:in|op|via) (?:\w+ ){{0,3}}?{_PAPER}|\bkunt u "
                           rf"(?:\w+ ){{0,6}}?(?:vinden|nalezen|lezen|raadplegen|terugvinden) (?:in|op|via) "
                           rf"(?:\w+ ){{0,3}}?{_PAPER}"),
            ("staat|staan", rf"^(?:\w+ ){{0,4}}?(?:staat|staan) (?:uitgebreid |nader |uitvoerig )?(?:beschreven |"
                            rf"vermeld |toegelicht |opgenomen |weergegeven )?in (?:\w+ ){{0,3}}?{_PAPER}"),
            # where it is found, however long the list of what is found there ("In het incidentenoverzicht 2019 dat
            # ik op 13 mei jl. aan uw Kamer heb aangeboden treft u achtereenvolgens aan …")
            (f"treft & {_PAPERS}|overzicht", r"\btreft u\b.{0,200}?\baan\b")),
    _family("verwijzing-brief", "a letter sent with these answers",
            # sent to the Kamer ("… ontvangt u", "stuur ik u"; not "Vandaag stuurt het kabinet het wetsvoorstel naar de
            # Raad van State", "Tegelijkertijd ontvangt de gemeente een bijdrage": what was done)
            ("gelijktijdig|tegelijk|vandaag|hierbij|bijgaand", r"\b(?:gelijktijdig|tegelijk(?:ertijd)?|vandaag|hierbij|"
             r"bijgaand)\b.{0,80}?\b(?:(?:ontvangt|stuur|zend|bied|informeer)(?=.*\b(?:u|uw|kamer)\b)|verschijnt)|"
             r"^(?=.*\b(?:u|uw|kamer)\b).*?\b(?:gelijktijdig|tegelijk(?:ertijd)?|vandaag|hierbij)\b.{0,80}?\b(?:ontvangt|"
             r"stuur|zend|toezend|bied)\b")),
    _family("verwijzing-brief", "what was said in a letter",
            ("zoals", rf"^zoals (?:\w+ ){{0,4}}?{_SAID} (?:\w+ ){{0,5}}?(?:in|bij|met|op|tijdens) (?:\w+ ){{0,3}}?"
                      rf"{_PAPER}|^zoals (?:in|uit) (?:\w+ ){{0,3}}?{_PAPER} (?:\S+ ){{0,6}}?(?:staat|blijkt|te lezen|"
                      r"vermeld|beschreven)\b"),
            (f"{_PAPERS} & verzonden|gezonden|gestuurde|verstuurde|aangeboden & {_SAYS}",
             rf"\b(?:in|bij|met) (?:de|het|mijn|onze) (?:\S+ ){{0,6}}?(?:verzonden|gezonden|gestuurde|verstuurde|"
             rf"toegezonden|aangeboden) (?:\w+ )?{_PAPER}.{{0,120}}?\b(?:is|ben|heb|heeft|zijn|hebben|wordt|worden|"
             rf"staat) (?:\w+ ){{0,8}}?{_SAID}"),
            (f"{_PAPERS} & {_SAYS}",
             rf"\b(?:in|bij|met|via|tijdens) (?:\w+ ){{0,3}}?{_PAPER}.{{0,120}}?\b(?:is|ben|heb|heeft|zijn|hebben|"
                      rf"wordt|worden|staat) (?:\S+ ){{0,8}}?{_SAID}|\b(?:ben|heb|heeft|hebben|is|zijn|werd|werden)\b "
                      rf"(?:\w+ ){{0,12}}?{_SAID}.{{0,60}}?\b(?:in|bij|met|via|tijdens) (?:\w+ ){{0,3}}?{_PAPER}|"
                      rf"\b(?:heb|heeft|hebben|is|zijn)\b (?:\w+ ){{0,8}}?{_PAPER} (?:\w+ ){{0,8}}?(?:gestuurd|"
                      rf"verstuurd|toegezonden|aangeboden|verschenen|gepubliceerd|ontvangen)\b"),
            ("zoals & kamer", rf"^zoals (?:ik|wij|we|het kabinet|de minister) (?:\w+ ){{0,3}}?(?:uw |de )?kamer\b"
                              rf".{{0,120}}?\b(?:heb|hebben|heeft|is|zijn) (?:\w+ ){{0,3}}?(?:{_SAID}|laten weten|"
                              r"(?:mede|mee)gedeeld)|"  # "Zoals eerder aan uw Kamer gemeld (Kamerstuk …), …"
                              rf"^zoals (?:\w+ ){{0,3}}?(?:aan|met|tegenover) (?:uw |de )?kamer "
                              rf"(?:\w+ ){{0,3}}?{_SAID}"),
            (f"kamer & {_PAPERS}|overzicht",
             rf"(?:{_PAPER}|overzicht)\S* (?:\S+ ){{0,8}}?(?:is|zijn|werd|werden) (?:\S+ ){{0,6}}?(?:aan|naar) "
             r"(?:uw |de )?kamer (?:\w+ ){0,3}?(?:gestuurd|verstuurd|toegezonden|gezonden|aangeboden|toegestuurd)\b"),
            ("kamer & geinformeerd|bericht",
             r"^.{0,80}?\b(?:heb|hebben|heeft|is|zijn|werd) (?:\w+ ){0,6}?(?:uw |de )?kamer .{0,60}?"
                      rf"(?:geinformeerd|bericht){_END}(?! ?dat\b)|^(?:uw|de) (?:tweede )?kamer (?:is|werd) .{{0,60}}?"
                      rf"(?:geinformeerd|bericht){_END}(?! ?dat\b)"), reach="lead"),
    _family("onbekend", "cannot be said yet",
            ("nog & geen|niet",
             _NOT_THEN + r"(?<!een\s)(?<!het\s)\bnog (?:geen|niet|niets) ?(?:\w+ ){0,3}?(?:uitspra|zeggen|inschatten|"
                    r"aangeven|aan te geven|beoordelen|oordeel\b(?! (?:\w+ ){0,4}?(?:geveld|uitgesproken)\b)|duidelijk|"
                    r"bekend|inzicht|zicht|te zeggen)"),  # "De inspectie heeft nog geen oordeel geveld": a fact
            # asked of whoever holds it, not in yet ("Ik heb de vervoerder om deze gegevens gevraagd")
            ("gevraagd & informatie|gegevens|cijfers",
             r"\b(?:heb|hebben|heeft|is|zijn)\b (?:\w+ ){0,5}?om (?:deze |die |de |nadere |aanvullende )?(?:informatie|"
             r"gegevens|cijfers) (?:\w+ ){0,2}?gevraagd\b"),
            ("vroeg", r"\bte vroeg (?:om )?(?:\w+ ){0,4}?(?:te zeggen|conclusies|uitspra|te beoordelen|iets|"
                      r"oordeel (?:\w+ ){0,3}?(?:te geven|te vellen|uit te spreken))"),  # (a judgement: not known yet)
            reach="anywhere"),
    _family("onbekend", "not known",
            # not "Het kabinet is niet bekend met nieuwe regels" (a no to "Bent u bekend met …?"), "niet onbekend",
            # "Het was toen nog niet bekend dat …" (what was known then); but "niet bekend met het exacte aantal"
            ("bekend & niet|onbekend|onvoldoende",
             _NOT_THEN + r"(?:"
             r"\b(?:is|zijn|was|waren|ben)\b(?: (?:mij|ons|het kabinet|bij mij|bij ons|bij het \w+|ook|nog|"
                       r"op dit moment|momenteel|thans|daarover|hierover|er|helaas|derhalve|dus|echter|nu|evenmin|"
                       r"precies|exact|wel))* ?(?:niet|niets|onvoldoende|"
                       r"nog niet) ?bekend\b(?!\smet\s(?!(?:het|de)\s(?:\w+\s)?(?:aantal|omvang|hoeveelheid|cijfers|"
                       r"gegevens|exacte|precieze)\b))|(?<!niet\s)\bonbekend\b|^niet bekend is\b|"
                       r"niet bekend (?:hoeveel|of|wat|welke|hoe|wie|waarom|wanneer)\b)"),
            ("duidelijk & onduidelijk|niet", r"\bnog (?:\w+ )?onduidelijk\b|"
                          r"\b(?:is|zijn) (?:\w+ ){0,3}?(?:onduidelijk|niet duidelijk) (?:hoeveel|of|wat|welke|hoe|wie|"
                          r"wanneer)\b"),
            ("geen & publiceert|publiceren|verzamelt|verzamelen|registreert|registreren|houdt|houden",
             r"\b(?:publiceert|publiceren|verzamelt|verzamelen|registreert|registreren|houdt|houden)\b (?:\w+ ){0,3}?"
             r"geen (?:\w+ )?(?:cijfers|gegevens|data|informatie|aantallen|statistieken)\b"),
            reach="anywhere"),
    _family("onbekend", "not in view",
            ("zicht|beeld & geen", r"geen (?:\w+ )?(?:zicht|inzicht|overzicht|beeld) (?:op|in|van|bij)\b|"
                            r"geen (?:zicht|inzicht)\b(?! (?:\w+ ){0,2}?(?:gegeven|verschaft|geboden|verstrekt)\b)"),
            ("inzichtelijk", r"niet (?:\w+ )?inzichtelijk\b"), reach="anywhere"),
    _family("onbekend", "not kept, not registered, not looked into",
            ("niet & geregistreerd|bijgehouden|vastgelegd|geadministreerd|gemonitord|verzameld|uitgesplitst|onderzocht",
             r"niet (?:\w+ ){0,3}?(?:geregistreerd|bijgehouden|vastgelegd|geadministreerd|gemonitord|verzameld|"
             r"uitgesplitst|onderzocht)\b(?! (?:bij|in) (?:de|het|een) (?:\w+ ){0,3}?\w*(?:register|koophandel|"
             r"kvk)\b)"),
            # (not "Het bedrijf was niet geregistreerd bij de Kamer van Koophandel": a fact about a party)
            ("niet & registreert|verzamelt|monitort|houdt",
             r"\b(?:registreert|verzamelt|monitort)\b (?:\w+ ){0,3}?niet\b|"
             r"\bhoudt\b (?:\w+ ){0,3}?niet (?:\w+ )?bij\b"),
            ("niet & registreren|houden|verzamelen|monitoren", r"\b(?:registreren|houden|verzamelen|monitoren)\b "
                                                        r"(?:\w+ ){0,3}?niet (?:\w+ )?(?:bij)?\b"),
            ("geen & registratie|administratie", r"geen (?:\w+ )?(?:registratie|administratie)\b"),
            ("geen & onderzoek & gedaan", r"geen (?:\w+ )?onderzoek (?:\w+ ){0,4}?gedaan\b"), reach="anywhere"),
    _family("onbekend", "no figures",
            (f"niet|geen & {_FIGURES}",
             r"geen (?:\w+ ){0,2}?(?:cijfers|gegevens|data|informatie|aantallen|getal(?:len)?|"
             r"statistieken|prognose|raming|overzicht|registratie)\b(?: \w+){0,5}? (?:bekend|beschikbaar|voorhanden|"
             r"te noemen|te geven|bijgehouden|geregistreerd|verzameld|vastgelegd)\b|"
             r"\b(?:cijfers|gegevens|data|informatie|aantallen|getallen|uitsplitsing|overzicht) (?:\w+ ){0,6}?"
             r"(?:zijn|is) (?:\w+ ){0,3}?niet (?:\w+ ){0,3}?(?:beschikbaar|bekend|voorhanden|te geven|"
             r"te achterhalen)\b|"
             r"\buitsplitsing (?:\w+ ){0,6}?is (?:\w+ ){0,2}?niet (?:\w+ )?mogelijk\b|"
             r"\b(?:heb|hebben|heeft)\b (?:ik |wij |we |het kabinet )?(?:\w+ )?geen (?:\w+ )?\w*(?:prognose|raming|"
             r"cijfers|gegevens|informatie|data|aantallen|statistieken)\b|"
             r"\b(?:cijfers|gegevens|data|informatie|aantallen) (?:\w+ ){0,3}?niet (?:\w+ )?(?:leveren|aanleveren|"
             r"genereren|produceren)\b|\b(?:cijfers|gegevens|informatie) (?:\w+ ){0,2}?(?:heb|hebben|heeft) "
             r"(?:ik|wij|we|het kabinet) niet\b"),
            ("geen & cijfers|gegevens|data|informatie|aantallen|registratie|overzicht",
             r"^(?:er|daar|hier|daarover|hierover) (?:is|zijn|bestaat|bestaan) (?:\w+ )?geen (?:\w+ )?"
                     r"(?:cijfers|gegevens|data|informatie|aantallen|registratie|overzicht)\b"
                     r"(?! (?:die|dat|waaruit|waarop|om)\b)(?!(?: \w+){0,6}? (?:gelekt|gedeeld|verstrekt|doorgegeven|"
                     r"uitgewisseld|verloren|gestolen|gewist|verwijderd|opgevraagd|gepubliceerd|verzonden|verstuurd|"
                     r"overgedragen)\b)"),  # "Er zijn geen gegevens gelekt": what happened, not what is not known
            (f"beschik & {_FIGURES}",
             rf"\b(?:{_FIGURES}) (?:\w+ ){{0,3}}?beschik\w* (?:ik |wij |we |het kabinet )?niet\b"),
            ("beschik", r"\bbeschik\w* (?:ik |wij |we |het kabinet )?(?:\w+ )?(?:niet over |over geen )(?:\w+ ){0,2}?"
                        r"(?:gegevens|cijfers|informatie|data|inzicht|overzicht)\b"), reach="anywhere"),
    _family("onbekend", "cannot be said",
            (f"{_SAYING} & niet|lastig|moeilijk",
             rf"\b(?:valt|is|zijn)\b (?:\w+ ){{0,3}}?niet (?:\w+ ){{0,2}}?{_TO_SAY}\b|\b(?:niet mogelijk|"
                      rf"niet eenvoudig|lastig|moeilijk) (?!voor\b)(?:om )?(?:\w+ ){{0,8}}?"
                      rf"(?:{_TO_SAY}|te duiden|te vatten|te becijferen|te ramen|te berekenen)\b|"
                      rf"\bniet (?:eenduidig|exact|precies|nauwkeurig|met zekerheid|op voorhand|zomaar) {_TO_SAY}\b"),
            ("niet & vastgesteld|achterhaald|bepaald|gezegd|nagegaan|gekwantificeerd|herleid|uitgesplitst|"
             "onderscheiden|afgeleid|opgemaakt|berekend",
             r"\b(?:kan|kunnen)\b (?:\w+ ){0,4}?niet (?:\w+ )?(?:worden )?(?:vastgesteld|achterhaald|bepaald|gezegd|"
             r"nagegaan|gekwantificeerd|herleid|uitgesplitst|onderscheiden|afgeleid|opgemaakt|berekend)\b"),
            ("niet & zeggen|aangeven|inschatten|overzien|beoordelen",
             r"\bkan (?:ik|wij|het kabinet) (?:\w+ ){0,3}?niet (?:zeggen|aangeven|inschatten|overzien|beoordelen)\b"),
            ("weet", r"\bweet (?:ik|wij|we|het kabinet) (?:het )?niet\b|\b(?:ik|wij|we) weet (?:het )?niet\b"),
            ("kennis & geen", r"\b(?:heb|hebben|heeft) (?:\w+ ){0,3}?geen (?:\w+ )?kennis (?:van|over)\b"),
            ("blijken", r"\b(?:zal|zullen) (?:nog )?moeten blijken\b|\bmoet (?:nog )?blijken\b"),
            ("weten & niet",
             r"\bweten (?:wij|we) (?:het )?niet\b(?! alleen)|\b(?:wij|we) weten (?:het )?niet\b(?! alleen)"),
            ("kaart|beeld & niet", r"\bniet (?:\w+ ){0,3}?(?:in kaart (?:gebracht|te brengen)|in beeld)\b"),
            ("niet & zeggen|aangeven|inschatten|overzien",
             r"^(?:ik|wij|we|het kabinet) (?:kan|kunnen) (?:\w+ ){0,3}?niet (?:\w+ )?(?:zeggen|aangeven|inschatten|"
             r"overzien) (?:hoeveel|of|wat|welke|hoe|wanneer|wie|in hoeverre)\b"),
            ("bestaat|bestaan & niet",
             r"\b(?:registratie|administratie|overzicht|cijfers|gegevens|statistieken?|monitor) "
                                r"(?:\w+ ){0,3}?(?:bestaat|bestaan) (?:\w+ )?niet\b"),
            ("laat & niet", r"\blaat (?:zich |dit zich |zich dit |het zich )(?:\w+ ){0,3}?niet (?:\w+ )?(?:zeggen|"
                            r"voorspellen|bepalen|vaststellen|inschatten|kwantificeren|overzien)\b"),
            ("ontbre", rf"\b(?:{_FIGURES}|zicht|inzicht|overzicht) (?:\w+ ){{0,4}}?ontbre(?:ekt|ken)\b|"
                       rf"\bontbre(?:ekt|ken) (?:\w+ ){{0,4}}?(?:{_FIGURES}|zicht|inzicht|overzicht)\b"),
            ("schatting", r"niet (?:\w+ ){0,2}?mogelijk (?:om )?(?:\w+ ){0,4}?(?:in)?schatting\b|"
                          r"\bgeen (?:\w+ )?(?:in)?"
                          r"schatting (?:\w+ ){0,3}?(?:te )?(?:geven|maken)\b"),
            reach="anywhere"),
    _family("geweigerd", "not its place to judge",
            ("niet aan|nietaan",
             r"niet aan (?:mij|ons|het kabinet|de regering|de minister|de staatssecretaris|mijzelf)\b"),
            ("niet over|nietover & ga",
             r"\b(?:ga|gaat|gaan)\b (?:ik |wij |we |het kabinet )?(?:hier |daar )?niet over\b"),
            ("mengen|bemoeien", rf"{_NO} (?:\w+ ){{0,3}}?(?:te )?(?:mengen|bemoeien)\b|"
                                rf"\b(?:meng|bemoei)\b (?:\w+ ){{0,3}}?"
                                rf"{_NO}"),
            ("past", r"\bpast (?:mij|het kabinet|ons) niet\b|\bpast niet (?:in|bij) (?:mijn|onze|de) (?:\w+ )?(?:rol|"
                     r"positie)\b"),
            ("rol|taak & niet", r"\b(?:is|behoort) (?:\w+ )?niet (?:tot )?(?:mijn|onze) (?:\w+ )?(?:rol|taak)\b|"
                         r"\bniet de (?:rol|taak) van (?:het kabinet|de minister|de regering|mij)\b"),
            ("stoel", r"\bniet op de stoel van\b|\bstoel van de rechter\b.{0,40}?\bniet\b"),
            ("treed|treden", r"\btre(?:ed|edt|den)\b (?:ik |wij |het kabinet )?(?:daar |hier |daarin |hierin )?niet\b|"
                             r"niet (?:\w+ )?tre(?:ed|edt|den) in\b"),
            # not its place to speak or judge (not "Het is niet gebruikelijk dat scholen …", "De burgemeester is niet
            # bevoegd om … te verbieden": facts about others)
            ("bevoegd|gepast|gebruikelijk", r"\bniet (?:\w+ )?(?:bevoegd|gepast|gebruikelijk)\b(?=.{0,80}?(?:"
             r"in te gaan|ingaan|reageren|commentaar|uitspra|oordel|beoordel|mededeling|te mengen|te treden|"
             r"vooruit te lopen|specul))|"
             r"\b(?:ik|wij|we|het kabinet|de regering) (?:ben|is|zijn) (?:\w+ )?niet (?:\w+ )?bevoegd\b"),
            ("rol", r"\b(?:heb|heeft|hebben)\b (?:\w+ ){0,5}?geen (?:enkele |formele )?rol\b"
                    r"(?! (?:\w+ ){0,4}?(?:gespeeld|gehad)\b)"),  # "heeft geen rol gespeeld bij": was not involved
            ("buiten", r"\b(?:valt|ligt) (?:\w+ )?buiten (?:mijn|de|onze) (?:\w+ )?(?:bevoegdheid|"
                       r"verantwoordelijkheid|competentie)"), reach="anywhere"),
    _family("geweigerd", "judging left to another",
            ("rechter|commissie|toezichthouder|inspectie|autoriteit|ministerie|het om",
             rf"\b(?:is|ligt)\b (?:\w+ ){{0,3}}?aan (?:de|het) (?:\w+ )?{_OTHERS}\b|\blaat (?:ik|het kabinet) "
                    rf"(?:\w+ ){{0,3}}?aan (?:de|het) (?:\w+ )?{_OTHERS}\b"),
            # another's decision ("Het is aan de gemeenteraad om hierover te beslissen"; not "Het is aan gemeenten om
            # passend onderwijs te organiseren": whose task it is)
            ("beslis|besluit|oordel|bepal|afweg|keuze & aan de|aan het|aan een|aande|aanhet|aaneen",
             rf"\b(?:is|ligt)\b (?!(?:\w+ ){{0,3}}?niet\b)(?:\w+ ){{0,3}}?aan (?:de|het|een) (?:\w+ )?"
                    rf"(?:{_OTHERS}|{_LOCAL}|raad|werkgevers?|sociale partners|instellingen?|scholen|school|besturen|"
                    r"bestuur) om\b.{0,80}?\b(?:te )?(?:beslissen|besluiten|beoordelen|oordelen|bepalen|afwegen|"
                    r"een afweging|een oordeel|keuzes? te)\b"),
            ("onafhankelijk & gaat|gaan|beslist|beslissen",
             r"\bonafhankelijke? (?:\w+ )?\w*(?:toezichthouder|instantie|orgaan|rechter|"
             r"commissie|autoriteit|inspectie|raad|bestuursorgaan)\b.{0,80}?\b(?:gaat|gaan|beslist|beslissen) "
             r"(?:zelf(?:standig)? )?over\b"),
            ("zaak|aangelegenheid|verantwoordelijkheid|bevoegdheid",
             rf"\b(?:is|betreft|blijft) (?:\w+ ){{0,2}}?(?:zaak|aangelegenheid|verantwoordelijkheid|bevoegdheid) "
             rf"(?:van|voor) (?:de|het) (?:\w+ )?(?:{_OTHERS}|{_LOCAL})\b|"
             r"\baangelegenheid\b.{0,60}?\bniet (?:mijn|het|ons) (?:\w+ )?(?:ministerie|kabinet|rijk)\b")),
    _family("geweigerd", "no speculation, no anticipating",
            ("specul", rf"\bspecul.{{0,200}}?{_NO}|{_NO}.{{0,200}}?\bspecul"),
            # a hypothetical question or situation not gone into ("Gezien het hypothetische karakter van het citaat zie
            # ik dat gevaar niet" is a view)
            ("hypothet", rf"\bhypothet\w* (?:\w+ )?{_HYPOTHETICAL}.{{0,200}}?{_NO}|"
                         rf"{_NO}.{{0,200}}?\bhypothet\w* (?:\w+ )?{_HYPOTHETICAL}"),
            ("vooruit & niet", r"(?<!dan\s)niet (?:\w+ ){0,3}?vooruit ?(?:te )?lop|"  # (not "al dan niet …")
                        r"\bvooruitlop\w* (?:\w+ ){0,2}?niet\b|\bloop "
                        r"(?:ik |wij |we |het kabinet )?(?:daar |hier )?niet (?:\w+ ){0,4}?vooruit\b|"
                        # the government, or a decision, research or advice not anticipated ("Het kabinet loopt niet
                        # vooruit op de besluitvorming"; not "Nederland loopt niet vooruit op deze ontwikkelingen")
                        r"^(?:ik|wij|we|het kabinet|de regering|de minister|de staatssecretaris) (?:loop|loopt|lopen) "
                        r"(?:\w+ ){0,2}?niet (?:\w+ ){0,2}?vooruit\b|\bniet (?:\w+ ){0,2}?vooruit op (?:de|het|een) "
                        r"(?:\w+ )?(?:besluitvorming|uitkomst\w*|resultaten|onderzoek|besluit|advies|evaluatie|"
                        r"standpunt|kabinetsreactie|beoordeling)\b"),
            ("positie & niet", r"\bniet in de positie (?:om )?(?:\w+ ){0,4}?(?:te )?(?:oordelen|beoordelen|uitspra|"
                        r"reageren|in te gaan|zeggen|mededelingen)"),
            ("wacht & alvorens|voordat|voor ik",
             r"\b(?:afwachten|af te wachten|wacht (?:\w+ ){0,8}?af)\b.{0,120}?\b(?:alvorens|voordat|voor ik)\b"
                      r".{0,80}?\b(?:oordeel|standpunt|mening|uitspra|reactie|conclusie|besluit|in te gaan|"
                      r"reageren)|"  # ("alvorens een standpunt in te nemen, wacht ik het advies af")
                      r"^(?:alvorens|voordat)\b.{0,80}?\b(?:oordeel|standpunt|mening|uitspra|reactie)\b.{0,80}?"
                      r"\b(?:wil|wacht) (?:ik|wij|we|het kabinet)\b.{0,80}?\baf(?: te)? ?(?:wachten)?\b"),
            ("beantwoord & eerst|pas", r"\b(?:kan|kunnen)\b (?:\w+ ){0,3}?(?:eerst|pas) (?:\w+ ){0,4}?"
                                      r"(?:worden )?beantwoord\w*,? (?:\w+ ){0,2}?(?:nadat|als|wanneer|zodra)\b"),
            # too early to answer, to react or to take a view ("acht ik het thans te vroeg om de vragen 2 t/m 5 te
            # beantwoorden", "Het is prematuur om hierop in te gaan"; not "te vroeg om te zeggen": not known yet)
            ("vroeg|prematuur|voorbarig",
             r"\b(?:te vroeg|prematuur|voorbarig),? (?:om )?(?:\w+ ){0,8}?(?:te beantwoorden|in te gaan|te reageren|"
             r"(?:een|mijn|ons) (?:\w+ )?(?:standpunt|mening|reactie) (?:\w+ ){0,4}?te (?:geven|bepalen|"
             r"vormen|uiten)|een (?:\w+ )?standpunt (?:\w+ ){0,2}?in te nemen|"
             r"(?:mij|ons|me) (?:\w+ ){0,2}?uit te spreken)\b"),
            reach="anywhere"),
    _family("geweigerd", "cannot or will not speak on it",
            ("uitspra|uitlating|mededeling|commentaar", r"geen (?:\w+ ){0,2}?(?:uitspra(?:ak|ken)|uitlatingen|"
             r"mededelingen?|commentaar)\b(?! (?:van|door)\b)(?!.{0,120}?\b(?:bekend geworden|ontvangen|"
             r"binnengekomen)\b)|"  # "Tot dusver zijn geen reacties of commentaar … bekend geworden": a fact
             r"niet (?:\w+ ){0,12}?(?:uitspra(?:ak|ken)|uitlatingen|mededelingen) "
             r"(?:\w+ )?(?:te )?doen\b"),
            ("openba", rf"niet (?:\w+ )?(?:in|buiten) (?:de openbaarheid|het openbaar)|(?:in|buiten) (?:de "
                       rf"openbaarheid|het openbaar) (?:\w+ ){{0,3}}?{_NO}"),
            ("niet & in op|inop|op in|opin|ingaan|in gaan|te gaan|tegaan|nader in|naderin|reageren",
             r"niet (?:\w+ ){0,3}?(?:in op|op in|ingaan|in gaan|in te gaan|nader in|reageren)\b"
                     r"(?! (?:op )?(?:het|een|dit|dat|uw|hun|zijn|haar) (?:\w+ )?(?:verzoek|aanbod|uitnodiging)\b)"),
            ("antwoord", r"geen antwoord (?:\w+ )?geven\b"),
            ("oordeel & geen",
             r"\b(?:geef|geeft|geven|vel|velt|vellen|spreek|spreekt|spreken)\b (?:\w+ ){0,3}?geen (?:\w+ )?"
                        r"oordeel\b|\bgeen (?:\w+ )?oordeel (?:\w+ ){0,4}?(?:te )?(?:geven|vellen|uitspreken)\b"),
            ("reageer|reageert|reageren & niet", r"^(?:ik|wij|we|het kabinet|de regering|de minister) (?:reageer|"
                                          r"reageert|reageren) (?:\w+ )?niet\b|"
                                          r"\breageer (?:ik|wij|het kabinet) (?:\w+ )?niet\b"),
            ("uitspra|uitlating|mededeling & gedaan",
             r"\b(?:uitspra(?:ak|ken)|uitlatingen|mededelingen) (?:\w+ ){0,8}?(?:wordt|"
             r"worden|werd|werden) (?:\w+ ){0,3}?(?:niet|geen) (?:\w+ )?gedaan\b"),
            ("onthoud", r"\bonthoud (?:ik )?(?:mij|me)\b"),
            ("aanleiding", r"geen (?:\w+ )?aanleiding (?:\w+ ){0,6}?(?:in te gaan|te reageren|uitspraken)"),
            ("niets", r"\bkan (?:ik|wij|het kabinet) (?:\w+ ){0,4}?niets (?:\w+ ){0,3}?(?:zeggen|melden|mededelen)\b"),
            ("laat|laten", r"\b(?:laat|laten) (?:ik |wij |het kabinet )?(?:mij|me|zich|ons) (?:\w+ ){0,3}?niet "
                    r"(?:\w+ ){0,3}?uit\b"),
            ("becommentarie", rf"\bbecommentarie\w* (?:\w+ )?{_NO}|{_NO} (?:\w+ ){{0,3}}?(?:te )?becommentarie"),
            ("niet|geen & delen|verstrekken|openba|bekendmaken|prijsgeven",
             rf"\b(?:kan|kunnen|mag|mogen|wil)\b (?:\w+ ){{0,6}}?"
             rf"{_NO} (?:\w+ ){{0,6}}?(?:delen|verstrekken|openbaar maken|openbaren|bekendmaken|prijsgeven)\b|"
             rf"{_NO} (?:\w+ ){{0,2}}?(?:kan|kunnen|mag|mogen|wil) (?:\w+ ){{0,3}}?(?:delen|verstrekken|openbaar maken|"
             rf"openbaren|bekendmaken|prijsgeven)\b"),
            (f"niet|geen & {_MATTERS_WORDS}", rf"\b{_SPEAK}\b (?:\w+ ){{0,4}}?{_NO} "
             rf"(?:\w+ ){{0,6}}?(?:over|op|in) (?:\w+ ){{0,2}}?{_MATTERS} |^(?:over|op) (?:\w+ ){{0,2}}?{_MATTERS} "
             rf"(?:\w+ ){{0,3}}?{_SPEAK} (?:\w+ ){{0,4}}?{_NO}"), reach="anywhere"),
    _family("geweigerd", "held back for a reason",
            ("niet|geen & privacy|vertrouwelijk|opsporingsbelang|onderzoek|zaak|procedure|veiligheid|geheimhouding|"
             "gevoelig|beursgenoteerd|rechter|judice",
             rf"\b(?:vanwege|in verband met|gelet op|gezien|met het oog op|lopende|omwille van|uit|"
             rf"in het belang van|nu|omdat|aangezien)\b (?:\w+ ){{0,4}}?(?:privacy|\w*vertrouwelijk\w*|"
             rf"opsporingsbelang|lopend\w* \w*(?:onderzoek|zaak|procedure)|onderzoek|(?:straf|rechts)zaak|"
             rf"staatsveiligheid|nationale veiligheid|geheimhouding|(?:koers|markt|concurrentie)gevoelig\w*|"
             rf"beursgenoteerd\w*|(?:onder|voor) de rechter|sub judice)\b.{{0,200}}?\b(?:kan|kunnen|mag|mogen|wil|"
             rf"doe|doet|wordt|worden)\b.{{0,200}}?{_NO}"), reach="anywhere"),
    # last: a lead of no other family that gives a view, argues or says no firmly answers; a sentence further on
    # that says part is not known, or points elsewhere for more, is a side remark ("Ik onderschrijf dat … . … Er is
    # nog geen zicht op een tijdspad.", "Hoewel het Handvest … . … Wij verwijzen naar de stemverklaring.")
    _family("inhoudelijk", "a view, an argument, a firm no",
            ("onderschrij|meen|menen|vind|deel|delen|deelt", r"^(?:ik|wij|we|het kabinet|de regering|de minister) "
             r"(?:\w+ )?(?:onderschrijf|onderschrijven|onderschrijft|meen|menen|meent|vind|vinden|vindt|deel|delen|"
             r"deelt)\b(?!.{0,200}?\b(?:belangrijk|van (?:\w+ )?belang|essentieel)\b)"),  # "… belangrijk": general
            ("mening|oordeel|opvatting|eens|overtuigd", r"^(?:ik|wij|we|het kabinet|de regering) (?:\w+ ){0,2}?(?:ben|"
             r"zijn|is) (?:\w+ ){0,2}?(?:van mening|van oordeel|van opvatting|het (?:\w+ )?eens|overtuigd)\b|"
             r"^naar (?:mijn|ons|het|de) (?:\w+ )?(?:mening|oordeel|opvatting)\b"),
            ("sprake", r"\b(?:kan|is|was) (?:er )?geen sprake (?:zijn|van|wezen)?\b"),
            ("hoewel|weliswaar|ofschoon", r"^(?:hoewel|alhoewel|weliswaar|ofschoon)\b"), reach="lead"),
)  # fmt: skip
_POINTERS = ("verwijzing-antwoord", "verwijzing-brief")
_ANOTHER = "a pointer to another answer"
# a concession that leads a sentence ("Hoewel ik niet op de casus kan ingaan, onderschrijf ik niet dat …"): its main
# clause decides, and says something of substance when it is of no family
_CONCEDED = re.compile(r"(?:al)?hoewel\b[^,;()]{0,200}(?:\([^()]{0,200}\))?[^,;()]{0,80}?(?:[,;] ?|(?<=\) ))")
# a clause that recalls what was said before a refusal or "not known" ("Zoals hiervoor ook aangegeven, kan ik over
# individuele zaken geen mededelingen doen."): the refusal decides, not the pointer
_AS_SAID = (r"zoals [^,;]{0,120}?\b(?:aangegeven|gemeld|gezegd|vermeld|opgemerkt|gesteld|toegelicht)\b"
            r"[^,;]{0,60}?[,;] ?")  # (compiled at its first use, by re's cache: few sentences open so)
_WITHHELD = ("geweigerd", "onbekend")
_CONCESSION = next(family for family in FAMILIES if family.name == "a view, an argument, a firm no")
# a sentence that sums up what a pointer points to ("Daaruit blijkt dat …", "Deze brief is …")
_SUMMARY = re.compile(r"(?:daaruit|hieruit|daarin|hierin|daarbij|hierbij|kort ?gezegd|samengevat|in het kort|"
                      r"(?:deze|die|dit|dat|het|de) (?:\w+ )?(?:brief|antwoord|antwoorden|beantwoording|rapport|"
                      r"notitie|nota))\b")
# the families of a pointer that decides right after a general lead in an answer of up to SHORT sentences ("Het kabinet
# vindt dit belangrijk. Voor de uitwerking verwijs ik naar de Kamerbrief van 3 mei. …")
_POINTING = ("a pointer to another answer", "a pointer to a letter, a paper, a report, a website")
# one of which such a sentence holds (a quick look: one search for them all)
_POINTING_WORDS = re.compile("verw|zie|beantwoord|vinden|behoe")
# every phrasing in the table's order, and for each word the phrasings that hold it (a sentence's words are found in
# one scan, and only the phrasings whose words it holds are tried)
_PHRASINGS = [(family, phrasing) for family in FAMILIES for phrasing in family.phrasings]
_WORDS = WordScan(word for _family, phrasing in _PHRASINGS for group in (phrasing.cues, *phrasing.needs)
                  for word in group)  # fmt: skip


def _cue_index(which: Callable[[Family], bool]) -> dict[str, list[int]]:
    """For each word of the families chosen, the phrasings that hold it."""
    index: dict[str, list[int]] = {}
    for at, (family, phrasing) in enumerate(_PHRASINGS):
        for cue in phrasing.cues if which(family) else ():
            index.setdefault(cue, []).append(at)
    return index


Among = Literal["anywhere", "pointing"] | None  # the families a sentence is read for: all, or these
_CUES: dict[Among, dict[str, list[int]]] = {
    None: _cue_index(lambda family: True), "anywhere": _cue_index(lambda family: family.reach == "anywhere"),
    "pointing": _cue_index(lambda family: family.name in _POINTING),
}  # fmt: skip
_TOO_EARLY = (r"\b(?:te vroeg|prematuur|voorbarig)\b,? (?:om )?(?:\w+ ){0,3}?vra(?:ag|gen)\b.{0,60}?"
              r"\bte beantwoorden\b")  # (compiled at its first use, by re's cache)
# one is in every sentence of a family that reaches anywhere
_NEGATIONS = re.compile("niet|geen|onbekend|onthoud|vroeg|prematuur|voorbarig")
# what a pointer after a bare yes defers: the reaction, judgement or answer asked
_DEFERRED = re.compile(r"voor (?:een|de|het|mijn|onze|ons) (?:\w+ )?(?:reactie|appreciatie|oordeel|standpunt|"
                       r"beoordeling|beantwoording|antwoord)\b")
_DIRECT = re.compile(r"^(?:ja|nee|neen|jazeker|zeker|klopt|dat klopt|dit klopt|inderdaad|correct|juist|"
                     r"(?:dat|dit|het) is (?:niet )?(?:juist|correct))\b")  # an answer that says yes or no answers
_BUSY = re.compile(r"\b(?:wordt|worden) (?:\w+ ){0,4}?(?:gewerkt|onderzocht|bezien|bekeken|uitgewerkt|verkend)|\bbek"
                   r"ijk|"
                   r"\bverken|\bingewikkeld|\bnog (?:niet|geen)\b|\bmomenteel\b|\bop dit moment\b")  # still at work
# a sentence past the lead that opens so adds a side remark to what was answered: it decides nothing ("Overigens mag
# ik ook verwijzen naar de antwoorden …")
_ASIDE = re.compile(r"\s*(?:overigens|daarnaast|tevens|bovendien|voorts)", re.IGNORECASE)  # one match a sentence
_CITED = re.compile(r"\([^()]{0,200}\)")  # "(Kamerstuk 36 200, nr. 12)": a citation, not what was said
_CONTENT = re.compile(r"[«“\"]|: |.{240}")  # a quote, or a long sentence: a pointer that gives what it points to
_PLAIN_LETTERS = str.maketrans("áàâäãåéèêëíìîïóòôöõúùûüýÿñç", "aaaaaaeeeeiiiiooooouuuuyync", SUPERSCRIPTS)
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


def _tag(sentence: str, reach: Among = None, plain: str = "", telling: bool = True) -> Family | Kind | None:
    """The family a sentence belongs to (of those of that reach), "toezegging" for a promise (when any family is
    asked for), None for a sentence of substance (`plain`: the sentence as _plain gives it, when made already;
    `telling`: False when its answer holds no verb of telling, so none of its sentences is a promise)."""
    plain = plain or _plain(sentence[:LONGEST])
    said = re.match(_AS_SAID, plain) if reach is None and plain.startswith("zoals") else None
    if said is not None:
        main = _tag(sentence, None, plain[said.end() :] or " ", telling)
        if isinstance(main, Family) and main.kind in _WITHHELD:
            return main
    conceded = _CONCEDED.match(plain) if reach is None else None
    if conceded is not None:  # "Hoewel ik geen zicht heb op …, speelt …": what the main clause says decides
        main = _tag(sentence, None, plain[conceded.end() :] or " ", telling)
        return _CONCESSION if main is None else main
    seen, cues = _WORDS.found(plain), _CUES[reach]
    tried = {at for word in seen if word in cues for at in cues[word]}  # the phrasings that may match
    for at in sorted(tried):
        family, phrasing = _PHRASINGS[at]
        if phrasing.search(plain, seen):
            if family.kind == "verwijzing-brief" and telling and is_promise(sentence):
                return "toezegging"  # a pointer to a letter still to come is a promise
            if family.kind == "inhoudelijk":
                return "toezegging" if telling and is_promise(sentence) else family  # "Ja, zodra …, deel ik …"
            if family.reach == "lead" and family.kind != "geweigerd" and _CONTENT.search(_CITED.sub("", sentence)):
                return None  # "Zoals in de brief staat: «…»": what was said is given here
            return family
    return "toezegging" if reach is None and telling and is_promise(sentence) else None


def _tag_anywhere(raw: str, telling: bool) -> Family | None:
    """The family a sentence past the lead belongs to (as printed: its spacing not yet made one), of those that reach
    anywhere (each says no: "niet", "geen", "onbekend", "onthoud"; a sentence without one costs four substring
    searches)."""
    lowered = raw.lower()
    if _NEGATIONS.search(lowered) is None:
        return None
    sentence = one_spaced(raw)
    tag = _tag(sentence, "anywhere", telling=telling)
    return tag if isinstance(tag, Family) else None


def kind_and_promises(text: str | None, answered: date | None) -> tuple[Verdict, list[Promise]]:
    """An answer's kind and its promises (see kind_of and promises_in), its sentences split once for both (most
    answers hold no verb of telling: the kind splits only the first few of theirs)."""
    if not text or not may_promise(text):
        return kind_of(text, telling=False), []
    split = list(spans(text))
    return kind_of(text, split, telling=True), promises_in(text, answered, split)


def kind_of(text: str | None, split: Iterable[tuple[int, int]] | None = None, telling: bool | None = None) -> Verdict:
    """The kind of an answer, and the sentence it was read from. Its lead (the first sentence past an opening
    apology, thanks or general sentence on policy: "Het kabinet vindt veiligheid belangrijk.") decides when it is of
    a family. Else, in an answer of at most SHORT sentences not opened by a yes or no, a sentence of a family that
    reaches anywhere decides where it stands ("Dat is een zaak van de gemeente. Over individuele zaken doe ik geen
    uitspraken."); in one of at most SHORTEST, a pointer, or a promise beside a sentence that says the matter is
    still being worked on. Else it is substantive, told by its lead. (The sentences of a long answer past its lead
    are not read: they decide nothing. `split`: where its sentences lie, `telling`: whether it holds a verb of
    telling, when known.)"""
    printed, whole = first_sentences(text or "", READ, split)
    if not printed:
        return Verdict("niet-beantwoord", "")
    if telling is None:
        telling = may_promise(text or "")
    lead, first = 0, one_spaced(printed[0])
    plain = _plain(first[:LONGEST])
    tag = _tag(first, None, plain, telling)
    while isinstance(tag, Family) and tag.kind == "opening" and lead + 1 < len(printed):
        lead += 1
        first = one_spaced(printed[lead])
        plain = _plain(first[:LONGEST])
        tag = _tag(first, None, plain, telling)
    if lead and isinstance(tag, Family) and tag.name == _ADDED:  # "… belangrijk. Zie ook …": added to a view
        return Verdict("inhoudelijk", one_spaced(printed[lead - 1]))
    core = printed[lead:]
    short = whole and len(core) <= SHORT
    if len(core) > 1 and _BARE.match(first) and _DEFERRED.match(_plain(core[1].lstrip())):
        second = one_spaced(core[1])  # "Ja. Voor een reactie verwijs ik naar …": the yes knew the report, the
        pointer = _tag(second, "pointing", telling=telling)  # reaction asked is pointed to (convention 2)
        if isinstance(pointer, Family):
            return Verdict(pointer.kind, second)  # type: ignore[arg-type]
    if isinstance(tag, Family) and tag.reach == "lead" and tag.kind in _POINTERS and not short:
        return Verdict("inhoudelijk", first)  # "Zoals in de brief staat, …" then a long answer: substance added
    if isinstance(tag, Family) and tag.name == _ANOTHER and plain.startswith("zie") and len(core) > 1:
        after = next((one_spaced(raw) for raw in core[1:] if _ASIDE.match(raw) is None), "")
        substance = after and _SUMMARY.match(_plain(after)) is None
        if substance and _tag(after, telling=telling) is None:
            # "Zie het antwoord op vraag 8. Rijkswaterstaat heeft …": the answer in its own words after the pointer,
            # not a summary of what it points to nor a general sentence (convention 4)
            return Verdict("inhoudelijk", after)
    if tag is not None and _kind(tag) != "opening":
        return Verdict(_with_promise(_kind(tag), core, telling), first)  # type: ignore[arg-type]
    if _DIRECT.match(plain):
        return Verdict("inhoudelijk", first)
    aside = _ASIDE.match
    said = [first, *[raw for raw in core[1:] if aside(raw) is None]]  # a side remark decides nothing
    if (len(core) > SHORTEST or not short) and len(said) > 1 and _POINTING_WORDS.search(said[1].lower()):
        second = one_spaced(said[1])  # a pointer right after a general lead decides in a longer answer too
        pointer = _tag(second, "pointing", telling=telling)
        if isinstance(pointer, Family):
            return Verdict(pointer.kind, second)  # type: ignore[arg-type]
    if not short:
        return Verdict(*_declined(core[1:]) or ("inhoudelijk", first))
    if len(core) > SHORTEST:  # past SHORTEST only the families that reach anywhere (each says no)
        lowered = "\n".join(said[1:]).lower()
        if _NEGATIONS.search(lowered) is None:
            return Verdict("inhoudelijk", first)
        for raw in said[1:]:
            found = _tag_anywhere(raw, telling)
            if found is not None:
                return Verdict(_with_promise(found.kind, core, telling), one_spaced(raw))  # type: ignore[arg-type]
        return Verdict("inhoudelijk", first)
    said = [first, *map(one_spaced, core[1:])]
    rest = [_tag(sentence, telling=telling) for sentence in said[1:]]
    rest = [None if isinstance(other, Family) and _aside(sentence) else other
            for sentence, other in zip(said[1:], rest, strict=True)]
    for sentence, other in zip(said[1:], rest, strict=True):
        if isinstance(other, Family) and other.reach == "anywhere" and other.kind != "opening":
            return Verdict(_with_promise(other.kind, core, telling), sentence)
    for sentence, other in zip(said[1:], rest, strict=True):
        if other == "toezegging" and any(_BUSY.search(_plain(line)) for line in said if line != sentence):
            return Verdict("toezegging", sentence)
        if isinstance(other, Family) and other.reach == "short" and other.kind != "opening":
            return Verdict(other.kind, sentence)
    return Verdict("inhoudelijk", first)


def _declined(rest: list[str]) -> tuple[Kind, str] | None:
    """The sentence of a long answer, past its lead, that says it is too early to answer the questions ("Gelet op het
    voorgaande acht ik het thans te vroeg om de vragen 2, 3, 4 en 5 te beantwoorden."): background before it is no
    substance given (most long answers say neither word: two substring searches each)."""
    for raw in rest:
        lowered = raw.lower()
        if "beantwoord" in lowered and re.search(_TOO_EARLY, _plain(one_spaced(raw))):
            return "geweigerd", one_spaced(raw)
    return None


def _aside(sentence: str) -> bool:
    """Whether a sentence opens as a side remark ("Overigens …", "Daarnaast …")."""
    return _ASIDE.match(sentence) is not None


def _kind(tag: Family | Kind | None) -> Kind | Literal["opening"] | None:
    return tag.kind if isinstance(tag, Family) else tag


def _with_promise(kind: Kind, core: list[str], telling: bool) -> Kind:
    """Not known, with a promise to tell when it is: a promise (the answer offers a later letter)."""
    promised = kind == "onbekend" and telling and any(is_promise(one_spaced(raw)) for raw in core[:SHORT])
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
