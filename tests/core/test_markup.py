"""The span markup: ``[words]{.label key=value note="..."}`` to plain text and spans, and back."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.core.markup import MarkupError, parse_article, to_markup
from quizapp.core.model import Span


def described(markup: str) -> list[tuple[str, tuple[str, ...], dict[str, str], str | None]]:
    """Each span of the parsed markup as (its text, labels, attributes, note)."""
    parsed = parse_article(markup)
    return [
        (parsed.text[span.start : span.end], span.labels, span.attributes, span.note)
        for span in parsed.spans
    ]


# --- parsing ------------------------------------------------------------------------------

PARSE_CASES = [
    pytest.param("Just some text.", "Just some text.", [], id="no-spans"),
    pytest.param(
        "The fire left [12 dead]{.figure}, officials said.",
        "The fire left 12 dead, officials said.",
        [("12 dead", ("figure",), {}, None)],
        id="one-label",
    ),
    pytest.param(
        "Police [reportedly]{.speculation .unconfirmed} know.",
        "Police reportedly know.",
        [("reportedly", ("speculation", "unconfirmed"), {}, None)],
        id="several-labels",
    ),
    pytest.param(
        "[12 dead]{.figure quantity=deaths unit=people}",
        "12 dead",
        [("12 dead", ("figure",), {"quantity": "deaths", "unit": "people"}, None)],
        id="key-value",
    ),
    pytest.param(
        '[it]{.unconfirmed note="She said \\"no\\" \\\\ twice."}',
        "it",
        [("it", ("unconfirmed",), {}, 'She said "no" \\ twice.')],
        id="quoted-note-with-escapes",
    ),
    pytest.param(
        '[it]{.figure source="two words" note=short}',
        "it",
        [("it", ("figure",), {"source": "two words"}, "short")],
        id="quoted-value-and-bare-note",
    ),
    pytest.param(
        "[12]{#toll .figure}",
        "12",
        [("12", ("figure",), {"id": "toll"}, None)],
        id="hash-id",
    ),
    pytest.param(
        "[[12]{.figure} dead, police say]{.unconfirmed}",
        "12 dead, police say",
        [
            ("12 dead, police say", ("unconfirmed",), {}, None),
            ("12", ("figure",), {}, None),
        ],
        id="nested-spans-outer-first",
    ),
    pytest.param(
        "[[[a]{.x} b]{.y} c]{.z}",
        "a b c",
        [("a b c", ("z",), {}, None), ("a b", ("y",), {}, None), ("a", ("x",), {}, None)],
        id="three-deep",
    ),
    pytest.param(
        "[a]{.x} and [b]{.y}",
        "a and b",
        [("a", ("x",), {}, None), ("b", ("y",), {}, None)],
        id="two-spans-in-reading-order",
    ),
    pytest.param(
        r"a \[1\] b \\ c \{d\}",
        "a [1] b \\ c {d}",
        [],
        id="escapes",
    ),
    pytest.param(r"C:\temp\x", r"C:\temp\x", [], id="backslash-before-other-stays"),
    pytest.param(r"[\[sic\]]{.x}", "[sic]", [("[sic]", ("x",), {}, None)], id="escape-in-span"),
    pytest.param("[x]{.a}{y}", "x{y}", [("x", ("a",), {}, None)], id="brace-after-span-is-text"),
    pytest.param(
        "one\n  two   three\t four",
        "one two three four",
        [],
        id="whitespace-folds-within-paragraph",
    ),
    pytest.param(
        "\n\n  first\n\n\n\n second  \n\n",
        "first\n\nsecond",
        [],
        id="blank-lines-fold-to-one-break",
    ),
    pytest.param(
        "as [early\n   reports]{.unconfirmed} say",
        "as early reports say",
        [("early reports", ("unconfirmed",), {}, None)],
        id="span-wrapped-across-lines",
    ),
    pytest.param(
        "a [ 12 dead ]{.figure} b",
        "a 12 dead b",
        [("12 dead", ("figure",), {}, None)],
        id="spaces-inside-brackets-trimmed",
    ),
    pytest.param(
        "[x]{ .a\n   k=v }",
        "x",
        [("x", ("a",), {"k": "v"}, None)],
        id="whitespace-inside-braces",
    ),
    pytest.param(
        "Tolls [près de 130]{.figure} — «vite»",
        "Tolls près de 130 — «vite»",
        [("près de 130", ("figure",), {}, None)],
        id="unicode",
    ),
    pytest.param(
        "[1\u202f200 morts]{.figure} selon «\u00a0la préfecture\u00a0»,\u2009soit\u00a0\n 8 000",
        "1\u202f200 morts selon «\u00a0la préfecture\u00a0»,\u2009soit 8 000",
        [("1\u202f200 morts", ("figure",), {}, None)],
        id="single-no-break-or-thin-space-kept",
    ),
]


@pytest.mark.parametrize(("markup", "text", "spans"), PARSE_CASES)
def test_parse(markup: str, text: str, spans: list[Any]) -> None:
    """Markup parses to the expected plain text and spans (text, labels, attributes, note)."""
    assert parse_article(markup).text == text
    assert described(markup) == spans


def test_paragraph_offsets() -> None:
    """Paragraphs are (start, end) offsets in the plain text, spans counted across them."""
    parsed = parse_article("A b.\n\nC [d]{.x} e.\n\n\n\nF [g]{.y}.")
    assert parsed.text == "A b.\n\nC d e.\n\nF g."
    assert parsed.paragraphs == [(0, 4), (6, 12), (14, 18)]
    assert [parsed.text[start:end] for start, end in parsed.paragraphs] == [
        "A b.",
        "C d e.",
        "F g.",
    ]
    assert [(span.start, span.end) for span in parsed.spans] == [(8, 9), (16, 17)]


def test_span_lines() -> None:
    """Each span remembers the markup line where its '[' stands (for messages)."""
    parsed = parse_article("one\n[two]{.x}\n\nthree [four\nfive]{.y}")
    assert parsed.span_lines == [2, 4]


def test_span_note_and_quantity() -> None:
    """A span exposes its quantity attribute and note."""
    span = parse_article('[12]{.figure quantity=deaths note="Older report."}').spans[0]
    assert (span.quantity, span.note) == ("deaths", "Older report.")


# --- errors -------------------------------------------------------------------------------

ERROR_CASES = [
    pytest.param("a [b", 1, 3, "'[' is never closed", id="unclosed-bracket"),
    pytest.param("first line\n  second [b", 2, 10, "'[' is never closed", id="unclosed-line-2"),
    pytest.param("a ]b", 1, 3, "']' closes nothing", id="stray-close"),
    pytest.param("see [x] here", 1, 5, "must be followed by its labels", id="no-braces"),
    pytest.param("[x]{label}", 1, 5, "needs a dot", id="label-without-dot"),
    pytest.param("[x]{.a", 1, 4, "'{' is never closed", id="unclosed-brace"),
    pytest.param('[x]{.a note="abc}', 1, 13, "quotation mark is never closed", id="open-quote"),
    pytest.param("a [ ]{.a} b", 1, 3, "no text", id="empty-span"),
    pytest.param("a []{.a} b", 1, 3, "no text", id="empty-brackets"),
    pytest.param("[a\n\nb]{.a}", 1, 1, "paragraph break", id="across-paragraphs"),
    pytest.param("[x]{}", 1, 4, "at least one label", id="empty-braces"),
    pytest.param("[x]{k=v}", 1, 4, "at least one label", id="no-label"),
    pytest.param("[x]{.a .a}", 1, 8, "label 'a' is given twice", id="label-twice"),
    pytest.param("[x]{.a k=1 k=2}", 1, 12, "'k' is given twice", id="key-twice"),
    pytest.param("[x]{.a note=1 note=2}", 1, 15, "note is given twice", id="note-twice"),
    pytest.param("[x]{.a #b #c}", 1, 11, "id is given twice", id="id-twice"),
    pytest.param("[x]{. a}", 1, 6, "expected a name after '.'", id="dot-without-name"),
    pytest.param("[x]{.a k=}", 1, 10, "expected a value", id="missing-value"),
    pytest.param("[x]{.a !}", 1, 8, "unexpected '!'", id="unexpected-character"),
    pytest.param("ok\n\nok [x]{.a\n .b", 3, 7, "'{' is never closed", id="unclosed-brace-line-3"),
]


@pytest.mark.parametrize(("markup", "line", "column", "phrase"), ERROR_CASES)
def test_markup_errors(markup: str, line: int, column: int, phrase: str) -> None:
    """Broken markup raises MarkupError at the right line and column, in plain words."""
    with pytest.raises(MarkupError) as caught:
        parse_article(markup)
    error = caught.value
    assert (error.line, error.column) == (line, column)
    assert phrase in error.message
    assert str(error).startswith(f"line {line}, column {column}: ")


# --- writing back -------------------------------------------------------------------------


def test_to_markup_escapes_and_quotes() -> None:
    """Writing back escapes brackets and backslashes and quotes values that need it."""
    span = Span(0, 3, ("figure",), {"quantity": "deaths", "id": "t"}, 'a "b" \\ c')
    markup = to_markup("[1]\\ x", [span])
    assert markup == r'[\[1\]]{#t .figure quantity=deaths note="a \"b\" \\ c"}\\ x'
    assert parse_article(markup).spans == [span]


def test_to_markup_id_that_is_no_name() -> None:
    """An id that cannot be written as #name is written as id="..." and reads back."""
    span = Span(0, 1, ("x",), {"id": "two words"})
    assert parse_article(to_markup("a", [span])).spans == [span]


@pytest.mark.parametrize(
    "spans",
    [
        pytest.param([Span(0, 3, ("x",)), Span(2, 5, ("y",))], id="overlap"),
        pytest.param([Span(0, 9, ("x",))], id="past-the-end"),
        pytest.param([Span(2, 2, ("x",))], id="empty"),
    ],
)
def test_to_markup_rejects_bad_spans(spans: list[Span]) -> None:
    """Spans that overlap without nesting, or lie outside the text, are refused."""
    with pytest.raises(ValueError):
        to_markup("abcde", spans)


# --- round trip (property) ----------------------------------------------------------------

_TRICKY = list("[]{}\\\"'#.=:/-_") + ["é", "ß", "中", "🔥", "\u200b"]
# Every character str.isspace() accepts is in one of these categories: words never hold one.
_WORD_CHARS = st.one_of(
    st.sampled_from(_TRICKY + list("abcXYZ019")),
    st.characters(exclude_categories=("Zs", "Zl", "Zp", "Cc", "Cs")),
)
_WORDS = st.one_of(
    st.text(_WORD_CHARS, min_size=1, max_size=8),
    # A backslash before each character that the markup treats specially.
    st.sampled_from(["\\", "\\\\", "\\[", "\\]", "\\{", "a\\}", "\\\\["]),
)
_PARAGRAPHS = st.lists(st.lists(_WORDS, min_size=1, max_size=10), min_size=1, max_size=4)
# Names as the markup allows them ([A-Za-z_][\w-]*); built, not from_regex, for speed.
_NAMES = st.builds(
    str.__add__,
    st.sampled_from("abfqxzABQZ_"),
    st.text(st.sampled_from("aeqz09_-éßж"), max_size=10),
)
_VALUES = st.text(
    st.one_of(
        st.sampled_from(list("\\\"' {}[]=#.\n")),
        st.characters(exclude_categories=("Cs",)),
    ),
    max_size=12,
)


@st.composite
def _span_attributes(
    draw: st.DrawFn, values: st.SearchStrategy[str]
) -> tuple[tuple[str, ...], dict[str, str], str | None]:
    labels = tuple(draw(st.lists(_NAMES, min_size=1, max_size=3, unique=True)))
    keys = st.one_of(_NAMES, st.just("id")).filter(lambda key: key != "note")
    attributes = draw(st.dictionaries(keys, values, max_size=3))
    note = draw(st.none() | values)
    return labels, attributes, note


@st.composite
def texts_with_spans(
    draw: st.DrawFn, values: st.SearchStrategy[str] = _VALUES
) -> tuple[str, list[Span]]:
    """Folded plain text and properly nested spans on word boundaries."""
    paragraphs = draw(_PARAGRAPHS)
    text = "\n\n".join(" ".join(words) for words in paragraphs)
    spans: list[Span] = []
    offset = 0
    for words in paragraphs:
        bounds = []
        for word in words:
            bounds.append((offset, offset + len(word)))
            offset += len(word) + 1
        offset += 1  # the second newline of the paragraph break
        kept: list[tuple[int, int]] = []
        for _ in range(draw(st.integers(0, 4))):
            first = draw(st.integers(0, len(words) - 1))
            last = draw(st.integers(first, len(words) - 1))
            start, end = bounds[first][0], bounds[last][1]
            # Keep only spans that nest in or stay clear of every span kept so far.
            if all(
                end <= s or e <= start or (s <= start and end <= e) or (start <= s and e <= end)
                for s, e in kept
            ):
                kept.append((start, end))
                labels, attributes, note = draw(_span_attributes(values))
                spans.append(Span(start, end, labels, attributes, note))
    return text, spans


def _reading_order(spans: list[Span]) -> list[Span]:
    return sorted(spans, key=lambda span: (span.start, -span.end))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts_with_spans())
def test_round_trip(case: tuple[str, list[Span]]) -> None:
    """parse_article(to_markup(text, spans)) gives back the same text and spans."""
    text, spans = case
    parsed = parse_article(to_markup(text, spans))
    assert parsed.text == text
    assert parsed.spans == _reading_order(spans)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts_with_spans(values=_NAMES), st.data())
def test_rewrapping_keeps_offsets(case: tuple[str, list[Span]], data: st.DataObject) -> None:
    """However an author wraps and indents the lines, the text and offsets stay the same."""
    text, spans = case
    markup = to_markup(text, spans)
    # With bare-word values every space in the markup is layout: between words or
    # between the parts of a {...} block. Re-wrap each one; widen paragraph breaks.
    gaps = st.sampled_from([" ", "  ", "\n", "\n    ", " \t "])
    breaks = st.sampled_from(["\n\n", "\n\n\n", "\n  \n  "])
    paragraphs = [
        "".join(data.draw(gaps) if char == " " else char for char in paragraph)
        for paragraph in markup.split("\n\n")
    ]
    rewrapped = paragraphs[0]
    for paragraph in paragraphs[1:]:
        rewrapped += data.draw(breaks) + paragraph
    parsed = parse_article(data.draw(st.sampled_from(["", "\n", "  "])) + rewrapped + "\n")
    assert parsed.text == text
    assert parsed.spans == _reading_order(spans)
