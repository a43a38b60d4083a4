"""An Aanhangsel item's id is one rule (kqreader/model.py AANHANGSEL, aanhangsel_id): the parsers make it, the
printouts, the open data's file names, `watch` and the citations read it — the Eerste Kamer's (ah-ek-…, which the
scanned pages give) as well as the Tweede Kamer's. A citation of an Eerste Kamer item raised an AssertionError
before (`kqreader cite ah-ek-19921993-38` on tests/sgd/crawl_dev)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from kqreader.model import AANHANGSEL, Dossier, House, Person, Question, aanhangsel_id
from kqreader.output.citation import nl
from tests.helpers import kqreader

EK_PAGE = Path(__file__).parent / "sgd" / "crawl_dev" / "crawl-0000010380.txt"


def test_the_id_made_and_read_by_one_rule() -> None:
    assert aanhangsel_id("2023-2024", 387) == aanhangsel_id("20232024", "387") == "ah-tk-20232024-387"
    assert aanhangsel_id("19921993", 38, house="ek") == "ah-ek-19921993-38"
    for ident in ("ah-tk-20232024-387", "ah-ek-19921993-38", "ah-tk-1981-171"):  # "Zitting 1981": one year
        assert re.fullmatch(AANHANGSEL, ident)
    for ident in ("ah-xx-20232024-387", "ah-tk-202320-387", "ah-tk-20232024-", "ah-tk-20232024-387/.."):
        assert not re.fullmatch(AANHANGSEL, ident)


@pytest.mark.parametrize(("house", "printed"), [("tk", "Aanhangsel Handelingen II 1992/93, nr. 38"),
                                                 ("ek", "Aanhangsel Handelingen I 1992/93, nr. 38")])  # fmt: skip
def test_a_citation_names_the_house_of_its_aanhangsel(house: House, printed: str) -> None:
    ident = aanhangsel_id("19921993", 38, house)
    dossier = Dossier(id=ident, publication=ident, askers=[Person("Heijne Makkreel", "VVD")],
                      submitted=date(1993, 7, 26), questions=[Question(1, "Is het waar?")])  # fmt: skip
    assert nl(dossier).startswith(printed)


def test_an_eerste_kamer_item_of_a_real_page_is_cited_and_followed(tmp_path: Path) -> None:
    if not EK_PAGE.exists():
        pytest.skip("the crawl's development pages are not here")
    database = tmp_path / "kq.json"
    assert kqreader("import", "--db", database, EK_PAGE).returncode == 0
    cited = kqreader("cite", "--db", database, "ah-ek-19921993-38")
    assert cited.returncode == 0, cited.stderr
    assert "Aanhangsel Handelingen I 1992/93, nr. 38" in cited.stdout
    followed = kqreader("watch", "--db", database, "add", "ah-ek-19921993-38")
    assert followed.returncode == 0, followed.stderr
    assert "ah-ek-19921993-38" in kqreader("watch", "--db", database, "list").stdout
