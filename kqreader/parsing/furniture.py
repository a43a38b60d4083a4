"""Page furniture: the footers and markers the Kamer and converters print on every page (one table for all forms).

A text extraction can glue a footer onto the text before or after it ("…status.ah-tk-20242025-575",
"…Aanhangsel 1Antwoord 3"); `set_apart` puts each footer piece on a line of its own, where `FURNITURE`
(whole lines) finds it.
"""

from __future__ import annotations

import re

# Pieces of the official page footer that never occur in running text.
_PIECES = (
    r"ISSN[ \t]*0921[ \t]*-[ \t]*7398",
    r"’s-Gravenhage[ \t]+\d{4}(?=[ \t]*Tweede[ \t]+Kamer|[ \t]*$)",
    r"Tweede[ \t]+Kamer,[ \t]+vergaderjaar[ \t]+\d{4}[ \t]*[–-][ \t]*\d{4},[ \t]*(?:Aanhangsel|Vragen)"
    r"(?:[ \t]+\d{1,3}(?!\d))?",
)
_GLUED = re.compile("|".join(_PIECES))

# Whole lines that are page furniture (after `set_apart`).
FURNITURE = (
    r"-?[ \t]*\d{1,4}[ \t]*-?",  # "- 2 -", and "# 2" (a page number as a heading) once its hashes are gone
    r"Pagina[ \t]+\d+(?:[ \t]*(?:van|/)[ \t]*\d+)?",
    r"h[ \t]*tk[ \t]*\d{8}[ \t]*\d+",  # the Aanhangsel page marker "h tk 20232024 387"
    r"(?:ah|kv)-tk-[\w-]{4,30}",  # the document's code in the footer
    r"Vergaderjaar[ \t]+\d{4}[ \t]*[–-][ \t]*\d{4}[ \t]+Aanhangsel[ \t]+van[ \t]+de[ \t]+Handelingen",
    *_PIECES,
)


def set_apart(text: str) -> str:
    """Each footer piece on a line of its own (cheap when there is none)."""
    if "ISSN" not in text and "Gravenhage" not in text and "vergaderjaar" not in text:
        return text
    return _GLUED.sub(lambda match: f"\n{match.group(0)}\n", text)


# Whole lines of the scanned Aanhangsel pages of 1965–1995 (Staten-Generaal Digitaal's OCR) that are no text: the
# page header, the series' title, the footer with the printer's code, the column or page number, and OCR's smudges.
SCANNED_FURNITURE = (
    r"(?:Tweede|Eerste)[ \t]+Kamer[ \t]+der[ \t]+Staten[ \t-]*Generaal",
    r"(?:Tweede|Eerste)[ \t]+Kamer[ \t]+der|Staten[ \t-]*Generaal",  # the header's two halves on lines of their own
    r"\d{1,5}",  # the page's number, the "2" of the header
    r"\d{1,5}[ \t]+t/m[ \t]+\d{1,5}",  # the items a page holds ("983 t/m 989")
    r"(?:Zitting|Vergaderjaar)[ \t]+\d{4}(?:[ \t]*[-–][ \t]*\d{4})?",  # "Zitting 1981": a short session
    r"Aanhangsel[ \t]+van[ \t]+de[ \t]+Handelingen",
    # the series' title, "Kamer" as OCR damaged or cut it ("Kam", "Ka", "Kamcr"), and its 2nd line on its own, after
    # a stray mark ("; met de daarop door de Regering") or with the title's end ("leden der Kamcr, met de daarop …",
    # "der Kamcr, met …"), and the title's pieces on lines of their own ("Kamcr", "der Kamcr")
    r"Vragen[ \t]+(?:gesteld[ \t]+)?door[ \t]+(?:de[ \t]+)?leden[ \t]+(?:der|van[ \t]+de)[ \t]+Ka[a-z]{0,4}\b.{0,160}",
    r"[^\w\n]{0,3}[ \t]*(?:(?:(?:leden[ \t]+)?(?:der|van[ \t]+de)[ \t]+)?Ka[a-z]{0,4},?[ \t]+)?"
    r"met[ \t]+de[ \t]+daarop[ \t]+door[ \t]+de[ \t]+Regering(?:[ \t]+gegeven[ \t]+antwoorden)?\.?",
    r"(?:(?:leden[ \t]+)?(?:der|van[ \t]+de)[ \t]+)?Ka(?:m[a-z]{0,2})?,?",
    r"(?:Tweede|Eerste)[ \t]+Kamer,[ \t]+(?:zitting|vergaderjaar)[ \t]+\d{4}(?:[ \t]*[-–][ \t]*\d{4})?,"
    r"[ \t]+Aanhangsel",
    r"\S{0,12}[ \t]*ISSN[ \t]*0?921.{0,100}",  # "465911F ISSN 0921 • 7398 Sdu Uitgeverij Plantijnstraat, …"
    r"'?[ \t]*s[ \t\-]*Gravenhage[ \t]+\d{4}",  # the footer's second line when OCR broke it
    r"\d{5,7}[A-Z]",  # the printer's order code ("165904F") and its name: the footer once its ISSN is set apart
    r"S[Dd][Uu][ \t]+[Uu]itge\S*.{0,100}",
    r"[^\sa-z]{3,}|\S*[—*][^\s]*",  # a smudge: no lower-case letter, or a run of dashes and stars
)
