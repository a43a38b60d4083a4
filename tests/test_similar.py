"""Earlier sets on the same subject: the ranking (stems, compounds, the ministry, shared citations, earlier only),
the sets named on top, `kqreader similar`, the reader's `r` view, and the evaluation on the real documents."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import orjson
import pytest
from textual.widgets import Static

from kqreader.facts.mentions import cited_documents, named_sets
from kqreader.facts.references import yearless_aanhangsels
from kqreader.model import Answer, Dossier, Footnote, Person, Question
from kqreader.parsing import parse_file
from kqreader.query import similar
from kqreader.query.catalog import Catalog
from kqreader.query.similar import Concept, concepts_of, similar_sets, stem
from kqreader.text.dates import vergaderjaar
from kqreader.tui.app import ReaderApp
from kqreader.tui.screens.similar_sets import SimilarScreen
from kqreader.tui.settings import Settings
from tests.evaluation import similar_eval
from tests.helpers import imported, kqreader
from tests.test_reader import selected

TODAY = date(2030, 12, 1)
SETS = {  # id: (asked, ministry, subject, [(question, answer)])
    "2030Z00001": ("8 januari 2026", "Landbouw, Natuur en Voedselkwaliteit", "de stikstofuitstoot bij Natura 2000", [
        ("Hoeveel vergunningen voor stikstofuitstoot zijn verleend nabij Natura 2000-gebieden?",
         "Er zijn 41 vergunningen verleend (Kamerstuk 35 334, nr. 12)."),
        ("Wordt de stikstofdepositie gemeten?", "Ja, het RIVM meet de depositie.")]),
    "2030Z00002": ("3 maart 2027", "Volksgezondheid, Welzijn en Sport", "wachttijden in de jeugdzorg", [
        ("Hoe lang zijn de wachttijden in de jeugdzorg?", "Gemiddeld twaalf weken."),
        ("Wat doet u aan de wachtlijsten?", "Ik investeer in extra plekken.")]),
    "2030Z00003": ("9 april 2028", "Landbouw, Natuur en Voedselkwaliteit", "de vergunningverlening voor stikstof", [
        ("Hoeveel stikstofvergunningen worden dit jaar verleend bij Natura 2000?",
         "Dat volgt uit de aanpak die in Kamerstuk 35 334, nr. 12 is beschreven."),
        ("Is de vergunning van de melkveehouder ingetrokken?", "Nee.")]),
    "2030Z00004": ("2 mei 2029", "Infrastructuur en Waterstaat", "de tolheffing op de Westerscheldetunnel", [
        ("Klopt het dat de tol blijft?", "Ja, tot 2033.")]),
    "2030Z00005": ("5 juni 2030", "Landbouw, Natuur en Voedselkwaliteit", "stikstof en Natura 2000, opnieuw", [
        ("Herinnert u zich de antwoorden op vragen 2030Z00002? Hoeveel vergunningen zijn verleend voor "
         "stikstofuitstoot bij Natura 2000-gebieden sinds de vorige vragen?", "Sindsdien nog zes vergunningen.")]),
    "2030Z00006": ("9 juli 2030", "Landbouw, Natuur en Voedselkwaliteit", "stikstofuitstoot bij Natura 2000 gebieden", [
        ("Worden er meer vergunningen voor stikstofuitstoot verleend?", "Nee.")]),
}  # fmt: skip


def questions(ident: str, asked: str, ministry: str, subject: str, pairs: list[tuple[str, str]]) -> str:
    """A set in the converters' Markdown: its questions and their answers."""
    parts = [f"## {ident}\n\nVragen van het lid **Jansen** (VVD) aan de Minister van {ministry} over *{subject}* "
             f"(ingezonden {asked})\n"]  # fmt: skip
    for number, (question, answer) in enumerate(pairs, 1):
        parts.append(f"\n**Vraag {number}**\n\n{question}\n\n**Antwoord {number}**\n\n{answer}\n")
    return "".join(parts)


def write_sets(folder: Path) -> list[Path]:
    for ident, (asked, ministry, subject, pairs) in SETS.items():
        (folder / f"{ident}-vragen.md").write_text(questions(ident, asked, ministry, subject, pairs), "utf-8")
    return sorted(folder.glob("*.md"))


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("similar")
    write_sets(folder)
    return imported(folder)


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    return Catalog([parse_file(p) for p in write_sets(tmp_path_factory.mktemp("sets"))], TODAY)


def ids(found: list) -> list[str]:  # type: ignore[type-arg]
    return [f.id for f in found]


def test_a_word_is_matched_by_its_stem_and_as_the_head_of_a_compound() -> None:
    assert stem("vergunningen") == stem("vergunning")
    concept = next(c for c in concepts_of("Hoeveel vergunningen?") if "vergunningen" in c.words)
    assert concept.matches("vergunning") and concept.matches("vergunningen")
    assert concept.matches("vergunningverlening")  # a compound it starts
    assert concept.matches("vergunnen")  # the verb: one stem (Snowball)
    assert not concept.matches("vergunde") and not concept.matches("vergelding")
    assert not Concept(stem("land"), ("land",), 1).matches("landbouw")  # too short to head a compound
    documents = Concept(stem("documenten"), ("documenten",), 1)
    assert documents.matches("documentenstroom") and not documents.matches("documentatie")  # derived: no compound
    said = concepts_of("Bent u bereid deze vragen te beantwoorden? Waarom niet? Zie Kamerstuk 36 200, nr. 12.")
    assert said == []  # function words, procedure, numbers, Kamerstuk out


def test_earlier_sets_on_the_subject_come_first_the_named_one_on_top(catalog: Catalog) -> None:
    place = next(p for p in range(catalog.dossier_count) if catalog.summary(p).id == "2030Z00005")
    found = similar_sets(catalog, place, limit=3)
    assert [(f.id, f.relation) for f in found] == [("2030Z00002", "named"), ("2030Z00001", "similar"),
                                                   ("2030Z00003", "similar")]  # fmt: skip
    assert found[1].question == 1 and {"natura", "stikstofuitstoot", "vergunningen"} <= set(found[1].shared)
    assert "2030Z00006" not in ids(found)  # asked later
    later = similar_sets(catalog, place, limit=3, later_too=True)
    assert ids(later)[1] == "2030Z00006"  # later too: the most alike (the same words, one question)


def test_a_shared_kamerstuk_and_the_same_ministry_rank_higher(catalog: Catalog) -> None:
    place = next(p for p in range(catalog.dossier_count) if catalog.summary(p).id == "2030Z00003")
    found = similar_sets(catalog, place, limit=3)
    assert ids(found) == ["2030Z00001"]  # the only earlier set sharing its words
    assert found[0].cited == ("kst-35334-12",)


def test_similar_for_one_question(catalog: Catalog) -> None:
    places = {catalog.summary(p).id: p for p in range(catalog.dossier_count)}
    found = similar_sets(catalog, places["2030Z00002"], question=2, later_too=True)
    assert [(f.id, f.relation) for f in found] == [("2030Z00005", "names-this")]  # wachtlijsten: no other set
    found = similar_sets(catalog, places["2030Z00003"], question=1, later_too=True)
    assert ids(found) == ["2030Z00001", "2030Z00005", "2030Z00006"]  # the one citing the same Kamerstuk first
    assert found[0].cited == ("kst-35334-12",) and found[0].question == 1


def test_the_command_line(db: Path) -> None:
    shown = kqreader("similar", "--db", db, "2030Z00005", "--limit", "2")
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert lines[0] == ("Earlier sets on the same subject as 2030Z00005 (stikstof en Natura 2000, opnieuw):")
    assert lines[1] == " 1. 2030Z00002  3 March 2027  wachttijden in de jeugdzorg"
    assert lines[2] == "    named in it"
    assert lines[3] == "    Answer: Gemiddeld twaalf weken."
    assert lines[4] == " 2. 2030Z00001  8 January 2026  de stikstofuitstoot bij Natura 2000"
    assert lines[5] == ("    alike · question 1 · shares: natura, stikstof, stikstofuitstoot, vergunning, gebieden, "
                        "verleend")
    document = orjson.loads(kqreader("similar", "--db", db, "2030Z00003", "--format", "json").stdout)
    assert document["set"] == "2030Z00003" and [s["id"] for s in document["similar"]] == ["2030Z00001"]
    assert document["similar"][0]["shared_citations"] == ["kst-35334-12"]
    assert document["similar"][0]["answer"] == "Er zijn 41 vergunningen verleend (Kamerstuk 35 334, nr. 12)."
    alone = kqreader("similar", "--db", db, "2030Z00004")  # the tol on the Westerscheldetunnel: nothing earlier
    assert alone.returncode == 0 and alone.stdout == "no earlier questions on this subject found\n"
    dutch = kqreader("similar", "--db", db, "2030Z00004", "--lang", "nl")
    assert dutch.stdout == "geen eerdere vragen over dit onderwerp gevonden\n"
    later = kqreader("similar", "--db", db, "2030Z00004", "--later")
    assert later.stdout == "no other questions on this subject found\n"
    missing = kqreader("similar", "--db", db, "2030Z09999")
    assert missing.returncode == 1 and missing.stderr.strip().endswith("no dossier '2030Z09999' in this database")
    for wrong in ("0", "-1", "tien"):
        refused = kqreader("similar", "--db", db, "2030Z00004", "--limit", wrong)
        assert refused.returncode == 2 and refused.stderr.count("\n") == 1
        assert f"argument --limit: not a number of 1 or more: '{wrong}'" in refused.stderr
    no_question = kqreader("similar", "--db", db, "2030Z00004", "-q", "7")
    assert no_question.returncode == 1 and no_question.stderr.strip().endswith("2030Z00004 has no question 7")


async def test_the_reader_view_and_going_to_an_earlier_set(tmp_path: Path) -> None:
    app = ReaderApp([parse_file(p) for p in write_sets(tmp_path)], today=TODAY, settings=Settings(order="oldest"))
    async with app.run_test(size=(140, 40)) as pilot:
        assert app._go_to(("2030Z00005", 1))
        await pilot.press("r")
        screen = app.screen
        assert isinstance(screen, SimilarScreen)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert [f["id"] for f in screen.shown] == ["2030Z00002", "2030Z00001", "2030Z00003"]
        assert str(screen.query_one("#similar-counts", Static).render()) == "1 named, 2 alike in words"
        await pilot.press("down")
        detail = str(screen.query_one("#similar-detail", Static).render())
        assert detail.splitlines() == ["2030Z00001 · Jansen · question 1",  # the words shared: cut in their column
                                       "shares: stikstofuitstoot, natura, stikstof, vergunningen, gebieden, verleend",
                                       "Answer: Er zijn 41 vergunningen verleend (Kamerstuk 35 334, nr. 12)."]
        await pilot.press("l")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "2030Z00006" in [f["id"] for f in screen.shown]
        await pilot.press("enter")  # the top row again after the table was filled anew: the named set
        await pilot.pause()
        assert not isinstance(app.screen, SimilarScreen)
        assert selected(app) == "2030Z00002"  # a named set: its own row
        await pilot.press("backspace")
        await pilot.pause()
        assert selected(app) == "2030Z00005:1"


async def test_the_reader_says_in_one_line_that_there_is_none(tmp_path: Path) -> None:
    app = ReaderApp([parse_file(p) for p in write_sets(tmp_path)], today=TODAY, settings=Settings(order="oldest"))
    async with app.run_test(size=(80, 24)) as pilot:
        assert app._go_to(("2030Z00004", None))
        await pilot.press("r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SimilarScreen) and screen.shown == []
        said = str(screen.query_one("#similar-counts", Static).render())
        assert said == "no earlier questions on this subject found"


def test_the_evaluation_on_the_real_documents() -> None:
    """The figures the README gives (tests/evaluation/similar_eval.py; the shared corpus when it is there): fewer
    sets shown than TF-IDF's five, more of them in the query's field; nothing shown for nearly every query with no
    earlier set in its field; the three pairs that name the other, in the week's documents and the crawl's SGD
    pages (their 44 references to other sets name 3 the store holds)."""
    result = similar_eval.evaluate([f for f in similar_eval.FOLDERS if f.exists()])
    judged = result["all"]["judged"]
    assert judged["queries"] >= 60 and judged["shown on the field"] > 3 * judged["tfidf on the field"]
    assert judged["shown sets"] < judged["tfidf sets"] / 5 and judged["of those, showing nothing"] >= 0.8
    pairs = {(p["query"], p["wanted"]): p["rank"] for p in result["linked pairs"]}
    assert pairs.keys() >= {("2024Z18795", "2024Z18794"), ("ah-tk-19761977-553", "ah-tk-19761977-554")}
    assert pairs[("ah-tk-19761977-553", "ah-tk-19761977-554")] == 1
    assert result["sgd"] == {"pairs": 11, "pairs in the store": 5}  # pairs_sgd.jsonl: 6 between pages not read yet
    assert {(p["query"], p["wanted"]) for p in result["sgd pairs"]} >= {("ah-tk-19761977-904", "ah-tk-19761977-753")}
    assert result["all"]["split"]["recall@5"] >= 0.9


def test_the_words_naming_an_earlier_set_leave_the_query_however_the_page_broke_them() -> None:
    """A pair's reference is written as the page prints it; the stored text may have joined its broken words."""
    text = "Zie het antwoord op de vragen van de heren Jansen en Van der Hek (zie Aanhangsel 1976-1977, nr. 554)."
    words = "het ant-woord op de vragen van de heren Jansen en Van der Hek (zie Aanhangsel 1976-1977, nr. 554)"
    assert similar_eval._without_words(text, words) == "Zie  )."  # the words go, the punctuation after them stays
    assert similar_eval._without_words("ant- woord", "antwoord") == " "


def test_every_form_of_a_reference() -> None:
    """The sets a text names, in the ways the documents print them (a footnote's mark glued to the first)."""
    text = ("7Aanhangsel Handelingen II 2023/24, nr. 1234, 2 oktober 2023. Aanhangsel van de Handelingen, "
            "vergaderjaar 2022–2023, nrs. 387 en 388; Handelingen II 2004/05, Aanhangsel 99; aanhangsel Handelingen "
            "nr. 610, vergaderjaar 1993-1994; Aanhangsel Handelingen TK 2025-2026, nr. 2359; Aanhangsel Handelingen, "
            "vergaderjaar 2022–203, nr. 844; kenmerk 32024Z00081 en kv-tk-2024Z00101.")  # fmt: skip
    assert named_sets(text) == ["2024Z00081", "2024Z00101", "ah-tk-20232024-1234", "ah-tk-20222023-387",
                                "ah-tk-20222023-388", "ah-tk-20042005-99", "ah-tk-19931994-610",
                                "ah-tk-20252026-2359", "ah-tk-20222023-844"]  # fmt: skip
    cited = cited_documents("Kamerstukken II 2019/20, 29 754, nrs. 520 en 2Kamerstuk 29 383, nr. 406; kst-36200-XVI-12")
    assert cited == {"kst-29754-520", "kst-29383-406", "kst-36200-XVI-12"}
    assert named_sets("De Tweede Kamer vergaderde op 12 mei 2024 over 36 200.") == []


def test_an_aanhangsel_number_without_a_year() -> None:
    """"aanhangsel nr. 733" names no set by itself: the numbers are read apart from the forms with a year."""
    text = ("Zie aanhangsel nr. 733 en 7Aanhangsel Handelingen II, nrs. 12 en 13; aanhangselnummer 1651. Niet: "
            "Aanhangsel Handelingen II 2023/24, nr. 1234, aanhangsel Handelingen nr. 610, vergaderjaar 1993-1994, "
            "Aanhangsel van de Handelingen, nr. 387, 2022-2023, taakaanhangsel nr. 5.")  # fmt: skip
    assert yearless_aanhangsels(text) == [733, 12, 13, 1651]
    assert named_sets(text) == ["ah-tk-20232024-1234", "ah-tk-19931994-610", "ah-tk-20222023-387"]


def test_a_set_named_by_its_number_without_a_year_is_looked_for_in_its_own_vergaderjaar_and_the_one_before() -> None:
    """Asked in March 2030 (vergaderjaar 2029–2030) and naming "aanhangsel nr. 55" and "nr. 7": nr. 55 of its own
    year is in the store, nr. 7 only of the year before; both are shown on top, with a doubt. Prinsjesdag (the third
    Tuesday of September) begins a vergaderjaar."""
    words = "de glasaal in de polder en de paling in het gemaal"
    dossiers = [
        _set("2030Z00020", date(2030, 3, 1), "nogmaals de glasaal", f"Hoe gaat het met {words}?",
             footnote="Aanhangsel Handelingen II, nr. 55 en aanhangsel nr. 7."),
        _set("ah-tk-20292030-55", date(2029, 12, 5), "de paling", "Hoe gaat het met de paling?",
             publication="ah-tk-20292030-55"),
        _set("ah-tk-20282029-55", date(2029, 3, 5), "de paling eerder", "Hoe gaat het met de paling?",
             publication="ah-tk-20282029-55"),
        _set("ah-tk-20282029-7", date(2028, 11, 5), "de aal", "Hoe gaat het met de aal?",
             publication="ah-tk-20282029-7"),
    ]  # fmt: skip
    catalog = Catalog(dossiers, TODAY)
    places = {catalog.summary(p).id: p for p in range(catalog.dossier_count)}
    found = similar_sets(catalog, places["2030Z00020"])
    assert [(f.id, f.relation) for f in found][:2] == [("ah-tk-20292030-55", "named-maybe"),
                                                       ("ah-tk-20282029-7", "named-maybe")]  # fmt: skip
    assert similar.vergaderjaren(dossiers[0]) == [2029, 2028]
    assert similar.vergaderjaren(dossiers[1]) == [2029, 2028]  # its published id and its day agree
    assert [vergaderjaar(date(2029, 9, d)) for d in (17, 18)] == ["20282029", "20292030"]  # Prinsjesdag: 18 Sept 2029


def test_a_set_sharing_one_word_only_is_not_shown(tmp_path: Path) -> None:
    sets = {
        "2030Z00021": ("1 maart 2030", "Financiën", "de melkveehouder",
                       [("Hoe gaat het met de melkveehouder?", "Goed.")]),
        "2030Z00022": ("2 maart 2030", "Financiën", "de glasaal",
                       [("Wat weet u van de glasaal, de polder en de melkveehouder?", "Weinig.")]),
        "2030Z00023": ("3 maart 2030", "Financiën", "de glasaal in de polder",
                       [("Zwemt de glasaal in de polder?", "Ja.")]),
    }  # fmt: skip
    for ident, (asked, ministry, subject, pairs) in sets.items():
        (tmp_path / f"{ident}-vragen.md").write_text(questions(ident, asked, ministry, subject, pairs), "utf-8")
    catalog = Catalog([parse_file(p) for p in sorted(tmp_path.glob("*.md"))], TODAY)
    places = {catalog.summary(p).id: p for p in range(catalog.dossier_count)}
    assert similar_sets(catalog, places["2030Z00021"], later_too=True) == []  # only "melkveehouder" in common
    found = similar_sets(catalog, places["2030Z00023"])
    assert ids(found) == ["2030Z00022"] and set(found[0].shared) == {"glasaal", "polder"}  # two words in common


def test_a_set_holding_the_shared_words_in_different_questions_is_shown() -> None:
    """A follow-up takes its words from all of the earlier set's questions: what they share counts wherever it is,
    each word as far as a set that long would not hold it anyway (one question's words alone hid it)."""
    subjects = ["glasaal", "palingvisserij", "fuikenvangst", "aalscholver", "schieraal", "aalmoeder"]
    later = _set("2030Z00031", date(2030, 3, 5), "de paling", "Hoe staat het met " + ", ".join(subjects) + "?")
    earlier = Dossier("2030Z00030", "het IJsselmeer", askers=[Person("Jansen", "VVD")],
                      addressees=["Minister van Financiën"], submitted=date(2030, 1, 5),
                      questions=[Question(n + 1, f"Wat weet u van de {word}?", [], None)
                                 for n, word in enumerate(subjects)])  # fmt: skip
    others = [_set(f"2029Z{n:05d}", date(2029, 1, 1 + n % 28), f"onderwerp {word}", f"Hoe gaat het met de {word}?")
              for n, word in enumerate(["tunnel", "brug", "school", "ziekenhuis", "haven", "spoor", "dijk", "sluis",
                                        "politie", "rechtbank", "museum", "bibliotheek"] * 3)]  # fmt: skip
    catalog = Catalog([later, earlier, *others], TODAY)
    places = {catalog.summary(p).id: p for p in range(catalog.dossier_count)}
    found = similar_sets(catalog, places["2030Z00031"])
    assert ids(found) == ["2030Z00030"] and set(found[0].shared) == set(subjects)


def test_words_that_say_no_subject_are_not_looked_for() -> None:
    """Dates, weekdays, numbers, procedure, the minister's title, the people named, broken and split words."""
    text = ("Kent u het bericht van dinsdag 12 november 2024? Bent u bereid op korte termijn, na de werkzaamheden, "
            "de Minister van Volksgezondheid, Welzijn en Sport en het lid Van der Plas te informeren over de "
            "zorgver-\nzekeraars, de transforma-tiemiddelen (transformatiemiddelen) en de ME'ers? Volgens minister "
            "Faber ligt het bijhet ziekenhuis.")  # fmt: skip
    words = {w for c in concepts_of(text, people=["Agema"]) for w in c.words}
    assert {"zorgverzekeraars", "transformatiemiddelen", "ziekenhuis"} <= words
    assert not words & {"dinsdag", "november", "korte", "termijn", "werkzaamheden", "volksgezondheid", "welzijn",
                        "sport", "plas", "zorgver", "zekeraars", "transforma", "tiemiddelen", "ers", "faber", "kent"}
    assert not {w for c in concepts_of("Wat vindt minister Agema?", people=["M. Agema"]) for w in c.words}
    words = {w for c in concepts_of("Vogelgriep in Azië: hoe groot is het gevaar voor Nederland?") for w in c.words}
    assert "vogelgriep" in words and "nederland" not in words  # the country nearly every set is about
    words = {w for c in concepts_of("Projecten in Noord-Brabant, waarvan mijns inziens twee daartoe dienen.")
             for w in c.words}  # fmt: skip
    assert words == {"projecten", "brabant", "dienen"}  # a clause's stand-in, a letter's phrase, the compass: out


def test_a_word_many_sets_hold_weighs_less_and_does_not_make_two_alike() -> None:
    """The common words are counted over the project's own government texts (no third-party list), and a set
    sharing one telling word and one that many sets hold ("Azië" and "groot") is not shown."""
    source = (Path(similar.__file__).with_name("common_words.txt")).read_text("utf-8")
    assert "tests/evaluation/common_words.py" in source and "wordfreq" not in source.casefold()
    assert similar._telling("maatregelen") < 0.5 and similar._telling("glasaal") == 1.0
    dossiers = [_set("2030Z00040", date(2030, 3, 1), "de ereschuld", "Is de schuld in Azië groot? Groot?"),
                _set("2030Z00041", date(2030, 3, 9), "vogelgriep in Azië", "Hoe groot is de vogelgriep in Azië?")]
    assert similar_sets(Catalog(dossiers, TODAY), 1) == []


def _set(ident: str, day: date, title: str, text: str, answer: str = "", **more: object) -> Dossier:
    footnotes = [Footnote("1", str(more.pop("footnote")))] if "footnote" in more else []
    question = Question(1, text, footnotes, Answer([1], answer) if answer else None)
    return Dossier(ident, title, askers=[Person(str(more.pop("asker", "Jansen")), "VVD")],
                   addressees=["Minister van Financiën"], submitted=day, questions=[question], **more)  # type: ignore[arg-type]


def test_the_sets_a_set_names_anywhere_and_earlier_by_day_and_zaaknummer() -> None:
    """A follow-up of the same day names its set in a footnote; one in the toelichting, with the mark glued; a set
    two days later is not earlier, nor is one of the same day with a higher zaaknummer."""
    words = "de glasaal in de polder en de paling in het gemaal"
    dossiers = [
        _set("2030Z00010", date(2030, 3, 1), "de glasaal in het gemaal", f"Hoe gaat het met {words}?"),
        _set("2030Z00011", date(2030, 3, 1), "nogmaals de glasaal", f"Hoe gaat het met {words}?",
             footnote="In aanvulling op de vragen 2030Z00010 van het lid Jansen."),
        _set("2030Z00012", date(2030, 3, 1), "de glasaal en de paling", f"Hoe gaat het met {words}?"),
        _set("2030Z00013", date(2030, 3, 3), "de glasaal, later", f"Hoe gaat het met {words}?",
             explanation="Toelichting: zie 7Aanhangsel Handelingen II 2029/30, nr. 55 en de vragen 2030Z00011."),
        _set("ah-tk-20292030-55", date(2030, 1, 5), "de paling", f"Hoe gaat het met {words}?",
             publication="ah-tk-20292030-55"),
    ]  # fmt: skip
    catalog = Catalog(dossiers, TODAY)
    places = {catalog.summary(p).id: p for p in range(catalog.dossier_count)}
    found = similar_sets(catalog, places["2030Z00011"])
    assert [(f.id, f.relation) for f in found] == [("2030Z00010", "named"), ("2030Z00013", "names-this"),
                                                   ("ah-tk-20292030-55", "similar")]  # fmt: skip
    assert "2030Z00012" not in ids(found)  # the same day, a higher zaaknummer: came in after it
    later = similar_sets(catalog, places["2030Z00011"], later_too=True)
    assert "2030Z00012" in ids(later)
    found = similar_sets(catalog, places["2030Z00013"])
    assert [(f.id, f.relation) for f in found][:2] == [("2030Z00011", "named"), ("ah-tk-20292030-55", "named")]
    assert set(ids(found)) == {"ah-tk-20292030-55", "2030Z00011", "2030Z00010", "2030Z00012"}
    assert "2030Z00013" not in ids(similar_sets(catalog, places["2030Z00012"]))  # two days later: not earlier


def test_a_name_is_no_subject_and_nothing_is_said_in_one_line(tmp_path: Path) -> None:
    """The minister Faber answers one set, the member Faber asks the other: alike in nothing but the name."""
    dossiers = [
        _set("2030Z00020", date(2030, 3, 1), "de wachtlijsten bij de huisarts",
             "Hoe lang wachten patiënten bij de huisarts in Zeeland?", asker="Faber"),
        _set("2030Z00021", date(2030, 3, 5), "de uitspraken van minister Faber over huisartsen",
             "Deelt minister Faber de zorg over de huisarts in Zeeland?", answered_by=["Minister Faber (Asiel)"]),
    ]  # fmt: skip
    catalog = Catalog(dossiers, TODAY)
    found = similar_sets(catalog, 1)
    assert "faber" not in found[0].shared if found else True
    assert all("faber" not in f.shared for f in similar_sets(catalog, 1))
    alone = [_set("2030Z00030", date(2030, 3, 1), "de tolheffing", "Blijft de tol op de tunnel?"),
             _set("2030Z00031", date(2030, 3, 9), "de glasaal", "Zwemt de glasaal in november?")]  # fmt: skip
    assert similar_sets(Catalog(alone, TODAY), 1) == []


PAIRS = Path(os.environ.get("KQREADER_PAIRS", "/work/brief/pages/pairs"))  # pairs from stored pages, kept elsewhere


def _row(ident: str, text: str, reference: str = "") -> dict[str, str]:
    return {"url": f"https://example.org/{ident}", "set": f"{ident} (as the page prints it)", "excerpt": text,
            **({"reference": reference} if reference else {})}  # fmt: skip


def test_linked_pairs_from_pages_are_documents_of_a_store_of_their_own(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each distinct set's passage is imported as a set with its subject; the later's query leaves out the words
    naming the earlier, which must rank first here; no folder: one line, and the evaluation runs without it."""
    later = ("Tweedemonitor / Kamervraag / De glasaal in het gemaal\nIndiener J. Jansen (VVD)\nVraag 1\nHerinnert u "
             "zich de antwoorden op de vragen van het lid Pieters over de paling (Aanhangsel Handelingen II "
             "2029/30, nr. 55)? Hoe gaat het nu met de glasaal en de paling in het gemaal bij de polder?")
    earlier = ("Vragen van het lid Pieters (CDA) aan de Minister over de paling in het gemaal (ingezonden 2 januari "
               "2030)\nVraag 1\nZwemt de paling door het gemaal van de polder? Hoeveel glasaal sterft er?")
    other = "Vragen van het lid Smit aan de Minister over de tolheffing\nVraag 1\nBlijft de tol op de tunnel?"
    reference = "de vragen van het lid Pieters over de paling (Aanhangsel Handelingen II 2029/30, nr. 55)"
    (tmp_path / "pairs.jsonl").write_bytes(orjson.dumps({"later": _row("2030Z00050", later, reference),
                                                         "earlier": _row("ah-tk-20292030-55", earlier),
                                                         "how_sure": "sure"}) + b"\n")  # fmt: skip
    (tmp_path / "others.jsonl").write_bytes(orjson.dumps(_row("2030Z00060", other)) + b"\n")
    pairs, passages = similar_eval.page_pairs(tmp_path)
    assert [(p.set, p.number, p.subject) for p in passages] == [
        ("2030Z00050", "2099Z00001", "De glasaal in het gemaal"), ("ah-tk-20292030-55", "2099Z00002", "de paling in "
         "het gemaal"), ("2030Z00060", "2099Z00003", "de tolheffing")]  # fmt: skip
    assert "Indiener" not in passages[0].text  # the page's lines about the set are no part of its text
    (tmp_path / "docs").mkdir()
    catalog = Catalog([parse_file(p) for p in similar_eval.passage_documents(passages, tmp_path / "docs")], TODAY)
    assert [catalog.summary(p).title for p in range(3)] == [p.subject for p in passages]
    found = list(similar_eval.linked_page_pairs(catalog, similar_eval.TfIdf(catalog), pairs))
    assert [(f.kind, f.query, f.wanted, f.rank, f.baseline) for f in found] == [
        ("pages", "2030Z00050", "ah-tk-20292030-55", 1, 1)]  # fmt: skip
    assert similar_eval.pairs_folder(tmp_path / "none") is None
    assert "no linked pairs from pages" in capsys.readouterr().out


@pytest.mark.skipif(not (PAIRS / "pairs.jsonl").is_file(), reason="no linked pairs from pages on this machine")
def test_the_linked_pairs_from_pages_all_have_both_ends_in_their_store(tmp_path: Path) -> None:
    pairs, passages = similar_eval.page_pairs(PAIRS)
    catalog = Catalog([parse_file(p) for p in similar_eval.passage_documents(passages, tmp_path)], TODAY)
    found = list(similar_eval.linked_page_pairs(catalog, similar_eval.TfIdf(catalog), pairs))
    assert len(found) == len(pairs) >= 20
    assert sum(1 for f in found if f.rank is not None and f.rank <= 5) >= len(found) / 2

