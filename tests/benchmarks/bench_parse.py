"""Parser speed on 4 MB inputs: junk lines, adversarial markup lines, and a long valid document.

Run: python -m tests.benchmarks.bench_parse   (prints one table; no assertions, speed is not a test)
"""

from __future__ import annotations

import random
import time

from kqreader.parsing import ParseError, parse_bytes

SIZE = 4_000_000
WORDS = (
    "de", "het", "een", "van", "en", "in", "op", "te", "dat", "is", "voor", "met", "niet", "zijn",
    "Vraag", "Antwoord", "vragen", "lid", "Kamer", "minister", "over",
)  # fmt: skip


def junk_words(seed: int = 1) -> bytes:
    rng = random.Random(seed)
    lines = (" ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 14))) for _ in range(10**9))
    out: list[str] = []
    total = 0
    for line in lines:
        out.append(line)
        total += len(line) + 1
        if total >= SIZE:
            break
    return "\n".join(out).encode()


def junk_markup() -> bytes:
    line = "Antwoordenvan 12 en 13 Vraag de [1 ] <sup>2</sup> **x** _y_ | a | b | Vragen van het lid 2019Z12806\n"
    return (line * (SIZE // len(line))).encode()


def long_document() -> bytes:
    head = "## 2019Z12806\n\nVragen van het lid A (B) aan de Minister van C over D (ingezonden 1 mei 2024)\n\n"
    body = "".join(
        f"Vraag {n}\nHeeft u kennisgenomen van het bericht over de kosten van de regeling in\n"
        f"het jaar {2000 + n % 25}, en wat is uw reactie daarop? Kunt u dat toelichten?\n\n"
        f"Antwoord {n}\nJa. De kosten bedroegen in dat jaar ongeveer {n} miljoen euro, zoals ook in de\n"
        "begroting is vermeld. Ik verwijs verder naar de brief van mijn ambtsvoorganger.\n\n"
        for n in range(1, 20000)
    )
    return (head + body).encode()[:SIZE]


def measure(name: str, data: bytes) -> None:
    start = time.perf_counter()
    try:
        dossier = parse_bytes(data, name)
        outcome = f"{len(dossier.questions)} questions"
    except ParseError as error:
        outcome = f"ParseError: {error.problem[:40]}"
    print(f"{name:<16} {len(data) / 1e6:5.1f} MB {time.perf_counter() - start:7.2f} s  {outcome}")


def main() -> None:
    print(f"{'input':<16} {'size':>8} {'time':>9}  outcome")
    measure("junk words", junk_words())
    measure("junk markup", junk_markup())
    measure("long document", long_document())


if __name__ == "__main__":
    main()
