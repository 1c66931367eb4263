"""A plain-text report split into what the rules look at: lines, sentences and words.

Offsets are character offsets into the text as given. Every line is its own sentence (plain
text reports put headlines, datelines and paragraphs on lines of their own); inside a line,
sentences end at ``.``, ``!`` or ``?`` followed by a capital (with or without a space between),
except after abbreviations.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from quizapp.core.suggest.lexicon import PhraseSet, word_key

_WORD = re.compile(r"(\w+(?:['’]\w+)*)(?:[,.:]\w+(?:['’]\w+)*)*")  # group 1: the lookup key
_LINE = re.compile(r"[^\n]+")
_LAST_WORD = re.compile(r"([\w.]+)\.$")
# also "tonnes.Further blasts": pages that run sentences together without a space; and the
# items of a list run into one line ("... for the attack. - In mid-February a car bomb ...")
_SENTENCE_END = re.compile(
    r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|(?<=[a-z]{3}[.!?])(?=[A-Z][a-z]{2})"
    r"|(?<=[.!?])\s+(?=[-–•]\s+[\"“(]?[A-Z0-9])"
)
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st sr jr gen col lt sgt capt supt insp rev hon gov sen rep no nos vs etc"
    " jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp mt ft approx est dept"
    " u.s u.k e.g i.e".split()
)
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*[a-z][\w'’-]*\b|\b[A-Z]{2,}\b")


def _sentence_bounds(text: str) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        start = line.start()
        for boundary in _SENTENCE_END.finditer(text, line.start(), line.end()):
            before = text[max(start, boundary.start() - 24) : boundary.start()]
            last_word = _LAST_WORD.search(before)
            if last_word:
                word = last_word.group(1).lower()
                if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                    continue
            bounds.append((start, boundary.start()))
            start = boundary.end()
        if text[start : line.end()].strip():
            bounds.append((start, line.end()))
    return bounds


@dataclass
class Document:
    """The text with its sentences, words, headline, lead paragraph and skipped lines."""

    text: str
    skip_prefixes: tuple[str, ...] = ()
    sentences: list[tuple[int, int]] = field(init=False)
    word_starts: list[int] = field(init=False)
    word_keys: list[str] = field(init=False)  # lexicon.word_key of each word
    words_by_key: dict[str, list[int]] = field(init=False)  # the indices of each key's words
    skipped: list[tuple[int, int]] = field(init=False)
    headline: tuple[int, int] | None = field(init=False)
    lead: tuple[int, int] | None = field(init=False)
    main_names: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        text = self.text
        self.sentences = _sentence_bounds(text)
        self._sentence_starts = [start for start, _ in self.sentences]
        self.word_starts = []
        self.word_keys = []
        for word in _WORD.finditer(text):
            self.word_starts.append(word.start())
            self.word_keys.append(word_key(word.group(1)))
        self.words_by_key = {}
        for index, key in enumerate(self.word_keys):
            self.words_by_key.setdefault(key, []).append(index)
        lines = [(m.start(), m.end()) for m in _LINE.finditer(text) if m.group().strip()]
        self.skipped = [
            (start, end)
            for start, end in lines
            if text[start:end].strip().lower().startswith(self.skip_prefixes)
        ]
        self.headline = self._find_headline(lines)
        self.lead = self._find_lead(lines)
        names: set[str] = set()
        for bounds in (self.headline, self.lead):
            if bounds is not None:
                names.update(m.group().lower() for m in _CAPITALISED.finditer(text, *bounds))
        self.main_names = frozenset(names)

    def _find_headline(self, lines: list[tuple[int, int]]) -> tuple[int, int] | None:
        """The first line of four words or more without a full stop among the first four
        lines (a headline comes before its standfirst: "Three lives lost in Boston
        explosions" above "An eight-year-old boy is believed to among those killed by two
        explosions during the Boston Marathon"), not a byline; else the longest short line
        without a full stop ("What we know" above a list)."""
        for start, end in lines[:4]:
            line = self.text[start:end].strip()
            if (
                4 <= len(line.split()) <= 22
                and not line.endswith((".", ":"))
                and not line.startswith("By ")
                and not re.search(r"\b(?:19|20)\d\d\b", line)
            ):
                return (start, end)
        best: tuple[int, int] | None = None
        best_words = 0
        for start, end in lines[:4]:
            line = self.text[start:end].strip()
            words = len(line.split())
            if 3 <= words <= 22 and not line.endswith((".", ":")) and words > best_words:
                if not re.search(r"\b(?:19|20)\d\d\b", line):  # a dateline, not a headline
                    best, best_words = (start, end), words
        return best

    def _find_lead(self, lines: list[tuple[int, int]]) -> tuple[int, int] | None:
        """The first line of running text (15 words or more) after the headline."""
        after = self.headline[1] if self.headline else 0
        for start, end in lines:
            if start >= after and len(self.text[start:end].split()) >= 15:
                return (start, end)
        return None

    def sentence_at(self, position: int) -> tuple[int, int]:
        index = bisect_right(self._sentence_starts, position) - 1
        if index < 0:
            return (0, 0)
        start, end = self.sentences[index]
        return (start, end) if position <= end else (position, position)

    def words_between(self, start: int, end: int) -> int:
        """How many words start in ``[start, end)``."""
        if end <= start:
            return 0
        return bisect_left(self.word_starts, end) - bisect_left(self.word_starts, start)

    def find(
        self, phrases: PhraseSet, begin: int = 0, end: int | None = None
    ) -> list[re.Match[str]]:
        """Matches of a lexicon's phrases in this text (see ``PhraseSet.find``)."""
        return phrases.find(
            self.text, self.word_starts, self.word_keys, begin, end, self.words_by_key
        )

    def find_read(self, phrases: PhraseSet) -> list[re.Match[str]]:
        """The matches of ``phrases`` in the text that is read (not in skipped lines)."""
        return [m for m in self.find(phrases) if not self.is_skipped(m.start())]

    def is_skipped(self, position: int) -> bool:
        return any(start <= position < end for start, end in self.skipped)

    def in_headline(self, position: int) -> bool:
        return self.headline is not None and self.headline[0] <= position < self.headline[1]
