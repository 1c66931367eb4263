"""Load the lexicons (YAML data a teacher can extend) and compile them once.

The built-in lexicons live in ``lexicons/`` next to this module. ``load_lexicon(extra_dir)``
adds a user directory holding files of the same names: lists are appended to the built-in
lists and mappings are merged, so a user file only needs the entries it adds.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from quizapp.core.suggest.inflections import hedge_forms, reporting_forms
from quizapp.core.suggest.model import SuggestError
from quizapp.core.suggest.needles import needles, screen, screened_matches
from quizapp.core.text import Catalogue

MESSAGES = Catalogue("suggest.lexicon")  # quizapp/core/messages/suggest.lexicon.toml
BUILTIN_DIR = Path(__file__).resolve().parent / "lexicons"
LEXICON_FILES: tuple[str, ...] = ("hedges.yaml", "sources.yaml", "quantities.yaml", "numbers.yaml")

_DETERMINERS = "the|a|an|this|that|these|those|my|your|his|her|its|our|their|be"


@dataclass(frozen=True)
class Entry:
    """One lexicon entry as used at run time: the family and the reason shown."""

    kind: str
    reason: str


@dataclass(frozen=True)
class PhraseSet:
    """Phrases compiled for fast scanning.

    One big alternation tried at every character is slow in Python's ``re``, so the phrases
    are grouped by their first word: the text's words are looked up in ``buckets`` (and the
    few ``prefixes`` of wildcard first words), and only there is a small alternation tried.
    Raw ``regex:`` entries whose first word is unknown are ``screened``: each is tried only in
    the paragraphs holding a literal all its matches hold (see ``needles``); the few without
    one are scanned over the whole text as one ``loose`` pattern.
    ``entry_for(match)`` says which entry matched.
    """

    entries: dict[str, Entry]
    buckets: dict[str, re.Pattern[str]]
    prefixes: tuple[tuple[str, re.Pattern[str]], ...]
    loose: re.Pattern[str] | None
    screened: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = ()
    known: dict[str, list[re.Pattern[str]]] = field(default_factory=dict, compare=False)

    def entry_for(self, match: re.Match[str]) -> Entry:
        return self.entries[match.lastgroup or ""]

    def candidates(self, key: str) -> list[re.Pattern[str]]:
        """The compiled alternations that may match at a word ``key`` (remembered)."""
        found = self.known.get(key)
        if found is None:
            found = [self.buckets[key]] if key in self.buckets else []
            found.extend(regex for prefix, regex in self.prefixes if key.startswith(prefix))
            if len(self.known) < 200_000:
                self.known[key] = found
        return found

    def match_at(
        self,
        text: str,
        position: int,
        key: str,
        candidates: list[re.Pattern[str]] | None = None,
    ) -> re.Match[str] | None:
        """The longest phrase starting at ``position``, whose first word is ``key``."""
        best = None
        for regex in self.candidates(key) if candidates is None else candidates:
            match = regex.match(text, position)
            if match and (best is None or match.end() > best.end()):
                best = match
        return best if best is not None and best.end() > best.start() else None

    def _word_indices(
        self,
        starts: list[int],
        keys: list[str],
        begin: int,
        end: int,
        by_key: dict[str, list[int]] | None,
    ) -> Iterable[int]:
        """The indices of the words in ``[begin, end)`` a phrase may start at (or all)."""
        if by_key is None or begin > 0 or (starts and end <= starts[-1]):
            return range(bisect_left(starts, begin), bisect_left(starts, end))
        # the whole text: looking each distinct word up once, rather than each of its
        # occurrences, is most of the scan's cost on a long report
        return sorted(index for key, at in by_key.items() if self.candidates(key) for index in at)

    def find(
        self,
        text: str,
        starts: list[int],
        keys: list[str],
        begin: int = 0,
        end: int | None = None,
        by_key: dict[str, list[int]] | None = None,
    ) -> list[re.Match[str]]:
        """Non-overlapping matches in ``text[begin:end]``, leftmost and longest first;
        ``starts`` and ``keys`` are the text's words (see ``word_key``), ``by_key`` the
        indices of each key's words (optional)."""
        end = len(text) if end is None else end
        found: list[re.Match[str]] = []
        for index in self._word_indices(starts, keys, begin, end, by_key):
            key = keys[index]
            candidates = self.candidates(key)
            if not candidates:
                continue
            match = self.match_at(text, starts[index], key, candidates)
            if match is not None and match.end() <= end:
                found.append(match)
        if self.loose is not None:
            found.extend(m for m in self.loose.finditer(text, begin, end) if m.end() > m.start())
        for literals, regex in self.screened:
            found.extend(
                m
                for m in screened_matches(regex, literals, text, begin, end)
                if m.end() > m.start()
            )
        found.sort(key=lambda m: (m.start(), -m.end()))
        kept: list[re.Match[str]] = []
        for match in found:
            if not kept or match.start() >= kept[-1].end():
                kept.append(match)
        return kept


def word_key(word: str) -> str:
    """How a word is looked up: lower case, curly apostrophes straightened."""
    return word.lower().replace("’", "'")


_REGEX_HEAD = re.compile(r"\\b(?:\(\?:(?P<group>[a-z?|]+)\)|(?P<word>[a-z]+))")


def _regex_first_words(regex: str) -> tuple[set[str], bool] | None:
    """The first words a raw regex can start with, if it says so simply: ``\\b(?:a|an)\\s``,
    ``\\bword\\s``, ``\\bstem\\w*``; None when it cannot be told (then it is scanned)."""
    head = _REGEX_HEAD.match(regex)
    if not head or "|" in _top_level(regex):
        return None
    alternatives = (head.group("group") or head.group("word")).split("|")
    words: set[str] = set()
    for alternative in alternatives:
        if alternative.count("?") > 1 or ("?" in alternative and not alternative.endswith("?")):
            return None
        if alternative.endswith("?"):
            words.update({alternative[:-2], alternative[:-1]})
        else:
            words.add(alternative)
    rest = regex[head.end() :]
    if rest.startswith(("\\s", " ", "\\b")):
        return words, False
    if rest.startswith(("\\w*", "(?:")):
        return words, True
    return None


def _top_level(regex: str) -> str:
    """The regex with every parenthesised group removed (to find a top-level ``|``)."""
    depth, kept = 0, []
    for char in regex:
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif depth == 0:
            kept.append(char)
    return "".join(kept)


def _first_words(phrase: str) -> tuple[set[str], set[str]]:
    """The exact first words and the wildcard prefixes a phrase can start with."""
    exact: set[str] = set()
    prefixes: set[str] = set()
    tokens = phrase.split()
    for index, token in enumerate(tokens):
        if token == "{verb}":
            continue
        optional = token.startswith("[") and token.endswith("]") and len(token) > 2
        for alternative in token.strip("[]").split("/"):
            head = re.match(r"[\w'’]+", alternative)
            if not head:
                continue
            word = word_key(head.group())
            if alternative.endswith("*") and head.end() == len(alternative) - 1:
                prefixes.add(word)
            else:
                exact.add(word)
        if not optional:
            break
        del index
    return exact, prefixes


def phrase_pattern(phrase: str) -> str:
    """Turn the lexicon phrase syntax (``a/b``, ``word*``, ``[optional]``, ``{verb}``) into a
    regular expression matching whole words."""
    pieces: list[str] = []
    started = False  # has a required word been written yet?
    for token in phrase.split():
        if token == "{verb}":
            pieces.append(rf"(?=\s+(?!(?:{_DETERMINERS})\b)[a-z])")
            continue
        optional = token.startswith("[") and token.endswith("]") and len(token) > 2
        if optional:
            token = token[1:-1]
        alternatives = []
        for alternative in token.split("/"):
            wildcard = alternative.endswith("*") and len(alternative) > 1
            if wildcard:
                alternative = alternative[:-1]
            escaped = re.sub("['’]", "['’]", re.escape(alternative))
            alternatives.append(escaped + (r"\w*" if wildcard else ""))
        body = "(?:" + "|".join(alternatives) + ")"
        if optional:
            pieces.append(f"(?:\\s+{body})?" if started else f"(?:{body}\\s+)?")
        else:
            pieces.append((r"\s+" if started else "") + body)
            started = True
    pattern = "".join(pieces)
    if index_is_word(phrase, 0):
        pattern = r"(?<![\w])" + pattern
    if index_is_word(phrase, -1):
        pattern += r"(?![\w])"
    return pattern


def index_is_word(phrase: str, index: int) -> bool:
    stripped = phrase.strip().strip("[]")
    if stripped.endswith("{verb}") and index == -1:
        return False
    return bool(stripped) and (stripped[index].isalnum() or stripped[index] in "*_")


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


# "{fr:craindre}", "{en:warn}": every form of a verb named by its lemma (inflections.py); in
# a phrase, letters glued before it go with every form ("s'{fr:attendre}": s'attend/s'attendait)
_LEMMA = re.compile(r"(?P<glued>[^\s/\[\]{}]*)\{(fr|en):([^{}:\s]+)\}")


def _forms(match: re.Match[str], as_regex: bool) -> str:
    forms = sorted(set(hedge_forms(match.group(2), match.group(3))), key=len, reverse=True)
    glued = match.group("glued")
    if as_regex:
        return glued + "(?:" + "|".join(re.escape(form) for form in forms) + ")"
    return "/".join(glued + form for form in forms)


def _with_forms(text: str, as_regex: bool) -> str:
    """``text`` with each lemma placeholder replaced by its forms (``a/b`` or ``(?:a|b)``)."""
    return _LEMMA.sub(lambda match: _forms(match, as_regex), text)


def _phrase_set(items: list[dict[str, Any]], where: str, ignore_case: bool = True) -> PhraseSet:
    """Compile entries ``{phrase|regex, kind, reason}``, longer phrases first."""
    phrases: list[tuple[str, Entry]] = []
    regexes: list[tuple[str, Entry]] = []
    for item in items:
        if not isinstance(item, dict):
            raise SuggestError(where, MESSAGES.NOT_AN_ENTRY(item=repr(item)))
        entry = Entry(str(item.get("kind", "")), str(item.get("reason", "")))
        phrases.extend((_with_forms(str(p), False), entry) for p in _as_list(item.get("phrase")))
        regexes.extend((_with_forms(str(r), True), entry) for r in _as_list(item.get("regex")))
    return _build_phrase_set(phrases, regexes, where, ignore_case)


def _build_phrase_set(
    phrases: list[tuple[str, Entry]],
    regexes: list[tuple[str, Entry]],
    where: str,
    ignore_case: bool = True,
) -> PhraseSet:
    flags = re.IGNORECASE if ignore_case else 0
    entries: dict[str, Entry] = {}
    by_key: dict[tuple[bool, str], list[tuple[int, str]]] = {}
    for number, (phrase, entry) in enumerate(sorted(phrases, key=lambda p: -len(p[0]))):
        name = f"p{number}"
        entries[name] = entry
        group = f"(?P<{name}>{phrase_pattern(phrase)})"
        exact, prefixes = _first_words(phrase)
        for word in exact:
            by_key.setdefault((False, word), []).append((len(phrase), group))
        for word in prefixes:
            by_key.setdefault((True, word), []).append((len(phrase), group))
    loose_groups = []
    screened: list[tuple[frozenset[str], str]] = []
    for number, (regex, entry) in enumerate(regexes):
        name = f"r{number}"
        entries[name] = entry
        group = f"(?P<{name}>{regex})"
        first = _regex_first_words(regex)
        if first is None:
            literals = needles(regex, flags)
            if literals is None:
                loose_groups.append(group)  # scanned over the whole text
            else:
                screened.append((literals, group))
            continue
        words, is_prefix = first
        for word in words:
            by_key.setdefault((is_prefix, word), []).append((1000, group))

    def compile_(groups: list[str]) -> re.Pattern[str]:
        try:
            return re.compile("|".join(groups), flags)
        except re.error as error:
            raise SuggestError(where, MESSAGES.BAD_PATTERN(error=str(error))) from error

    buckets: dict[str, re.Pattern[str]] = {}
    prefixes_: list[tuple[str, re.Pattern[str]]] = []
    for (is_prefix, word), groups in by_key.items():
        ordered = [group for _, group in sorted(groups, key=lambda g: -g[0])]
        if is_prefix:
            prefixes_.append((word, compile_(ordered)))
        else:
            buckets[word] = compile_(ordered)
    loose = compile_(loose_groups) if loose_groups else None
    screens = tuple((screen(literals), compile_([group])) for literals, group in screened)
    return PhraseSet(entries, buckets, tuple(prefixes_), loose, screens)


def _words_regex(words: list[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """Whole-word alternation of phrases (longest first), no groups."""
    alternatives = sorted({phrase_pattern(str(word)) for word in words}, key=len, reverse=True)
    return re.compile("|".join(alternatives) or r"(?!x)x", flags)


@dataclass(frozen=True)
class Lexicon:
    """Every lexicon compiled and ready: built once per lexicon directory."""

    # speculation
    hedges: PhraseSet
    not_hedges: PhraseSet
    # unconfirmed attribution
    markers: PhraseSet
    vague_sources: PhraseSet
    anonymity: PhraseSet
    reporting_verb: re.Pattern[str]  # matches at the start of a string
    source_opener: re.Pattern[str]  # matches at the end of a string
    outlets: PhraseSet
    outlet_verb: re.Pattern[str]  # matches right after an outlet's name
    reporting_starts: frozenset[str]  # the words a reporting verb's form can start with
    # for each of those words, the forms (of reporting_verb, in its order) that can start there
    reporting_verb_at: dict[str, re.Pattern[str]]
    # figures
    number_words: dict[str, int]
    multiples: dict[str, int]
    scales: dict[str, int]
    short_scales: dict[str, int]
    vague_amounts: dict[str, tuple[float, float]]
    tolerance: float
    qualifiers: dict[str, str]
    suffixes: dict[str, str]
    units: dict[str, str]
    currencies: tuple[str, ...]
    months: frozenset[str]
    weekdays: frozenset[str]
    time_units: frozenset[str]
    identifier_words: frozenset[str]
    locating_words: tuple[str, ...]
    locating_before: frozenset[str]
    skip_lines: tuple[str, ...]
    # quantities
    cues: PhraseSet  # entry kind: the quantity; reason: "noun" or "verb"
    outcomes: frozenset[str]  # quantities that say what happened to people (deaths, injured)
    head_nouns: dict[str, str]  # lower-case noun -> quantity
    people: dict[str, str | None]
    money_cues: re.Pattern[str]
    money_quantity: dict[str, str]
    percent_cues: re.Pattern[str]
    percent_quantity: dict[str, str]
    measures: tuple[tuple[str, str, re.Pattern[str]], ...]  # quantity, unit class, cues
    # plain word lists of any file's ``word_lists`` section, by name (lower case)
    word_lists: dict[str, frozenset[str]] = field(default_factory=dict)

    def words(self, name: str) -> frozenset[str]:
        """The word list ``name`` of a ``word_lists`` section (empty when none has it)."""
        return self.word_lists.get(name, frozenset())


def _merge(base: Any, extra: Any) -> Any:
    if isinstance(base, dict) and isinstance(extra, dict):
        merged = dict(base)
        for key, value in extra.items():
            merged[key] = _merge(base[key], value) if key in base else value
        return merged
    if isinstance(base, list) and isinstance(extra, list):
        return base + extra
    return extra


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise SuggestError(str(path), MESSAGES.CANNOT_READ_LEXICON(error=str(error))) from error
    except yaml.YAMLError as error:
        raise SuggestError(str(path), MESSAGES.NOT_YAML(error=str(error))) from error
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise SuggestError(str(path), MESSAGES.NOT_A_MAPPING())
    return data


def _raw_lexicons(extra_dir: str | None) -> dict[str, dict[str, Any]]:
    raw = {name: _read_yaml(BUILTIN_DIR / name) for name in LEXICON_FILES}
    if extra_dir is not None:
        directory = Path(extra_dir)
        if not directory.is_dir():
            raise SuggestError(extra_dir, MESSAGES.NO_DIRECTORY())
        for name in LEXICON_FILES:
            path = directory / name
            if path.is_file():
                raw[name] = _merge(raw[name], _read_yaml(path))
    return raw


def _compile(raw: dict[str, dict[str, Any]]) -> Lexicon:
    hedges = raw["hedges.yaml"]
    return Lexicon(
        hedges=_phrase_set(_as_list(hedges.get("hedges")), "hedges.yaml"),
        not_hedges=_phrase_set(_as_list(hedges.get("not_hedges")), "hedges.yaml"),
        **_source_parts(raw["sources.yaml"]),
        **_number_parts(raw["numbers.yaml"]),
        **_quantity_parts(raw["quantities.yaml"]),
        word_lists=_word_lists(raw),
    )


def _word_lists(raw: dict[str, dict[str, Any]]) -> dict[str, frozenset[str]]:
    """Every file's ``word_lists`` section (name -> words, as a list or one string)."""
    lists: dict[str, frozenset[str]] = {}
    for name, data in raw.items():
        section = data.get("word_lists") or {}
        if not isinstance(section, dict):
            raise SuggestError(name, MESSAGES.WORD_LISTS())
        for list_name, words in section.items():
            written = words.split() if isinstance(words, str) else _as_list(words)
            if any(not isinstance(word, str) for word in written):
                raise SuggestError(name, MESSAGES.QUOTE_WORDS(name=list_name))
            lists[str(list_name)] = lists.get(str(list_name), frozenset()) | {
                word.lower() for word in written
            }
    return lists


def _reporting_starts(phrases: list[str]) -> frozenset[str]:
    """The words a phrase can start with (lower case): its first required word's
    alternatives and those of the optional words before it ("[x] a/ont" starts "x", "a",
    "ont"), so that a scan tries the phrases only at those words."""
    words: set[str] = set()
    for phrase in phrases:
        for token in phrase.split():
            optional = token.startswith("[") and token.endswith("]")
            words.update(w.lower().replace("’", "'") for w in token.strip("[]").split("/"))
            if not optional:
                break
    return frozenset(words)


def _verbs_at(phrases: list[str], ordered: list[str]) -> dict[str, re.Pattern[str]]:
    """For each word of ``_reporting_starts``, the alternation of the forms that can match
    at a word of that key, in the order of the full one (``ordered``), so the same form wins.
    A form's first word must be the key (its pattern wants a space or a word's end after it)
    or, ending in ``*``, start it; a form whose first words are not letters is kept for
    every key. Trying only these (a handful, not hundreds of forms) is what makes the
    reporting-clause reader fast (issue 14)."""
    firsts: dict[str, set[str]] = {}
    for phrase in phrases:
        words = firsts.setdefault(phrase_pattern(phrase), set())
        for token in phrase.split():
            words.update(w.lower().replace("’", "'") for w in token.strip("[]").split("/"))
            if not (token.startswith("[") and token.endswith("]")):
                break

    def can_start(key: str, word: str) -> bool:
        if not re.fullmatch(r"[^\W\d_]+\*?", word):
            return True  # not plain letters: kept everywhere
        return key.startswith(word[:-1]) if word.endswith("*") else key == word

    return {
        key: re.compile(
            "(?:"
            + "|".join(p for p in ordered if any(can_start(key, w) for w in firsts[p]))
            + r"|(?!x)x)",
            re.IGNORECASE,
        )
        for key in _reporting_starts(phrases)
    }


def _source_parts(sources: dict[str, Any]) -> dict[str, Any]:
    """The attribution cues of sources.yaml, compiled."""
    reporting_verbs = [str(verb) for verb in _as_list(sources.get("reporting_verbs"))]
    reporting_verbs += reporting_forms(sources.get("reporting_lemmas") or {})
    ordered_verbs = sorted({phrase_pattern(v) for v in reporting_verbs}, key=len, reverse=True)
    verb_alternation = "|".join(ordered_verbs)
    openers = [phrase_pattern(str(o)) for o in _as_list(sources.get("source_openers"))]
    outlets = _build_phrase_set(
        [(str(o), Entry("outlet", "")) for o in _as_list(sources.get("outlets"))],
        [(str(r), Entry("outlet", "")) for r in _as_list(sources.get("outlet_regex"))],
        "sources.yaml",
        ignore_case=False,
    )
    outlet_verbs = "|".join(
        sorted(
            {phrase_pattern(str(v)) for v in _as_list(sources.get("outlet_verbs"))},
            key=len,
            reverse=True,
        )
    )
    # After the name: a reporter ("CNN's Jake Tapper"), a descriptor ("the AFP news agency"),
    # an aside ("The Baltimore Sun, which owns the paper,"), then the verb.
    outlet_verb = re.compile(
        r"(?:['’]s?\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}|\s+(?:news\s+agency|agency|channel|network"
        r"|newspaper|broadcaster|television|daily|website|news\s+service))?"
        r"(?:\s*,(?:[^,;.]|\.(?=\w|\s+[a-z])){1,80},)?"  # "U.S. officials" in an aside
        # an adverb of when or how between: "AP briefly reported", "Reuters earlier reported"
        r"\s+(?:(?:has|have|had|is|was|also|earlier|briefly|initially|originally|later"
        r"|previously|separately|subsequently|now|widely|quickly)\s+)*"
        # and the day it spoke: "CCTV on Thursday said"
        r"(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?"
        rf"(?:{outlet_verbs})\b"
    )
    return {
        "markers": _phrase_set(_as_list(sources.get("markers")), "sources.yaml"),
        "vague_sources": _phrase_set(_as_list(sources.get("vague_sources")), "sources.yaml"),
        "anonymity": _phrase_set(_as_list(sources.get("anonymity")), "sources.yaml"),
        "reporting_verb": re.compile(rf"(?:{verb_alternation})", re.IGNORECASE),
        "source_opener": re.compile(
            rf"(?:{'|'.join(openers)})\s+(?:[\w'’-]+\s+){{0,3}}$", re.IGNORECASE
        ),
        "outlets": outlets,
        "outlet_verb": outlet_verb,
        "reporting_starts": _reporting_starts(reporting_verbs),
        "reporting_verb_at": _verbs_at(reporting_verbs, ordered_verbs),
    }


def _grouped(section: dict[str, Any] | None) -> tuple[re.Pattern[str], dict[str, str]]:
    """One regex of all the phrases of ``section`` (quantity -> phrases), longest first,
    each in a named group, and the quantity of each group name."""
    names: dict[str, str] = {}
    groups: list[tuple[int, str]] = []
    for quantity, phrases in (section or {}).items():
        for phrase in _as_list(phrases):
            name = f"g{len(names)}"
            names[name] = str(quantity)
            groups.append((len(str(phrase)), f"(?P<{name}>{phrase_pattern(str(phrase))})"))
    ordered = [group for _, group in sorted(groups, key=lambda g: -g[0])]
    return re.compile("|".join(ordered) or r"(?!x)x", re.IGNORECASE), names


def _quantity_parts(quantities: dict[str, Any]) -> dict[str, Any]:
    """The quantity cues of quantities.yaml, compiled."""
    cue_phrases: list[tuple[str, Entry]] = []
    head_nouns: dict[str, str] = {}
    for quantity, spec in (quantities.get("quantities") or {}).items():
        spec = spec or {}
        quantity_verbs = {str(phrase).lower() for phrase in _as_list(spec.get("verbs"))}
        for phrase in _as_list(spec.get("nouns")):
            head_nouns.setdefault(str(phrase).lower(), str(quantity))
            if str(phrase).lower() not in quantity_verbs:  # "hurt", "missing": a verb cue as well
                cue_phrases.append((str(phrase), Entry(str(quantity), "noun")))
        cue_phrases.extend((phrase, Entry(str(quantity), "verb")) for phrase in quantity_verbs)
    money_cues, money_quantity = _grouped(quantities.get("money"))
    percent_cues, percent_quantity = _grouped(quantities.get("percent"))
    return {
        "cues": _build_phrase_set(cue_phrases, [], "quantities.yaml"),
        "outcomes": frozenset(
            str(name)
            for name, spec in (quantities.get("quantities") or {}).items()
            if isinstance(spec, dict) and spec.get("outcome")
        ),
        "head_nouns": head_nouns,
        "people": {
            str(k).lower(): (None if v is None else str(v))
            for k, v in (quantities.get("people") or {}).items()
        },
        "money_cues": money_cues,
        "money_quantity": money_quantity,
        "percent_cues": percent_cues,
        "percent_quantity": percent_quantity,
        "measures": tuple(
            (str(name), str(spec.get("unit", "")), _words_regex(_as_list(spec.get("cues"))))
            for name, spec in (quantities.get("measures") or {}).items()
        ),
    }


def _number_parts(numbers: dict[str, Any]) -> dict[str, Any]:
    """The numbers, qualifiers and units of numbers.yaml."""
    units: dict[str, str] = {}
    for unit_class, written in (numbers.get("units") or {}).items():
        for unit in _as_list(written):
            units[str(unit).lower()] = str(unit_class)

    def lower_set(key: str) -> frozenset[str]:
        return frozenset(str(word).lower() for word in _as_list(numbers.get(key)))

    def mapping(key: str, value: Any = str, lower: bool = True) -> dict[str, Any]:
        return {
            (str(k).lower() if lower else str(k)): value(v)
            for k, v in (numbers.get(key) or {}).items()
        }

    return {
        "number_words": mapping("words", int),
        "multiples": mapping("multiples", int),
        "scales": mapping("scales", int),
        "short_scales": mapping("short_scales", int, lower=False),
        "vague_amounts": mapping("vague", lambda bounds: (float(bounds[0]), float(bounds[1]))),
        "tolerance": float(numbers.get("tolerance", 0.1)),
        "qualifiers": mapping("qualifiers"),
        "suffixes": mapping("suffixes"),
        "units": units,
        "currencies": tuple(str(c) for c in _as_list(numbers.get("currencies"))),
        "months": frozenset(str(m) for m in _as_list(numbers.get("months"))),
        "weekdays": frozenset(str(d) for d in _as_list(numbers.get("weekdays"))),
        "time_units": lower_set("time_units"),
        "identifier_words": lower_set("identifier_words"),
        "locating_words": tuple(str(w).lower() for w in _as_list(numbers.get("locating_words"))),
        "locating_before": lower_set("locating_before"),
        "skip_lines": tuple(str(s).lower() for s in _as_list(numbers.get("skip_lines"))),
    }


@lru_cache(maxsize=8)
def _load(extra_dir: str | None) -> Lexicon:
    return _compile(_raw_lexicons(extra_dir))


def load_lexicon(extra_dir: str | Path | None = None) -> Lexicon:
    """The compiled lexicons, with ``extra_dir``'s files merged in; cached per directory."""
    key = None if extra_dir is None else str(Path(extra_dir).expanduser().resolve())
    return _load(key)
