"""The place a count is a share of, when the sentence makes the place its subject.

Reports of a disaster that spans provinces or states break the toll down by place, and they
do so with the place as the subject of the count rather than after "in": "Khyber Pakhtunkhwa
province has recorded 149 deaths", "followed by Balochistan with 336 deaths", "Sindh was the
worst-hit province, where 792 people were killed", "Khyber Pakhtunkhwa and Punjab reported
308 and 223 deaths, respectively". ``share_place`` reads these four shapes; the caller
decides whether the place splits the event (``conflicts.place_scopes``).
"""

from __future__ import annotations

import re

# a place's name (capitalised words) and the word that says what kind of place it is
_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*"
_KIND_WORD = (
    r"\s+(?:province|state|county|district|region|governorate|prefecture|department"
    r"|municipality|island|city)s?\b"
)
_KIND = rf"(?:{_KIND_WORD})?"
_RECORDED = (
    r"(?:(?:has|have|had)\s+(?:so\s+far\s+|now\s+|also\s+)?)?(?:recorded|reported|registered"
    r"|counted|logged|confirmed|suffered)"
)
# "Khyber Pakhtunkhwa province has recorded 149 deaths", "followed by Balochistan with 336"
# (not "crashed near Dillingham Airfield with six fatalities": "with" only in a ranking)
_SUBJECT_BEFORE = re.compile(
    rf"(?<![\w'’-])(?P<place>{_NAME}){_KIND}\s+{_RECORDED}\s+$"
    rf"|\bfollowed\s+by\s+(?:[a-z]+\s+)?(?P<ranked>{_NAME}){_KIND}\s+with\s+$"
)
# "Sindh was the worst-hit province, where 792 people were killed"
_WORST_HIT_BEFORE = re.compile(
    rf"(?<![\w'’-])(?P<place>{_NAME}){_KIND}\s+(?:was|is|were|are|remains|remained)\s+the\s+"
    r"(?:worst|hardest|most\s+badly|most)[\s-]+(?:hit|affected)(?:\s+[a-z]+)?,?\s+where\s+$"
)
# "Balochistan and northwest Khyber Pakhtunkhwa provinces which reported 336 and 307 deaths,
# respectively": the places listed, then their counts in the same order
_LISTED_PLACES = re.compile(
    rf"(?P<places>(?:[a-z]+\s+)?{_NAME}(?:\s*,\s*(?:[a-z]+\s+)?{_NAME})*\s+and\s+(?:[a-z]+\s+)?"
    rf"{_NAME}){_KIND}\s+(?:(?:which|that)\s+)?{_RECORDED}\s+"
)
_RESPECTIVELY = re.compile(r"[^.;:!?]{0,60}?,?\s+respectively\b")
_NUMBER = re.compile(r"\d[\d,.]*")
# capitalised words that open a sentence or name no place: "Officials reported 20 deaths"
_NOT_PLACES = frozenset(
    "the officials police authorities it they he she we this that reports media hospitals"
    " doctors health rescuers".split()
)
# the last word of a body's name: "the Health Ministry has confirmed 20 deaths" is who
# counts, not where
_BODIES = frozenset(
    "ministry agency authority department police army military office service services"
    " centre center council committee crescent cross organization organisation government"
    " command force forces hospital".split()
)


def share_place(text: str, sentence: tuple[int, int], start: int, end: int) -> str | None:
    """The place the count at ``text[start:end]`` is given for, read from its sentence
    (``sentence``: its bounds) when the place is the count's subject; None otherwise."""
    sentence_start, sentence_end = sentence
    respective = _respective_place(text, sentence_start, sentence_end, start, end)
    if respective is not None:
        return respective
    before = text[max(sentence_start, start - 120) : start]
    subject = _SUBJECT_BEFORE.search(before)
    if subject is not None and subject.group("ranked"):
        return _place(subject.group("ranked"))
    if subject is not None and _a_place_elsewhere(text, subject.group("place")):
        # ("Sky News reported 295": who reports is a place only where the report says so)
        return _place(subject.group("place"))
    worst = _WORST_HIT_BEFORE.search(before)
    return _place(worst.group("place")) if worst is not None else None


# "in Seytenga, where 86 deaths were reported", "the eastern province of Paktika, where 255
# people were killed", "in Lewiston, Maine, where at least 22 people lost their lives"
_WHERE_BEFORE = re.compile(
    rf"(?:\b(?:in|at|In|At)\s+(?:the\s+)?(?:[a-z]+\s+){{0,2}}?|(?:province|state|city|town"
    rf"|region|district|county|village)\s+of\s+)(?P<place>{_NAME})(?:,\s*{_NAME})?,?\s+"
    r"where\s+$"
)


def where_place(text: str, sentence_start: int, start: int) -> str | None:
    """The place a count told after "<place>, where" is given for."""
    match = _WHERE_BEFORE.search(text, max(sentence_start, start - 80), start)
    return _place(match.group("place")) if match is not None else None


def _a_place_elsewhere(text: str, name: str) -> bool:
    """Whether the report writes ``name`` as a place: after "in" ("in Sindh") or before the
    kind of place it is ("Sindh province")."""
    escaped = re.escape(name)
    return bool(
        re.search(
            rf"\b(?:in|In|across|Across|à|À|en|En|dans)\s+(?:[a-z][\w-]*\s+){{0,2}}?"
            rf"{escaped}\b",
            text,
        )
        or re.search(rf"\b{escaped}{_KIND_WORD}", text)
    )


def _respective_place(
    text: str, sentence_start: int, sentence_end: int, start: int, end: int
) -> str | None:
    """The place of a count in a list of counts told "respectively" for a list of places."""
    if _RESPECTIVELY.match(text, end, sentence_end) is None:
        return None
    lists = list(_LISTED_PLACES.finditer(text, max(sentence_start, start - 160), start))
    if not lists:
        return None
    listed = lists[-1]
    between = text[listed.end() : start]
    if re.search(r"[.;:!?]", between):
        return None
    places = [
        re.sub(r"^[a-z]+\s+", "", name.strip())
        for name in re.split(r"\s*,\s*|\s+and\s+", listed.group("places"))
    ]
    index = len(_NUMBER.findall(between))
    if index >= len(places):
        return None
    return _place(places[index])


def _place(name: str) -> str | None:
    name = re.sub(r"['’]s$", "", name)
    if name.lower() in _NOT_PLACES or name.split()[-1].lower() in _BODIES or name.isupper():
        return None  # ("NDMA recorded 36 new casualties": an acronym is a body's)
    return name
