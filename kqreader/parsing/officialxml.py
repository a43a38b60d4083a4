"""The official XML of kv-tk and ah-tk documents (Officiële Bekendmakingen) to the text the document parsers read.

Parsed with defusedxml: no entity expansion, no external entities, no network, and a bounded size. The
structure says what text conversions leave to guessing, so the text is written in the clean form the parsers
read best: the zaaknummer and the heading lines, the heading sentences (their dates as printed), a line per
"Vraag n"/"Antwoord n", one paragraph per <al>, footnote marks as <sup>n</sup> with the texts after the body,
and a remark (delay or "answered by a letter") under a "Mededeling" heading.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kqreader.i18n import _, number
from kqreader.parsing.errors import ParseError

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

MAX_XML = 20 * 1024 * 1024  # bytes; a published question set is tens of kB
_SENTENCES = ("kamervraagnummer", "kamervraagomschrijving")  # one paragraph each


def looks_like_xml(data: bytes) -> bool:
    """XML whose first part names the Kamervragen structure (or the publication that wraps it), or declares entities
    (which are refused with a line saying so, whatever the document)."""
    head = data[:65536].lstrip()
    named = b"<kamervragen" in head or b"<officiele-publicatie" in head or b"<!ENTITY" in head  # entities: refused
    return head.startswith((b"<?xml", b"<")) and named


def xml_text(data: bytes, path: str) -> str:
    """The document's text for the parsers, or ParseError for hostile, damaged or other XML."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError as XmlSyntaxError
    from defusedxml.ElementTree import fromstring

    if len(data) > MAX_XML:
        problem = _("an XML document of {bytes} bytes is not a Kamervragen document")
        raise ParseError(path, problem.format(bytes=number(len(data))))
    try:
        root = fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as error:
        problem = _("XML with entity declarations or external references is refused ({why})")
        raise ParseError(path, problem.format(why=error)) from None
    except XmlSyntaxError as error:
        raise ParseError(path, _("not well-formed XML ({why})").format(why=error)) from None
    questions = next(_all(root, "kamervragen"), None)
    if questions is None:
        problem = _("an XML document without <kamervragen>: not a question set or Aanhangsel")
        raise ParseError(path, problem, foreign=True)
    writer = _Writer()
    writer.front(root)
    for child in questions:
        writer.block(child)
    return writer.text()


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _all(root: Element, name: str) -> Iterator[Element]:
    return (element for element in root.iter() if _local(element.tag) == name)


class _Writer:
    """Collects paragraphs and footnotes in document order."""

    def __init__(self) -> None:
        self.paragraphs: list[str] = []
        self.notes: list[tuple[str, str]] = []
        self.asked = False  # a question was written

    def text(self) -> str:
        notes = [f"<sup>{mark}</sup> {text}" for mark, text in self.notes]
        return "\n\n".join(p for p in self.paragraphs + notes if p.strip()) + "\n"

    def front(self, root: Element) -> None:
        """The publication's identifier: an ah-tk one says which Aanhangsel number and vergaderjaar this is."""
        for meta in _all(root, "meta"):
            if meta.get("name", "").lower() in ("dc.identifier", "dcterms.identifier"):
                ident = meta.get("content", "")
                parts = ident.split("-")
                if len(parts) == 4 and parts[:2] == ["ah", "tk"] and len(parts[2]) == 8:
                    year = f"{parts[2][:4]}–{parts[2][4:]}"
                    self.paragraphs += [f"Vergaderjaar {year} Aanhangsel van de Handelingen", parts[3]]
                return

    def block(self, element: Element) -> None:
        name = _local(element.tag)
        if name in ("vraag", "antwoord"):
            # "<nr>Vraag 2 en 3</nr>"; older documents print the heading as their first <al> instead.
            self.paragraphs += [_inline(part, self.notes) for part in element if _local(part.tag) in ("nr", "al")]
            self.asked = True
        elif name == "kamervraagopmerking":
            if self.asked:  # after the questions it stands where the answers would ("answered by a letter")
                self.paragraphs.append("Mededeling")
            self.paragraphs += [_inline(al, self.notes) for al in element.iter() if _local(al.tag) == "al"]
        elif name in ("kamervraagkop", "ondertekening"):  # lines: "Vergaderjaar …"; "De Minister …," and a name
            self.paragraphs += [_inline(line, self.notes) for line in element if _local(line.tag) != "noot"]
        elif name in _SENTENCES:
            self.paragraphs.append(_inline(element, self.notes))


def _inline(element: Element, notes: list[tuple[str, str]]) -> str:
    """An element's words on one line; a <noot> becomes its mark, its text goes to `notes`."""
    parts: list[str] = [element.text or ""]
    for child in element:
        if _local(child.tag) == "noot":
            mark = "".join(n.text or "" for n in child.iter() if _local(n.tag) == "noot.nr").strip()
            mark = mark or str(len(notes) + 1)
            body = " ".join(_inline(al, []) for al in child.iter() if _local(al.tag) == "noot.al")
            notes.append((mark, body))
            parts.append(f"<sup>{mark}</sup>")
        else:
            parts.append(_inline(child, notes))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())
