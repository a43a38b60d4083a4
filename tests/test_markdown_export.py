"""The Markdown export keeps its sources: rendered by a CommonMark renderer with footnotes (markdown-it-py with
mdit-py-plugins), every footnote mark links to its definition and every definition is shown."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin

from kqreader.cli import import_paths
from kqreader.output.exporting import export
from kqreader.store.database import Store
from tests.conftest import ROOT

TODAY = date(2024, 6, 1)


def _markdown(tmp_path: Path) -> str:
    store = Store(tmp_path / "db.json")
    import_paths(store, [ROOT / "sample_data"])
    return b"".join(export(store.dossiers(), "md", TODAY)).decode()


def test_each_footnote_mark_links_to_its_source(tmp_path: Path) -> None:
    text = _markdown(tmp_path)
    store = Store(tmp_path / "db.json")
    notes = [(d, q, n) for d in store.dossiers() for q in d.questions for n in q.footnotes]
    notes += [(d, a, n) for d in store.dossiers() for a in d.answers for n in a.footnotes]
    assert len(notes) >= 3  # the samples have footnoted sources
    html = MarkdownIt("commonmark").use(footnote_plugin).render(text)
    references = re.findall(r'<sup class="footnote-ref"><a href="#fn(\d+)" id="fnref\d+">', html)
    definitions = re.findall(r'<li id="fn(\d+)" class="footnote-item">', html)
    assert len(set(references)) == len(definitions) == len(notes)  # each mark linked, each source listed once
    for _, _, note in notes:
        assert note.text.split()[0] in html.split('<section class="footnotes">', 1)[1]


def test_the_first_question_reads_with_a_reference_where_its_mark_was(tmp_path: Path) -> None:
    text = _markdown(tmp_path)
    question = text.split("## Question 1\n\n", 1)[1].split("\n## ", 1)[0]
    assert "[^2019Z12806-v1-1]" in question and "¹" not in question.split("\n\n")[0]
    assert "\n\n[^2019Z12806-v1-1]: " in question
