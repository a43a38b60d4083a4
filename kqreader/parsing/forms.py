"""Which input form a file's bytes are (by content, whatever the extension says), and its text for the parsers."""

from __future__ import annotations

from enum import Enum

from kqreader.parsing.decode import decode
from kqreader.parsing.officialxml import looks_like_xml, xml_text
from kqreader.parsing.word import is_word, word_text


class Form(Enum):
    """The input forms kqreader reads."""

    PDF = "pdf"
    WORD = "docx"
    XML = "xml"
    TEXT = "text"


def form_of(data: bytes) -> Form:
    """A file's form, from its first bytes."""
    if data[:1024].lstrip().startswith(b"%PDF-"):
        return Form.PDF
    if is_word(data):
        return Form.WORD
    if looks_like_xml(data):
        return Form.XML
    return Form.TEXT


def document_text(data: bytes, path: str) -> tuple[str, list[str]]:
    """The text the document parsers read, from any input form, and the doubts of its reading (a PDF's pages
    that could not be read)."""
    form = form_of(data)
    if form is Form.PDF:
        from kqreader.parsing.pdf import pdf_text  # only files that are PDFs pay for pdfium

        return pdf_text(data, path)
    if form is Form.WORD:
        return word_text(data, path), []
    if form is Form.XML:
        return xml_text(data, path), []
    return decode(data, path), []
