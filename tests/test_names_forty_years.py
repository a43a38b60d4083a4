"""Issue 38 item 5: one name per party, ministry and minister however forty years of documents spell them. The
spellings are real: those of the OCR'd Aanhangsel pages of 1965-1995 (`tests/sgd/crawl_dev/`, the development half
of `../shared/corpus/sgd/`) and of the modern corpus (`../shared/corpus/real/`)."""

from __future__ import annotations

import pytest

from kqreader.facts.parties import canonical, family, party_matches, party_name

# Each as printed on a page (the file it is on) -> the one name the statistics show
PARTY_SPELLINGS = [
    ("P.v.d.A.", "PvdA"),  # crawl-0000200717.txt and 40 more
    ("P.v.d.A", "PvdA"),  # a page whose last dot OCR lost
    ("PvdA", "PvdA"),
    ("V.V.D.", "VVD"),
    ("C.D.A.", "CDA"),
    ("CDA.", "CDA"),  # crawl-0000123707.txt: "(P.v.d.A., CDA. en PPR.)"
    ("D'66", "D66"),
    ("P.P.R.", "PPR"),
    ("P.P.R", "PPR"),
    ("PPR.", "PPR"),
    ("G.P.V.", "GPV"),
    ("S.G.P.", "SGP"),
    ("Groen Links", "GroenLinks"),
    ("Groenünks", "GroenLinks"),  # crawl-0000003804.txt: "(beiden Groenünks)", OCR's "ün" for "Li"
    ("WD", "VVD"),  # OCR's "WD" for VVD (issue 38)
    ("K.V.P.", "KVP"),
    ("A.R.P.", "ARP"),
    ("C.H.U.", "CHU"),
    ("P.S.P.", "PSP"),
    ("PSP.", "PSP"),
    ("C.P.N.", "CPN"),
    ("D.S.'70", "DS'70"),
    ("Boerenpartij", "Boerenpartij"),
    ("RPF", "RPF"),
    ("Nieuw Sociaal Contract", "NSC"),  # 019-Antwoord-op-vragen-van-het-lid-Postma-ov.txt
]


@pytest.mark.parametrize(("printed", "shown"), PARTY_SPELLINGS)
def test_a_party_is_one_row_whatever_the_page_printed(printed: str, shown: str) -> None:
    assert party_name(printed) == shown
    assert party_matches(shown, printed) and party_matches(printed, shown)


def test_the_filter_finds_every_spelling_and_no_other_party() -> None:
    assert party_matches("PvdA", "P.v.d.A.") and party_matches("pvda", "P.v.d.A")
    assert party_matches("PPR", "P.P.R.") and party_matches("ppr", "PPR.")
    assert not party_matches("PPR", "PSP.") and not party_matches("CDA", "C.H.U.")
    assert party_matches("PvdA", "GroenLinks-PvdA")  # merged into: one fraction since 2023
    assert not party_matches("PPR", "GroenLinks")  # a party of the 1970s does not ask for thirty years of others


def test_one_table_for_the_open_data_and_the_documents() -> None:
    assert canonical("P.v.d.A.") == canonical("Partij van de Arbeid") == "pvda"
    assert family("GL") == ["GroenLinks-PvdA", "GL-PvdA", "GL/PvdA", "GroenLinks/PvdA", "GLPvdA", "PvdA-GroenLinks",
                            "GroenLinks", "GL"]  # fmt: skip
    assert family("P.P.R.") == ["PPR", "Politieke Partij Radikalen"]
    assert "WD" not in family("VVD")  # an OCR slip is no name the open data is asked for
