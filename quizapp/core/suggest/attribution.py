"""Unconfirmed attribution: claims resting on vague, anonymous or second-hand sources.

The source of a claim is graded, not just matched: a named person or an official body on the
record is confirmed and not suggested; a hearsay marker ("reportedly"), a source that names
nobody ("sources said", "witnesses described", "according to social media accounts"), an
anonymous source ("a resident who did not want to be named") or another outlet's report
("CNN reported", unless the sentence names who spoke) is suggested. The span is the source
and its reporting verb ("Early reports indicate", "law enforcement sources").

A headline that states as fact what the lead paragraph only attributes to such a source is
suggested too ("ISIS Claims Responsibility" over "Early reports indicate that ISIS has
claimed responsibility").
"""

from __future__ import annotations

import re

from quizapp.core.suggest.document import Document
from quizapp.core.suggest.lexicon import Lexicon
from quizapp.core.suggest.model import Suggestion

VERB_WINDOW_WORDS = 10
_WORD = re.compile(r"[\w'’-]+")
_APPOSITION_NAME = re.compile(r"\s*,?\s*[A-Z][\w'’-]+\s+[A-Z][\w'’-]+")
_NAME = re.compile(r"\b[A-Z][\w'’-]+\s+[A-Z][\w'’-]+")
# "a senior official of Pranaam Hospitals said": the name is where the source works
_INSTITUTION_BEFORE = re.compile(r"\b(?:of|at|from|in|for|with)\s+(?:the\s+)?$")
# "says the Spanish news agency EFE", "reports AP": the verb comes before the outlet
_VERB_BEFORE_OUTLET = re.compile(
    r"(?:\b(?:said|says|reported|reports|reporting|wrote|writes|notes|noted|added|adds|per"
    r"|according(?:\s+to)?|citing|cited\s+by|quoted\s+by|reported\s+by|quoting|seen\s+by"
    r"|obtained\s+by|reviewed\s+by|broadcast\s+by|aired\s+by)"
    r"\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?)$",
    re.IGNORECASE,
)
# "— China Xinhua News (@XHNews) August 13, 2015": the credit line of an embedded tweet
_TWEET_CREDIT = re.compile(r"\s*\(@\w+\)")
# "the Interior Ministry website said": an official body's own channel is on the record
_OFFICIAL_BODY = re.compile(
    r"\b(?:Ministry|Department|Police|Government|Council|Authority|Commission|Office|Services?"
    r"|Bureau|Administration|(?<!News )Agency|Institute|Survey|Cent(?:re|er)|Cross|Army|Forces?"
    r"|Embassy|Court|University|Hospital|Company|Corporation|Party|Parliament|Pentagon|Kremlin"
    r"|White\s+House|Palace|Navy|Guard)\b"
)
_REPORTER = re.compile(r"['’]s?\s+[A-Z]")
_LEADING_MODIFIERS = frozenset(
    "some several many other few a an the one two three four local political senior foreign"
    " independent outside various numerous most unnamed anonymous unverified unconfirmed".split()
)
_OTHER_SUBJECTS = frozenset(
    "he she they it we i police officials spokesman spokeswoman spokesperson council"
    " government ministry".split()
)
_PRONOUNS = frozenset("he she they both we it".split())
_APPOSITIVE_GAP = re.compile(  # "video, viewed three million times, says"
    r"\s*,\s*(?:who|which|[a-z]+(?:ed|ing)|[a-z]+ly\s+[a-z]+(?:ed|ing))\b[^,;]*,\s*$"
)
_BIDDING = frozenset(
    "asked told urged ordered encouraged invited advised instructed allowed permitted refused"
    " declined wanted want wants agreed required forced called expected".split()
)
_PASSIVE = frozenset("been be being was were is are get got".split())
_NAMED_SPEAKER = (
    re.compile(
        r"\b(?:said|says|told|added|according to)\s+(?:[\w'’.-]+\s+){0,4}?"
        r"[A-Z][\w'’-]+\s+[A-Z][\w'’-]+"
    ),
    re.compile(r"\b[A-Z][\w'’-]+\s+[A-Z][\w'’-]+(?:,[^,]{1,60},)?\s+(?:said|says|told|added)\b"),
)
_STOPWORDS = frozenset(
    "that this with from have has been were what when which their there they them about after"
    " also into over than then some more most such only other early reports indicate".split()
)


def _reason(kind: str, phrase: str, why: str) -> str:
    return f"{kind} '{' '.join(phrase.split())}': {why}"


def _words(text: str, start: int, end: int) -> list[re.Match[str]]:
    return list(_WORD.finditer(text, start, end))


def _reporting_verb_after(
    doc: Document, lexicon: Lexicon, position: int, stop: int
) -> re.Match[str] | None:
    """The reporting verb whose subject is the source ending at ``position``, if any."""
    text = doc.text
    words = _words(text, position, stop)[:VERB_WINDOW_WORDS]
    for index, word in enumerate(words):
        verb = lexicon.reporting_verb.match(text, word.start())
        if not verb:
            continue
        gap = text[position : word.start()]
        if any(mark in gap for mark in ';—"“”'):
            return None  # another clause, or the source sits inside a quotation
        if index > 0:
            previous = words[index - 1].group()
            if previous.lower() in _PRONOUNS or previous == "I":
                return None  # "experts I spoke to", "residents, he said": another speaker
            if "," in gap and not _APPOSITIVE_GAP.match(gap):
                return None  # "..., Mr Smith said", "..., but the force said"
            before_to = words[index - 2].group().lower() if index > 1 else ""
            if (
                previous.lower() in _PASSIVE
                or (previous.lower() == "to" and before_to in _BIDDING)
                or any(w.group().lower() in _PASSIVE for w in words[:index])
            ):
                # "residents have been told": they are told, they do not tell; "workers have
                # been asked to report": an infinitive, not their report
                return None
        return verb
    return None


def _back_over_modifiers(text: str, start: int, limit: int) -> int:
    """Move ``start`` back over words like "some", "several", "political"."""
    while True:
        match = re.search(r"([\w'’-]+)\s+$", text[limit:start])
        if not match or match.group(1).lower() not in _LEADING_MODIFIERS:
            return start
        start = limit + match.start(1)


_CONFIRMED_STATE = re.compile(
    r"\s+(?:(?:were|are|was|is|have\s+been|has\s+been|had\s+been)\s+)?(?:now\s+)?confirmed"
    r"\s+(?:as\s+)?(?:dead|killed|injured|hurt|missing|alive|safe|infected)\b"
)


def _vague_sources(doc: Document, lexicon: Lexicon) -> list[Suggestion]:
    text = doc.text
    found: list[Suggestion] = []
    for match in doc.find_read(lexicon.vague_sources):
        start, end = match.span()
        entry = lexicon.vague_sources.entry_for(match)
        if _APPOSITION_NAME.match(text, end) and entry.kind != "second-hand":
            continue  # "witnesses John Smith and ...": named; but "state broadcaster CCTV"
        if re.match(r"['’]", text[end : end + 1]):
            continue  # "the fans' group": a modifier, not the source
        if _CONFIRMED_STATE.match(text, end):
            continue  # "1,602 people confirmed dead": what is confirmed of them, not a source
        sentence_start = doc.sentence_at(start)[0]
        if text[start].isupper() and text[sentence_start:start].strip(" \"“‘'(—-"):
            continue  # "Brennock Supporters Trust": part of a name
        sentence_start, sentence_end = doc.sentence_at(start)
        chunk_start = max(sentence_start, start - 60)
        opener = lexicon.source_opener.search(text, chunk_start, start)
        if opener and entry.kind == "vague source" and re.match(r"from\b", opener.group(), re.I):
            opener = None  # "claims come from named people": "from" alone names no source
        verb = _reporting_verb_after(doc, lexicon, end, sentence_end)
        if (
            verb is not None
            and entry.kind != "second-hand"
            and any(
                not _INSTITUTION_BEFORE.search(text, max(0, name.start() - 6), name.start())
                for name in _NAME.finditer(text, end, verb.start())
            )
        ):
            # a named person or body between the noun and the verb speaks; not so for an
            # outlet's own name ("State broadcaster China Central Television (CCTV) said")
            verb = None
        if opener is None and verb is None:
            continue
        span_start = opener.start() if opener else _back_over_modifiers(text, start, sentence_start)
        span_end = verb.end() if verb else end
        reason = _reason(entry.kind, match.group(), entry.reason)
        found.append(
            Suggestion(span_start, span_end, text[span_start:span_end], "unconfirmed", reason)
        )
    return found


def _markers(doc: Document, lexicon: Lexicon) -> list[Suggestion]:
    return [_marker(doc, lexicon, match) for match in doc.find_read(lexicon.markers)]


def _marker(doc: Document, lexicon: Lexicon, match: re.Match[str]) -> Suggestion:
    """A marker ("reportedly", "allegedly"), with the reporting verb right after it."""
    text = doc.text
    start, end = match.span()
    sentence_end = doc.sentence_at(start)[1]
    verb = re.match(r"\s+", text[end:sentence_end])
    if verb:
        after = lexicon.reporting_verb.match(text, end + verb.end())
        if after and after.start() == end + verb.end():
            end = after.end()
    entry = lexicon.markers.entry_for(match)
    reason = _reason(entry.kind, match.group(), entry.reason)
    return Suggestion(start, end, text[start:end], "unconfirmed", reason)


def _anonymous(doc: Document, lexicon: Lexicon) -> list[Suggestion]:
    text = doc.text
    found: list[Suggestion] = []
    for match in doc.find_read(lexicon.anonymity):
        start, end = match.span()
        sentence_start, sentence_end = doc.sentence_at(start)
        before = _words(text, sentence_start, start)
        noun_phrase = before[-4:]
        # stop at a clause boundary inside those words ("... , but they ...")
        for index in range(len(noun_phrase) - 1, 0, -1):
            gap = text[noun_phrase[index - 1].end() : noun_phrase[index].start()]
            if any(mark in gap for mark in ".;:—") or noun_phrase[index - 1].group().lower() in (
                "that",
                "and",
                "but",
            ):
                noun_phrase = noun_phrase[index:]
                break
        span_start = noun_phrase[0].start() if noun_phrase else start
        span_end = end
        if noun_phrase and noun_phrase[-1].group().lower() in _PRONOUNS:
            # "Two employees told the News ..., but they did not want to give their names"
            for word in before:
                verb = lexicon.reporting_verb.match(text, word.start())
                if verb:
                    subject = [w for w in before if w.end() <= word.start()][-3:]
                    span_start = subject[0].start() if subject else word.start()
                    span_end = verb.end()
                    break
        else:
            after = _words(text, end, sentence_end)[:4]
            for word in after:
                verb = lexicon.reporting_verb.match(text, word.start())
                if verb:
                    span_end = verb.end()
                    break
        entry = lexicon.anonymity.entry_for(match)
        reason = _reason(entry.kind, match.group(), entry.reason)
        found.append(
            Suggestion(span_start, span_end, text[span_start:span_end], "unconfirmed", reason)
        )
    return found


def _has_named_speaker(sentence: str) -> bool:
    return any(pattern.search(sentence) for pattern in _NAMED_SPEAKER)


# an outlet quoting or citing a person it names, with their role: the person is on the record
_QUOTES_A_NAME = re.compile(
    r"[^.;]*?\b(?:quoted|quoting|quotes|cited|citing|cites)\s+(?:[a-z][\w-]*\s+){1,5}"
    r"(?:[A-Z][a-z][\w'’.-]*\s+){1,3}[A-Z][a-z][\w'’-]*"
)


def _outlets(doc: Document, lexicon: Lexicon) -> list[Suggestion]:
    text = doc.text
    found: list[Suggestion] = []
    for match in doc.find_read(lexicon.outlets):
        start, end = name_start, name_end = match.span()
        if _OFFICIAL_BODY.search(match.group()):
            continue
        sentence_start, sentence_end = doc.sentence_at(start)
        before = _VERB_BEFORE_OUTLET.search(text, max(sentence_start, start - 48), start)
        verb = lexicon.outlet_verb.match(text, end) or _TWEET_CREDIT.match(text, end)
        reporter = bool(verb and _REPORTER.match(text, end))
        if verb and _QUOTES_A_NAME.match(text, verb.start(), min(sentence_end, verb.end() + 80)):
            continue  # "AFP quoted deputy director Delfin Antonio Rodriguez": on the record
        if verb:
            end = verb.end()
        if before:
            start = before.start()  # "obtained by the Guardian shows", "says AFP"
        elif not verb:
            continue  # "he told CNN", "CNN analyst Paul Cruickshank": not a relayed claim
        # the outlet's own name ("according to NBC News") names no speaker
        sentence = text[sentence_start:name_start] + text[name_end:sentence_end]
        if not reporter and _has_named_speaker(sentence):
            # "Hollande said ..., Reuters reports": an outlet passing on a source it names is
            # on the record; so is "Prosecutor Helen Marsh said that CCTV showed"
            continue
        reason = _reason(
            "second-hand",
            text[start:end],
            f"this report passes on what {match.group()} said, without its own confirmation",
        )
        found.append(Suggestion(start, end, text[start:end], "unconfirmed", reason))
    return found


def _stems(text: str) -> set[str]:
    return {
        word.lower()[:5]
        for word in re.findall(r"[A-Za-z]{4,}", text)
        if word.lower() not in _STOPWORDS
    }


def _headline(doc: Document, found: list[Suggestion], others: list[Suggestion]) -> list[Suggestion]:
    """The headline states as fact what the lead attributes to an unconfirmed source."""
    if doc.headline is None or doc.lead is None:
        return []
    headline_start, headline_end = doc.headline
    if any(headline_start <= s.start < headline_end for s in found + others):
        return []  # the headline hedges or attributes itself
    headline = doc.text[headline_start:headline_end]
    if headline.rstrip().endswith("?"):
        return []
    for suggestion in found:
        if not doc.lead[0] <= suggestion.start < doc.lead[1]:
            continue
        sentence_start, sentence_end = doc.sentence_at(suggestion.start)
        shared = _stems(headline) & _stems(doc.text[suggestion.end : sentence_end])
        if len(shared) >= 2:
            start = headline_start + len(headline) - len(headline.lstrip())
            end = headline_start + len(headline.rstrip())
            source = " ".join(suggestion.text.split())
            reason = (
                f"headline states as fact what the report attributes to '{source}': "
                "the body does not confirm it"
            )
            return [Suggestion(start, end, doc.text[start:end], "unconfirmed", reason)]
    return []


def _merge(suggestions: list[Suggestion], doc_text: str) -> list[Suggestion]:
    """Overlapping or touching sources become one span ("Unverified videos on social media")."""
    merged: list[Suggestion] = []
    for suggestion in sorted(suggestions, key=lambda s: (s.start, -s.end)):
        if merged and (
            suggestion.start < merged[-1].end
            or not doc_text[merged[-1].end : suggestion.start].strip()
        ):
            last = merged[-1]
            if suggestion.end > last.end:
                merged[-1] = Suggestion(last.start, suggestion.end, "", "unconfirmed", last.reason)
            continue
        merged.append(suggestion)
    return merged


def find_unconfirmed(
    doc: Document, lexicon: Lexicon, speculation: list[Suggestion]
) -> list[Suggestion]:
    found = _merge(
        _markers(doc, lexicon)
        + _vague_sources(doc, lexicon)
        + _anonymous(doc, lexicon)
        + _outlets(doc, lexicon),
        doc.text,
    )
    found = [
        Suggestion(s.start, s.end, doc.text[s.start : s.end], "unconfirmed", s.reason)
        for s in found
    ]
    return sorted(found + _headline(doc, found, speculation), key=lambda s: s.start)
