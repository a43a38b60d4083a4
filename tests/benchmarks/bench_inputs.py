"""PDF and Word import speed on the real documents in ../shared/corpus/real, beside reading their bytes.

Run: python -m tests.benchmarks.bench_inputs [--repeat N]   (one table; no assertions, speed is not a test)

Per form: files, pages (PDF), the whole `kqreader import` command of the folder into a fresh database (what a
user waits for), and the parse alone in this process (median of N passes), as pages and files per second.
With --term-pages P: the corpus PDFs parsed again and again in two worker processes (as an import does) until P
pages are done, timed whole: what a term of PDFs costs (12,000 sets of three pages: 36,000).
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pypdfium2 as pdfium

from kqreader.parsing import ParseError, parse_bytes

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "real"


def parse_all(files: list[Path]) -> float:
    start = time.perf_counter()
    for path in files:
        with contextlib.suppress(ParseError):
            parse_bytes(path.read_bytes(), str(path))
    return time.perf_counter() - start


def _parse_one(path: Path) -> int:
    with contextlib.suppress(ParseError):
        parse_bytes(path.read_bytes(), str(path))
    return 0


def term(pages_wanted: int, files: list[Path]) -> None:
    from concurrent.futures import ProcessPoolExecutor

    per_file = {path: len(pdfium.PdfDocument(path)) for path in files}
    work: list[Path] = []
    while sum(per_file[p] for p in work) < pages_wanted:
        work += files
    pages = sum(per_file[p] for p in work)
    start = time.perf_counter()
    with ProcessPoolExecutor(2) as pool:
        list(pool.map(_parse_one, work, chunksize=32))
    took = time.perf_counter() - start
    print(f"term: {len(work)} PDFs, {pages} pages in {took:.1f} s on two workers ({pages / took:.0f} pages/s)")


def import_command(folder: Path) -> float:
    with tempfile.TemporaryDirectory() as work:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "kqreader", "import", "--db", f"{work}/db.json", str(folder)],
                       capture_output=True, check=False)  # fmt: skip
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--term-pages", type=int, default=0)
    options = parser.parse_args()
    repeat = options.repeat
    if not CORPUS.is_dir():
        sys.exit(f"no corpus at {CORPUS}")
    print(f"{'form':6} {'files':>5} {'pages':>5} {'import s':>9} {'parse s':>8} {'pages/s':>8} {'files/s':>8}")
    for form, suffix in (("pdf", ".pdf"), ("docx", ".docx")):
        files = sorted((CORPUS / form).glob(f"*{suffix}"))
        pages = sum(len(pdfium.PdfDocument(p)) for p in files) if form == "pdf" else 0
        parse = statistics.median(parse_all(files) for _ in range(repeat))
        command = statistics.median(import_command(CORPUS / form) for _ in range(3))
        rate = f"{pages / parse:8.0f}" if pages else f"{'':>8}"
        print(f"{form:6} {len(files):5} {pages or '':>5} {command:9.2f} {parse:8.3f} {rate} {len(files) / parse:8.1f}")
    if options.term_pages:
        term(options.term_pages, sorted((CORPUS / "pdf").glob("*.pdf")))


if __name__ == "__main__":
    main()
