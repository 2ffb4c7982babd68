"""The text of a document, page by page: txt, md, pdf (its text layer), docx, html and Hearth's transcripts.

A page is the unit a source is cited by: a PDF's page (numbered from 1), or the whole file (page 0) for formats
without pages. Every passage Hearth quotes is a slice of a page's `text` here, so a quotation can be checked
against it. A PDF page without a text layer (a scan, a photo) is kept with a `problem` saying so, never silently
empty.
"""

from __future__ import annotations

import json
import re
import zipfile
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

from app.transcription.transcripts import Transcript

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text", ".rst"})
SUFFIXES = TEXT_SUFFIXES | {".pdf", ".docx", ".html", ".htm", ".json"}
NO_TEXT_LAYER = "This page has no text layer (a scanned or photographed page?); its content could not be read."


@dataclass(frozen=True)
class Page:
    number: int  # 1.. for PDF pages; 0 for a file without pages
    text: str
    problem: str = ""


@dataclass(frozen=True)
class Extracted:
    path: Path
    pages: tuple[Page, ...]
    problem: str = ""  # why nothing (or not everything) could be read; "" when all went well

    @property
    def text(self) -> str:
        return "\n\n".join(page.text for page in self.pages if page.text)


def can_read(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES


def extract(path: Path) -> Extracted:
    """The document's pages; an unreadable file gives no pages and a `problem` in plain words."""
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        if suffix in TEXT_SUFFIXES:
            return Extracted(path, (Page(0, _clean(path.read_text(encoding="utf-8", errors="replace"))),))
        if suffix == ".pdf":
            return _pdf(path)
        if suffix == ".docx":
            return Extracted(path, (Page(0, _docx(path)),))
        if suffix in (".html", ".htm"):
            return Extracted(path, (Page(0, html_text(path.read_text(encoding="utf-8", errors="replace"))),))
        if suffix == ".json":
            return _transcript(path)
    except (OSError, ValueError, zipfile.BadZipFile, ElementTree.ParseError) as exc:
        return Extracted(path, (), f"{path.name} could not be read: {exc}")
    return Extracted(path, (), f"{path.name}: files of this kind ({suffix or 'no extension'}) cannot be read.")


def _clean(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")


def _pdf(path: Path) -> Extracted:
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(str(path))
    except pypdfium2.PdfiumError as exc:
        raise ValueError(f"not a readable PDF ({exc})") from exc
    pages = []
    try:
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            text = _clean(textpage.get_text_range()).strip()
            textpage.close()
            page.close()
            pages.append(Page(index + 1, text, "" if text else NO_TEXT_LAYER))
    finally:
        document.close()
    missing = [page.number for page in pages if page.problem]
    problem = ""
    if missing:
        listed = ", ".join(str(n) for n in missing)
        problem = f"{len(missing)} of {len(pages)} pages have no text layer (page {listed}): they were not read."
    return Extracted(path, tuple(pages), problem)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx(path: Path) -> str:
    """Paragraphs of the main document part (tables' cells included), read from the zip's XML."""
    with zipfile.ZipFile(path) as archive:
        root = ElementTree.fromstring(archive.read("word/document.xml"))
    paragraphs = []
    for paragraph in root.iter(f"{_W}p"):
        parts = []
        for node in paragraph.iter():
            if node.tag == f"{_W}t" and node.text:
                parts.append(node.text)
            elif node.tag == f"{_W}tab":
                parts.append("\t")
            elif node.tag in (f"{_W}br", f"{_W}cr"):
                parts.append("\n")
        paragraphs.append("".join(parts))
    return "\n".join(paragraphs).strip()


_BLOCKS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "td",
        "th",
        "table",
        "section",
        "article",
        "header",
        "footer",
        "pre",
        "blockquote",
    ]
)


class _HtmlText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "noscript", "template"):
            self._skip += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "noscript", "template"):
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_text(markup: str) -> str:
    parser = _HtmlText()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t\f\v]+", " ", text)
    return re.sub(r"\s*\n\s*", "\n", text).strip()


def _transcript(path: Path) -> Extracted:
    raw = json.loads(path.read_text(encoding="utf-8"))
    transcript = Transcript.from_json(raw)
    if not transcript.segments:
        raise ValueError("this JSON file is not a Hearth transcript")
    return Extracted(path, (Page(0, transcript.text()),))
