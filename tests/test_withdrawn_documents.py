"""A document the open data deleted leaves the store at the next fetch or sync of its set: the set shows the notice
that says so and no longer presents that document's answers as current (#41)."""

from __future__ import annotations

from pathlib import Path

from pytest_httpserver import HTTPServer

from kqreader.store.database import Store
from tests.test_fetch import fetch, make_httpserver, serve  # noqa: F401  (the fetch tests' server, threaded)


def test_a_withdrawn_answer_leaves_the_store_and_its_notice_stays(tmp_path: Path, httpserver: HTTPServer) -> None:
    api = serve(httpserver)
    db = tmp_path / "kq.json"
    assert fetch(db, api, "2024Z00102").returncode == 0
    before = Store(db).dossier("2024Z00102")
    assert before is not None and before.status == "answered" and any(q.further for q in before.questions)
    api.tick(days=1)
    api.withdraw_document("2024D20102")  # the nader antwoord
    api.withdraw_document("2024D10102")  # the answer
    again = fetch(db, api, "2024Z00102")
    assert again.returncode == 0, again.stderr
    assert "2024Z00102: document 2024D10102 (Antwoord schriftelijke vragen) is no longer in the open data" in (
        again.stderr)  # fmt: skip
    after = Store(db).dossier("2024Z00102")
    assert after is not None
    assert after.status == "delayed" and after.answered is None  # the delay notice is what stands
    assert all(q.answer is None and q.further is None for q in after.questions)
    assert not any("2024D10102" in source.path or "2024D20102" in source.path for source in after.sources)
    assert {n.text for n in after.notices if n.kind == "document"} == {
        "Document 2024D20102 (Antwoord schriftelijke vragen (nader)) is niet meer in de open data.",
        "Document 2024D10102 (Antwoord schriftelijke vragen) is niet meer in de open data.",
    }
    assert (db.with_name("kq.cache") / "2024D10102.txt").is_file()  # the download itself is the user's: kept
    assert fetch(db, api, "2024Z00102").returncode == 0  # and it does not come back with the next fetch
    assert Store(db).dossier("2024Z00102").status == "delayed"  # type: ignore[union-attr]
