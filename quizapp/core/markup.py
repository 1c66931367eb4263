"""Pandoc bracketed spans: ``[some words]{.label .other key=value note="a note"}``.

``parse_article`` turns an article's markup into plain text and spans (character
offsets into that text); ``to_markup`` writes them back. Brackets in the text are
written ``\\[`` and ``\\]``; a backslash before ``[ ] { } \\`` makes it literal.

Whitespace is folded: paragraphs are separated by blank lines and come out joined by
exactly one blank line; inside a paragraph any run of white space (line breaks
included) becomes one space. That keeps offsets stable however an author wraps lines.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from quizapp.core.errors import CodedError, ErrorCode
from quizapp.core.model import PARAGRAPH_SEPARATOR, Span
from quizapp.core.text import Catalogue

ESCAPABLE = "[]{}\\"
_NAME = re.compile(r"[A-Za-z_][\w-]*")
_BARE_VALUE = re.compile(r"[^\s\"'{}=]+")
_SAFE_BARE_VALUE = re.compile(r"[\w.:/+-]+")
_QUOTED_SPECIAL = re.compile(r'["\\]')


MESSAGES = Catalogue("markup")  # quizapp/core/messages/markup.toml


class MarkupError(CodedError, ValueError):
    """Broken span markup; ``line`` and ``column`` are 1-based in the markup text."""

    code = ErrorCode.MARKUP_INVALID

    def __init__(self, message: str, line: int, column: int) -> None:
        super().__init__(MESSAGES.AT(line=line, column=column, message=message))
        self.message = message
        self.line = line
        self.column = column


@dataclass
class _RawSpan:
    start: int
    end: int
    labels: tuple[str, ...]
    attributes: dict[str, str]
    note: str | None
    line: int
    column: int


@dataclass
class ParsedText:
    text: str
    spans: list[Span]
    paragraphs: list[tuple[int, int]]
    span_lines: list[int] = field(default_factory=list)  # markup line where each span opens


class _Cursor:
    """Walks the markup; line and column (for messages) are worked out on demand."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.index = 0
        self._newlines: list[int] | None = None  # found when a position is first asked for

    def position(self, index: int) -> tuple[int, int]:
        """1-based line and column of ``index``."""
        if self._newlines is None:
            self._newlines = [match.start() for match in re.finditer("\n", self.source)]
        line = bisect.bisect_left(self._newlines, index)
        line_start = self._newlines[line - 1] + 1 if line else 0
        return line + 1, index - line_start + 1

    @property
    def line(self) -> int:
        return self.position(self.index)[0]

    @property
    def column(self) -> int:
        return self.position(self.index)[1]

    def peek(self, ahead: int = 0) -> str:
        position = self.index + ahead
        return self.source[position] if position < len(self.source) else ""

    def advance(self) -> str:
        char = self.source[self.index]
        self.index += 1
        return char

    def at_end(self) -> bool:
        return self.index >= len(self.source)

    def error(self, message: str) -> MarkupError:
        return MarkupError(message, *self.position(self.index))


def _parse_attributes(cursor: _Cursor) -> tuple[tuple[str, ...], dict[str, str], str | None]:
    """Read ``{...}`` (the cursor is on the ``{``)."""
    opened_at = cursor.index
    cursor.advance()
    labels: list[str] = []
    attributes: dict[str, str] = {}
    note: str | None = None
    while True:
        while cursor.peek().isspace():
            cursor.advance()
        char = cursor.peek()
        if char == "":
            raise MarkupError(MESSAGES.UNCLOSED_BRACE(), *cursor.position(opened_at))
        if char == "}":
            cursor.advance()
            break
        # Problems with a name are reported where the name starts.
        name_at = cursor.index
        if char in ".#":
            cursor.advance()
            match = _NAME.match(cursor.source, cursor.index)
            if not match:
                raise cursor.error(f"expected a name after '{char}'")
            name = match.group()
            cursor.index = match.end()
            if char == ".":
                if name in labels:
                    raise MarkupError(MESSAGES.LABEL_TWICE(name=name), *cursor.position(name_at))
                labels.append(name)
            else:
                if "id" in attributes:
                    raise MarkupError(MESSAGES.ID_TWICE(), *cursor.position(name_at))
                attributes["id"] = name
            continue
        match = _NAME.match(cursor.source, cursor.index)
        if not match:
            raise cursor.error(
                f"unexpected '{char}' in the span's braces: write .label or key=value"
            )
        key = match.group()
        cursor.index = match.end()
        if cursor.peek() != "=":
            raise MarkupError(
                MESSAGES.NEEDS_DOT(key=key),
                *cursor.position(name_at),
            )
        cursor.advance()
        value = _read_value(cursor)
        if key == "note":
            if note is not None:
                raise MarkupError(MESSAGES.NOTE_TWICE(), *cursor.position(name_at))
            note = value
        else:
            if key in attributes:
                raise MarkupError(MESSAGES.KEY_TWICE(key=key), *cursor.position(name_at))
            attributes[key] = value
    if not labels:
        raise MarkupError(MESSAGES.NEEDS_LABEL(), *cursor.position(opened_at))
    return tuple(labels), attributes, note


def _read_value(cursor: _Cursor) -> str:
    if cursor.peek() == '"':
        quote_at = cursor.index
        cursor.advance()
        chars: list[str] = []
        while True:
            # Copy up to the next quotation mark or backslash in one step.
            match = _QUOTED_SPECIAL.search(cursor.source, cursor.index)
            stop = match.start() if match else len(cursor.source)
            if stop > cursor.index:
                chars.append(cursor.source[cursor.index : stop])
                cursor.index = stop
            char = cursor.peek()
            if char == "":
                raise MarkupError(MESSAGES.UNCLOSED_QUOTE(), *cursor.position(quote_at))
            cursor.advance()
            if char == "\\" and cursor.peek() in ('"', "\\"):
                chars.append(cursor.advance())
            elif char == '"':
                return "".join(chars)
            else:
                chars.append(char)
    match = _BARE_VALUE.match(cursor.source, cursor.index)
    if not match:
        raise cursor.error("expected a value after '='")
    cursor.index = match.end()
    return match.group()


_SPECIAL = re.compile(r"[\\\[\]]")


def _parse_raw(source: str) -> tuple[str, list[_RawSpan]]:
    cursor = _Cursor(source)
    plain: list[str] = []
    length = 0
    stack: list[tuple[int, int]] = []  # plain offset and source index of each open '['
    spans: list[_RawSpan] = []
    while not cursor.at_end():
        # Copy plain text up to the next backslash or bracket in one step.
        match = _SPECIAL.search(source, cursor.index)
        stop = match.start() if match else len(source)
        if stop > cursor.index:
            plain.append(source[cursor.index : stop])
            length += stop - cursor.index
            cursor.index = stop
            continue
        char = cursor.peek()
        if char == "\\":
            following = cursor.peek(1)
            cursor.advance()
            if following and following in ESCAPABLE:
                plain.append(cursor.advance())
            else:
                plain.append("\\")
            length += 1
        elif char == "[":
            stack.append((length, cursor.index))
            cursor.advance()
        else:  # "]"
            if not stack:
                raise cursor.error(
                    "this ']' closes nothing; write \\] for a bracket that is part of the text"
                )
            start, opened_at = stack.pop()
            line, column = cursor.position(opened_at)
            cursor.advance()
            if cursor.peek() != "{":
                raise MarkupError(
                    MESSAGES.BRACKET_NEEDS_LABELS(),
                    line,
                    column,
                )
            labels, attributes, note = _parse_attributes(cursor)
            spans.append(_RawSpan(start, length, labels, attributes, note, line, column))
    if stack:
        line, column = cursor.position(stack[-1][1])
        raise MarkupError(MESSAGES.UNCLOSED_BRACKET(), line, column)
    return "".join(plain), spans


# A gap that is one no-break or thin space alone is kept as written, not folded to " ":
# French and other typography put one inside numbers (1\u202f200) and quotes («\u00a0oui\u00a0»).
_KEPT_GAPS = frozenset("\u00a0\u202f\u2007\u2009")
# Words joined by single spaces (or single kept gaps) fold to themselves, so they are one
# chunk: the loop below then turns once per line break or odd gap instead of once per word.
_RUNS = re.compile(r"\S+(?:[ \u00a0\u202f\u2007\u2009]\S+)*|\s+")


class _PositionMap:
    """Old offset (before folding) -> new offset, kept as runs instead of per character."""

    def __init__(self) -> None:
        self.old_starts: list[int] = []
        self.runs: list[tuple[int, bool]] = []  # (new start, is text)

    def add(self, old_start: int, new_start: int, is_text: bool) -> None:
        self.old_starts.append(old_start)
        self.runs.append((new_start, is_text))

    def __getitem__(self, old: int) -> int:
        index = bisect.bisect_right(self.old_starts, old) - 1
        if index < 0:
            return 0
        new_start, is_text = self.runs[index]
        # Inside folded white space every offset maps to where the gap begins.
        return new_start + (old - self.old_starts[index]) if is_text else new_start


def _fold_whitespace(raw: str) -> tuple[str, _PositionMap, list[tuple[int, int]]]:
    """Fold white space; return the text, a map old offset -> new offset, and paragraphs."""
    out: list[str] = []
    position_map = _PositionMap()
    paragraphs: list[tuple[int, int]] = []
    paragraph_start: int | None = None
    gap = ""
    length = 0
    for match in _RUNS.finditer(raw):
        chunk = match.group()
        if chunk[0].isspace():
            position_map.add(match.start(), length, False)
            gap = chunk
            continue
        if paragraph_start is not None:
            if gap.count("\n") >= 2:
                paragraphs.append((paragraph_start, length))
                out.append(PARAGRAPH_SEPARATOR)
                length += len(PARAGRAPH_SEPARATOR)
                paragraph_start = None
            elif gap:
                out.append(gap if gap in _KEPT_GAPS else " ")
                length += 1
        if paragraph_start is None:
            paragraph_start = length
        gap = ""
        position_map.add(match.start(), length, True)
        out.append(chunk)
        length += len(chunk)
    if paragraph_start is not None:
        paragraphs.append((paragraph_start, length))
    return "".join(out), position_map, paragraphs


def parse_article(source: str) -> ParsedText:
    """Parse an article's markup into plain text, spans and paragraph ranges."""
    raw, raw_spans = _parse_raw(source)
    text, position_map, paragraphs = _fold_whitespace(raw)
    spans: list[Span] = []
    span_lines: list[int] = []
    for raw_span in raw_spans:
        start, end = position_map[raw_span.start], position_map[raw_span.end]
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            raise MarkupError(MESSAGES.EMPTY_SPAN(), raw_span.line, raw_span.column)
        if PARAGRAPH_SEPARATOR in text[start:end]:
            raise MarkupError(MESSAGES.ACROSS_PARAGRAPHS(), raw_span.line, raw_span.column)
        spans.append(Span(start, end, raw_span.labels, raw_span.attributes, raw_span.note))
        span_lines.append(raw_span.line)
    order = sorted(range(len(spans)), key=lambda i: (spans[i].start, -spans[i].end))
    return ParsedText(
        text=text,
        spans=[spans[i] for i in order],
        paragraphs=paragraphs,
        span_lines=[span_lines[i] for i in order],
    )


_TO_ESCAPE = re.compile(r"([\[\]\\])")


def escape(text: str) -> str:
    return _TO_ESCAPE.sub(r"\\\1", text)


def _quote(value: str) -> str:
    if _SAFE_BARE_VALUE.fullmatch(value):
        return value
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def attribute_block(span: Span) -> str:
    parts = [f".{label}" for label in span.labels]
    identifier = span.attributes.get("id")
    if identifier is not None and _NAME.fullmatch(identifier):
        parts.insert(0, f"#{identifier}")
        identifier = None  # written; an id that is no name is written as id="..."
    parts += [
        f"{key}={_quote(value)}"
        for key, value in span.attributes.items()
        if key != "id" or identifier is not None
    ]
    if span.note is not None:
        parts.append(f"note={_quote(span.note)}")
    return "{" + " ".join(parts) + "}"


def to_markup(text: str, spans: list[Span] | tuple[Span, ...]) -> str:
    """Write plain text and spans back as markup. Spans must nest, not overlap."""
    ordered = sorted(spans, key=lambda s: (s.start, -s.end))
    opens: dict[int, int] = {}
    closes: dict[int, list[Span]] = {}
    stack: list[Span] = []
    for span in ordered:
        if not 0 <= span.start < span.end <= len(text):
            raise ValueError(f"span {span.start}-{span.end} lies outside the text")
        while stack and stack[-1].end <= span.start:
            stack.pop()
        if stack and span.end > stack[-1].end:
            raise ValueError(
                f"spans {stack[-1].start}-{stack[-1].end} and {span.start}-{span.end} overlap"
                " without one containing the other"
            )
        stack.append(span)
        opens[span.start] = opens.get(span.start, 0) + 1
        closes.setdefault(span.end, []).append(span)
    out: list[str] = []
    previous = 0
    for position in sorted(set(opens) | set(closes)):
        out.append(escape(text[previous:position]))
        # Inner spans close first: the later-opened (shorter) of those ending here.
        for span in sorted(closes.get(position, []), key=lambda s: -s.start):
            out.append("]" + attribute_block(span))
        out.append("[" * opens.get(position, 0))
        previous = position
    out.append(escape(text[previous:]))
    return "".join(out)
