"""Synthetic corpora of Kamervragen documents: reproducible from a seed, any size, every layout the parser reads.

    python -m tests.benchmarks.corpus OUT_DIR DOSSIERS [--seed N]

Per dossier: a questions document (Markdown headings, bold, plain "Vraag N:", or a hard-wrapped numbered .txt)
and mostly an answer letter (Markdown letterhead with repeated page headers and footnotes, a Markdown table,
or hard-wrapped .txt), sometimes grouped answers; about one in ten is published as an Aanhangsel instead, and
some sets are open or have a delay notice. About 3.7 KB of text per document, like a real term. One answer in 25
makes a promise; some refer to another answer, do not know, will not say or name an earlier set.
"""

from __future__ import annotations

import argparse
import itertools
import random
import textwrap
from datetime import date, timedelta
from pathlib import Path

_TEXT = """
de het een van en in op te dat is voor met niet zijn aan door over bij ook als naar kabinet minister Kamer regering
beleid maatregelen gemeenten provincie onderzoek rapport situatie gevolgen bereid mening informatie bericht kosten
uitvoering wetgeving toezicht veiligheid zorg onderwijs klimaat energie stikstof woningbouw asiel defensie belasting
toeslagen pensioen landbouw natuur water verkeer spoor luchtvaart gezondheidszorg ziekenhuis jeugdzorg politie
rechtspraak privacy gegevens digitalisering cyberveiligheid Europese Unie Oekraïne Rusland China Azië Afrika handel
export sancties mensenrechten vrijheid Financiën begroting subsidie regeling evaluatie inspectie toezichthouder
burgers bedrijven ondernemers werkgevers Groningen aardbevingen schade herstel netcongestie stroomnet windparken
zonnepanelen waterstof geïnformeerd
"""
WORDS = tuple(_TEXT.split())
_SYLLABLES = (
    "ver", "be", "ont", "ge", "aan", "over", "on", "der", "heid", "ing", "lijk", "baar", "schap", "zorg",
    "werk", "land", "stel", "raad", "wet", "kom", "ten", "voor", "uit", "sta", "re", "ke", "lo", "mi",
)  # fmt: skip
VOCABULARY_SIZE = 30_000  # a term's questions and answers use tens of thousands of distinct words


def vocabulary(rng: random.Random) -> tuple[list[str], list[float]]:
    """The real words above, then made-up words of Dutch syllables, with Zipf weights (rank r: 1/r)."""
    made_up = {"".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(VOCABULARY_SIZE)}
    tail = sorted(made_up) + list(WORDS[40:])
    rng.shuffle(tail)  # the topic words get ranks spread over the tail, among the made-up words
    words = list(WORDS[:40]) + tail
    return words, [1 / rank for rank in range(1, len(words) + 1)]
MINISTRIES = (
    "Buitenlandse Zaken", "Financiën", "Infrastructuur en Waterstaat", "Justitie en Veiligheid",
    "Volksgezondheid, Welzijn en Sport", "Onderwijs, Cultuur en Wetenschap", "Economische Zaken en Klimaat",
    "Landbouw, Natuur en Voedselkwaliteit", "Binnenlandse Zaken en Koninkrijksrelaties", "Defensie",
    "Sociale Zaken en Werkgelegenheid", "Asiel en Migratie",
)  # fmt: skip
PARTIES = ("VVD", "PVV", "NSC", "BBB", "GroenLinks-PvdA", "D66", "CDA", "SP", "ChristenUnie", "SGP", "PvdD", "DENK")
NAMES = (
    "Jansen", "De Vries", "Van den Berg", "Bakker", "Visser", "Smit", "Meijer", "De Boer", "Mulder", "Bos",
    "Vos", "Peters", "Hendriks", "Van Leeuwen", "Dekker", "Brouwer", "De Wit", "Dijkstra", "Kok", "Van Dijk",
)  # fmt: skip
MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
    "november", "december",
)  # fmt: skip


def dutch(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


PROMISED = ("voor de zomer", "na de zomer", "in het eerste kwartaal van {next}", "zo spoedig mogelijk",
            "binnen zes weken", "eind {year}", "dit najaar", "voor het einde van het jaar")  # fmt: skip


class Writer:
    """One reproducible stream of documents."""

    def __init__(self, seed: int, years: tuple[int, ...] = (2023, 2024)) -> None:
        self.rng = random.Random(seed)
        self.kinds = random.Random(seed + 1_000_003)  # its own stream: the documents stay those of v2 otherwise
        self.years = years
        self.words, self.weights = vocabulary(self.rng)
        self._cumulative = list(itertools.accumulate(self.weights))

    def sentence(self, low: int, high: int, end: str = ".") -> str:
        count = self.rng.randint(low, high)
        words = self.rng.choices(self.words, cum_weights=self._cumulative, k=count)
        return words[0][0].upper() + " ".join(words)[1:] + end

    def question(self) -> str:
        return " ".join([self.sentence(8, 20), self.sentence(6, 14, "?"), self.sentence(3, 8, "?")])

    def answer(self) -> str:
        return "\n\n".join(" ".join(self.sentence(8, 22) for _ in range(self.rng.randint(2, 4))) for _ in range(2))

    def dossier(self, number: int, folder: Path) -> None:
        rng = self.rng
        year = rng.choice(self.years)
        ident = f"{year}Z{number:05d}"
        submitted = date(year, 1, 1) + timedelta(days=rng.randint(0, 330))
        askers = [(rng.choice(NAMES), rng.choice(PARTIES)) for _ in range(1 if rng.random() < 0.8 else 2)]
        ministry = rng.choice(MINISTRIES)
        title = self.sentence(5, 12, "").lower()
        questions = [self.question() for _ in range(rng.randint(3, 9))]
        groups = self.groups(len(questions))
        answers = [self.of_a_kind(self.answer(), group[0], year, number) for group in groups]
        fate = rng.random()
        if fate < 0.1:
            self.aanhangsel(folder, number, askers, ministry, title, submitted, questions, groups, answers)
            return
        self.questions_doc(folder, ident, askers, ministry, title, submitted, questions)
        if fate < 0.18:
            self.notice(folder, ident, askers, title, submitted, ministry)
        if fate < 0.14:
            return  # delayed, not yet answered
        if fate > 0.9:
            return  # open
        answered = submitted + timedelta(days=rng.randint(5, 80))
        self.letter(folder, ident, askers, ministry, title, submitted, answered, questions, groups, answers)

    def of_a_kind(self, answer: str, first: int, year: int, number: int) -> str:
        """Some answers refer to another, say they do not know or will not say, promise to inform the Kamer, or name
        an earlier set: the shares of real answers, roughly."""
        draw = self.kinds.random()
        if draw < 0.04 and first > 1:
            return f"Zie het antwoord op vraag {self.kinds.randint(1, first - 1)}."
        if draw < 0.07:
            answer = "Dat is mij niet bekend. " + answer
        elif draw < 0.09:
            answer = "Ik ga niet in op individuele gevallen. " + answer
        elif draw < 0.13:  # one answer in 25 promises, as in the real corpus (23 of 684 answers)
            answer += f" Ik zal uw Kamer {self.kinds.choice(PROMISED).format(next=year + 1, year=year)} informeren."
        elif draw < 0.15 and number > 500:
            answer += f" Zie ook mijn antwoorden op {year}Z{number - self.kinds.randint(1, 500):05d}."
        return answer

    def groups(self, count: int) -> list[list[int]]:
        groups: list[list[int]] = []
        number = 1
        while number <= count:
            size = 2 if self.rng.random() < 0.05 and number < count else 1
            groups.append(list(range(number, number + size)))
            number += size
        return groups

    def questions_doc(self, folder, ident, askers, ministry, title, submitted, questions) -> None:
        who = ("het lid " if len(askers) == 1 else "de leden ") + " en ".join(f"{n} ({p})" for n, p in askers)
        head = f"Vragen van {who} aan de Minister van {ministry} over {title} (ingezonden {dutch(submitted)})"
        style = self.rng.choice(("heading", "bold", "plain", "numbered"))
        if style == "numbered":
            lines = [ident, "", *textwrap.wrap(head + ".", 76), ""]
            for number, text in enumerate(questions, 1):
                lines += [*textwrap.wrap(f"{number}. {text}", 76, subsequent_indent="   "), ""]
            (folder / f"{ident}-vragen.txt").write_text("\r\n".join(lines), encoding="utf-8")
            return
        mark = {"heading": "### Vraag {}", "bold": "**Vraag {}**", "plain": "Vraag {}:"}[style]
        parts = [f"## {ident}", head]
        for number, text in enumerate(questions, 1):
            parts += [mark.format(number), text] if style != "plain" else [f"{mark.format(number)} {text}"]
        (folder / f"{ident}-vragen.md").write_text("\n\n".join(parts) + "\n", encoding="utf-8")

    def letter(self, folder, ident, askers, ministry, title, submitted, answered, questions, groups, answers) -> None:
        reference = f"{ministry[:3].upper()}-{self.rng.randint(100000, 999999)}"
        names = " en ".join(n for n, _ in askers)
        who = " en ".join(f"{n} ({p})" for n, p in askers)
        body = []
        for group, answer in zip(groups, answers, strict=True):
            for number in group:
                body += [f"**Vraag {number}**", questions[number - 1]]
            bare = len(group) == 1 and self.rng.random() < 0.5  # "Antwoord" answers the questions above it
            heading = "Antwoord" if bare else f"Antwoord {' en '.join(map(str, group))}"
            body += [f"**{heading}**", answer]
            if self.rng.random() < 0.3:  # a page break: repeated letterhead lines
                body += [f"Directie {ministry}", "Onze referentie", reference]
        front = [
            f"## Ministerie van {ministry}", f"Directie {ministry}", f"Datum {dutch(answered)}",
            f"Betreft Beantwoording vragen van het lid {names} over {title}", "Onze referentie", reference,
            "Uw referentie", ident,
            f"Hierbij bied ik u de antwoorden aan op de vragen van {names} (ingezonden op {dutch(submitted)}).",
            f"De Minister van {ministry},", self.rng.choice(NAMES),
            f"**Antwoorden van de Minister van {ministry} op vragen van het lid {who} over {title}.**",
        ]  # fmt: skip
        (folder / f"{ident}-antwoorden.md").write_text("\n\n".join(front + body) + "\n", encoding="utf-8")

    def notice(self, folder, ident, askers, title, submitted, ministry) -> None:
        when = submitted + timedelta(days=20)
        text = (
            f"Ministerie van {ministry}\n\nDatum {dutch(when)}\nBetreft Uitstelbericht {ident}\n\nMededeling\n\n"
            f"De vragen van het lid {askers[0][0]} ({askers[0][1]}) over {title} (ingezonden {dutch(submitted)}, "
            f"kenmerk {ident}) kunnen niet binnen de gebruikelijke termijn van drie weken worden beantwoord.\n"
        )
        (folder / f"{ident}-mededeling.txt").write_text(text, encoding="utf-8")

    def aanhangsel(self, folder, number, askers, ministry, title, submitted, questions, groups, answers) -> None:
        year = f"{submitted.year}{submitted.year + 1}"
        received = submitted + timedelta(days=self.rng.randint(10, 60))
        who = ("het lid " if len(askers) == 1 else "de leden ") + " en ".join(f"{n} ({p})" for n, p in askers)
        lines = [
            f"#### Vergaderjaar {submitted.year}–{submitted.year + 1} Aanhangsel van de Handelingen", "",
            f"### {number}", "",
            *textwrap.wrap(f"Vragen van {who} aan de Minister van {ministry} over {title} "
                           f"(ingezonden {dutch(submitted)}).", 76), "",
            *textwrap.wrap(f"Antwoord van Minister {self.rng.choice(NAMES)} ({ministry}) (ontvangen "
                           f"{dutch(received)}).", 76), "",
        ]  # fmt: skip
        for group, answer in zip(groups, answers, strict=True):
            for q in group:
                lines += [f"Vraag {q}", *textwrap.wrap(questions[q - 1], 76), ""]
            lines += [f"Antwoord {' en '.join(map(str, group))}", *textwrap.wrap(answer.replace("\n\n", " "), 76), ""]
        lines += [f"h tk {year} {number}", "", "-----"]
        (folder / f"ah-tk-{year}-{number}.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def generate(folder: Path, dossiers: int, seed: int = 1, years: tuple[int, ...] = (2023, 2024)) -> Path:
    """Write `dossiers` question sets submitted in `years` into `folder` (in subfolders of 1,000); returns it."""
    writer = Writer(seed, years)
    for number in range(1, dossiers + 1):
        sub = folder / f"{number // 1000:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        writer.dossier(number, sub)
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("dossiers", type=int)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--years", default="2023-2024", help="first-last year of submission")
    args = parser.parse_args()
    first, last = map(int, args.years.split("-"))
    generate(args.folder, args.dossiers, args.seed, tuple(range(first, last + 1)))


if __name__ == "__main__":
    main()
