"""Hard-wrapped lines joined: a web address the line end broke is one address again, prose is not glued to it."""

from __future__ import annotations

import pytest

from kqreader.parsing.layout import join_lines


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["zie https://", "www.utwente.nl/nieuws"], "zie https://www.utwente.nl/nieuws"),
        (["(https://nos.nl/", "nieuwsuur/artikel/2484088-te)"], "(https://nos.nl/nieuwsuur/artikel/2484088-te)"),
        (["files/220315_%20Regenboogbeleid%20provincies", "%202022.pdf"], None),  # no address begun: prose rules
        (["https://x.nl/files/a%20provincies", "%202022.pdf"], "https://x.nl/files/a%20provincies%202022.pdf"),
        (
            ["https://www.acm.nl/nl/publicaties/erfpachters-", "afgewezen"],
            "https://www.acm.nl/nl/publicaties/erfpachters-afgewezen",
        ),
        (["(www.visserij-", "nieuws.nl)."], "(www.visserijnieuws.nl)."),  # in the site's name: the printer's hyphen
        (["https://meta.com/sep2024-facebook", "[A/C Priv] - x"], "https://meta.com/sep2024-facebook [A/C Priv] - x"),
        (["zie www.rijksoverheid.nl", "en ook"], "zie www.rijksoverheid.nl en ook"),
        (["ervarin-", "gen"], "ervaringen"),
    ],
)
def test_joined(lines: list[str], joined: str | None) -> None:
    assert join_lines(lines) == (joined if joined is not None else " ".join(lines))
