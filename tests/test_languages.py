"""Golden texts in both languages: one language per screen and per output, never the two mixed (the issue's
"answered in 11 days" beside "(11 dagen, op tijd)")."""

from __future__ import annotations

import pytest

from kqreader import i18n
from kqreader.facts.timeliness import badge, list_badge
from kqreader.model import Dossier
from kqreader.output.exporting import markdown_chunks
from kqreader.query.catalog import header_facts
from tests.reader_factory import TODAY, make_app, sample_dossiers

EXPECTED = {
    "nl": {
        "badges": [
            ("2019Z12806", "beantwoord in 11 dagen", "11 d"),
            ("2024Z00101", "te laat: beantwoord in 25 dagen", "laat 25 d"),
            ("2024Z00103", "over tijd: uitgesteld, 60 dagen open", "over tijd 60 d"),
        ],
        "answered": ("Beantwoord", "1 juli 2019 (11 dagen, op tijd)"),
        "status": ("Status", "uitgesteld, 60 dagen open, over tijd (termijn 42 dagen)"),
        "markdown": [
            "- **Vragen van:** Ouwehand (PvdD)", "- **Status:** uitgesteld",
            "- **Tijdigheid:** over tijd: uitgesteld, 60 dagen open", "> Uitstel (23 april 2024): De vragen",
            "## Vraag 1",
        ],
        "status line": "43 vragen in 8 dossiers · oudste eerst · 2%",  # the cursor on the first question of 51 rows
        "statistics": "Statistiek: 8 sets vragen (alle dossiers), per 1 juni 2024",
    },
    "en": {
        "badges": [
            ("2019Z12806", "answered in 11 days", "11 d"),
            ("2024Z00101", "late: answered in 25 days", "late 25 d"),
            ("2024Z00103", "overdue: delayed, open 60 days", "overdue 60 d"),
        ],
        "answered": ("Answered", "1 July 2019 (11 days, on time)"),
        "status": ("Status", "delayed, open 60 days, overdue (limit 42 days)"),
        "markdown": [
            "- **Asked by:** Ouwehand (PvdD)", "- **Status:** delayed",
            "- **Timeliness:** overdue: delayed, open 60 days", "> Delay (23 April 2024): De vragen", "## Question 1",
        ],
        "status line": "43 questions in 8 dossiers · oldest first · 2%",
        "statistics": "Statistics: 8 question sets (all dossiers), as of 1 June 2024",
    },
}  # fmt: skip


@pytest.fixture
def dossiers() -> dict[str, Dossier]:
    return {dossier.id: dossier for dossier in sample_dossiers()}


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_badges_and_the_header_speak_one_language(dossiers: dict[str, Dossier], language: i18n.Language) -> None:
    i18n.use(language)
    expected = EXPECTED[language]
    assert [(i, badge(dossiers[i], TODAY), list_badge(dossiers[i], TODAY)) for i, _b, _l in expected["badges"]] == (
        expected["badges"]
    )
    assert expected["answered"] in header_facts(dossiers["2019Z12806"], TODAY)
    assert expected["status"] in header_facts(dossiers["2024Z00103"], TODAY)


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_the_markdown_export_speaks_one_language(dossiers: dict[str, Dossier], language: i18n.Language) -> None:
    i18n.use(language)
    lines = b"".join(markdown_chunks([dossiers["2024Z00103"]], TODAY)).decode().splitlines()
    for wanted in EXPECTED[language]["markdown"]:
        assert any(line.startswith(wanted) for line in lines), wanted


@pytest.mark.parametrize("language", i18n.LANGUAGES)
async def test_the_reader_speaks_one_language(language: i18n.Language) -> None:
    i18n.use(language)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert str(app.status_line.render()) == EXPECTED[language]["status line"]
        await pilot.press("s")
        assert app.screen.heading == EXPECTED[language]["statistics"]


async def test_ctrl_c_says_how_to_quit_in_dutch(dutch: None) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+c")
        await pilot.pause()
        said = [(n.title, n.message) for n in app._notifications]
        assert said == [("Wil je stoppen?", "Druk op q of ctrl+q om te stoppen.")]
