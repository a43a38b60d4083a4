"""The `kqreader` command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from rich.console import Console
from rich.text import Text

from kqreader import __version__
from kqreader.model import Dossier
from kqreader.parsing import ParseError, combine, parse_file

DOCUMENT_SUFFIXES = (".md", ".markdown", ".txt")


def bundled_samples() -> Path:
    """The sample documents: beside the package in a source tree, inside it once installed."""
    inside = Path(__file__).parent / "sample_data"
    return inside if inside.is_dir() else Path(__file__).parent.parent / "sample_data"


def document_paths(paths: Sequence[Path]) -> Iterator[Path]:
    """Files as given; directories searched recursively for .md, .markdown and .txt files."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.suffix.lower() in DOCUMENT_SUFFIXES and p.is_file())
        else:
            yield path


def parse_paths(paths: Sequence[Path]) -> tuple[list[Dossier], int]:
    """Parse and combine by dossier id; each failure is one line on stderr. Returns (dossiers, failures)."""
    parts: dict[str, list[Dossier]] = {}
    failed = 0
    for path in document_paths(paths):
        try:
            part = parse_file(path)
        except ParseError as error:
            print(f"{error.path}: error: {error.problem}", file=sys.stderr)
            failed += 1
            continue
        parts.setdefault(part.id, []).append(part)
    return [combine(group) for _, group in sorted(parts.items())], failed


def print_dossier(console: Console, dossier: Dossier) -> None:
    """A dossier as plain reading text (document text is never read as markup)."""
    askers = ", ".join(f"{p.name} ({p.party})" if p.party else p.name for p in dossier.askers)
    console.print(Text(f"{dossier.id}  {askers}  {dossier.status}", style="bold"))
    console.print(Text(dossier.title))
    for question in dossier.questions:
        console.print(Text(f"\nVraag {question.number}", style="bold cyan"))
        console.print(Text(question.text))
        answer = question.answer
        if answer is not None:
            covers = " en ".join(str(n) for n in answer.covers)
            console.print(Text(f"Antwoord {covers}", style="bold green"))
            console.print(Text(answer.text))
    console.print()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kqreader", description="Read Kamervragen beside their answers.")
    parser.add_argument("--version", action="version", version=f"kqreader {__version__}")
    parser.add_argument("paths", nargs="*", type=Path, help="documents or directories (default: the samples)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    console = Console()
    dossiers, failed = parse_paths(args.paths or [bundled_samples()])
    for dossier in dossiers:
        print_dossier(console, dossier)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
