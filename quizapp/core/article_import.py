"""Bringing a report in: pasted text, .txt, .md or .html reduced to clean paragraphs.

The result is plain paragraphs (no markup yet), ready for tagging. Scripts and styles
are dropped, odd white space (non-breaking, zero-width, tabs) becomes plain spaces,
and brackets are escaped when the text is turned into span markup.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from quizapp.core.markup import escape
from quizapp.core.yamlsource import SourceError, decode_text

MAX_ARTICLE_BYTES = 4 * 1024 * 1024
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"[^\S\n]+")
_BLOCKS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
    "section", "article", "header", "footer", "tr", "table", "figure", "figcaption", "pre",
    "hr", "dd", "dt", "main", "aside", "nav",
}  # fmt: skip
_DROP = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object", "button"}


@dataclass(frozen=True)
class ImportedArticle:
    paragraphs: list[str]
    headline: str = ""

    def markup(self) -> str:
        """The paragraphs as span markup with no spans yet (brackets escaped)."""
        return "\n\n".join(escape(paragraph) for paragraph in self.paragraphs)


def clean_line(text: str) -> str:
    text = text.translate(_ZERO_WIDTH).replace("\u00a0", " ").replace("\u202f", " ")
    return _SPACES.sub(" ", text).strip()


def paragraphs_from_text(text: str) -> list[str]:
    """Blank lines separate paragraphs; single line breaks inside one are folded."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks = re.split(r"\n[^\S\n]*\n", text)
    paragraphs = [clean_line(" ".join(block.split("\n"))) for block in blocks]
    return [paragraph for paragraph in paragraphs if paragraph]


_MD_LINE = [
    (re.compile(r"^\s{0,3}#{1,6}\s*"), ""),  # headings
    (re.compile(r"^\s{0,3}>\s?"), ""),  # quotes
    (re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+"), ""),  # list items
]
_MD_INLINE = [
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # images: keep alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links: keep the words
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),
    (re.compile(r"(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])"), r"\2"),
    (re.compile(r"`([^`]*)`"), r"\1"),
]


def paragraphs_from_markdown(text: str) -> tuple[list[str], str]:
    """Paragraphs of a Markdown report, and its first heading (the headline, if any)."""
    headline = ""
    lines: list[str] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        if not headline and re.match(r"^\s{0,3}#\s", line):
            headline = clean_line(line.lstrip("# "))
            lines.append("")
            continue
        if re.match(r"^\s*([-*_])\s*(\1\s*){2,}$", line):  # rules
            lines.append("")
            continue
        heading = re.match(r"^\s{0,3}#{1,6}\s|^\s*(?:[-*+]|\d+[.)])\s+", line)
        for pattern, replacement in _MD_LINE:
            line = pattern.sub(replacement, line)
        # A heading or a list item is a paragraph of its own.
        lines += ["", line, ""] if heading else [line]
    joined = "\n".join(lines)
    for pattern, replacement in _MD_INLINE:
        joined = pattern.sub(replacement, joined)
    return paragraphs_from_text(joined), headline


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[list[str]] = [[]]
        self.dropping = 0
        self.in_title = False
        self.in_h1 = False
        self.title = ""
        self.h1 = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._tag(tag, opening=True)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self.blocks.append([])

    def handle_endtag(self, tag: str) -> None:
        self._tag(tag, opening=False)

    def _tag(self, tag: str, *, opening: bool) -> None:
        """A tag opens or closes: dropped content, the title, a block, the first heading."""
        if tag in _DROP:
            self.dropping = max(0, self.dropping + (1 if opening else -1))
        elif tag == "title":
            self.in_title = opening
        elif tag in _BLOCKS:
            self.blocks.append([])
        if tag == "h1":
            self.in_h1 = opening

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
            return
        if self.dropping:
            return
        if self.in_h1:
            self.h1 += data
        self.blocks[-1].append(data)


def paragraphs_from_html(text: str) -> tuple[list[str], str]:
    parser = _TextExtractor()
    parser.feed(text)
    parser.close()
    paragraphs = [clean_line(" ".join("".join(block).split())) for block in parser.blocks]
    paragraphs = [html.unescape(p) for p in paragraphs if p]
    headline = clean_line(parser.h1) or clean_line(parser.title)
    if paragraphs and headline and paragraphs[0] == headline:
        paragraphs = paragraphs[1:]
    return paragraphs, headline


def import_text(text: str, kind: str = "txt") -> ImportedArticle:
    """Reduce pasted or loaded text (kind: txt, md or html) to paragraphs."""
    if kind == "html" or (kind == "txt" and re.search(r"<(p|div|html|body|br)\b", text, re.I)):
        paragraphs, headline = paragraphs_from_html(text)
    elif kind == "md":
        paragraphs, headline = paragraphs_from_markdown(text)
    else:
        paragraphs, headline = paragraphs_from_text(text), ""
    return ImportedArticle(paragraphs, headline)


def import_file(path: Path) -> ImportedArticle:
    """Read a .txt, .md or .html report; raise ``SourceError`` with a plain message."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise SourceError(f"cannot open {path.name}: {error.strerror or error}") from None
    if size > MAX_ARTICLE_BYTES:
        raise SourceError(f"{path.name} is too large for one report ({size // 1024} KB)")
    text = decode_text(path.read_bytes())
    suffix = path.suffix.lower()
    kind = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}.get(suffix, "txt")
    article = import_text(text, kind)
    if not article.paragraphs:
        raise SourceError(f"{path.name} has no text in it")
    return article
