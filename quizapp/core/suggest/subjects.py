"""Whose a figure is, beyond the quantity it counts: part of "what a figure counts".

Two figures of one quantity are comparable only when they are about the same subject:

- a population: a city's or a nation's ("Bata, a city of more than 300,000 inhabitants"
  against "the nation's 1.4 million population");
- money: who pays it and to whom ("the Chief Minister announced Rs 2 lakh each to the
  families of the deceased" against "the company is committed to ₹1 crore");
- a measurement of the weather or a river: where it was taken ("Travis County got 9 inches
  of rain" against "Washington County saw nearly two feet of rain").

The subject becomes the figure's scope (``Suggestion.scope``), so its reason names it and it
is compared only with figures of the same subject; a figure whose subject is not written has
none and is compared with the others that have none.
"""

from __future__ import annotations

import re

from quizapp.core.suggest.document import Document

_WHOLES = {
    "city": "the city", "town": "the city", "village": "the city", "capital": "the city",
    "nation": "the country", "country": "the country", "region": "the region",
    "province": "the region", "state": "the region", "island": "the region",
}  # fmt: skip
_WHOLE = r"(?P<whole>city|town|village|capital|nation|country|region|province|state|island)"
_POSSESSIVE = re.compile(rf"\b{_WHOLE}['’]s\s+(?:[\w-]+\s+){{0,2}}$", re.IGNORECASE)
_LIVES_IN = re.compile(
    rf"^[^,;.]{{0,40}}?\b(?:live|lives|living|reside|resides)\s+(?:in|there)\s*(?:the\s+)?"
    rf"{_WHOLE}?",
    re.IGNORECASE,
)
_NAMED_WHOLE = re.compile(rf"\b(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?{_WHOLE}\b", re.IGNORECASE)
_CLAUSE = re.compile(r"[,;:—(]")
# "Tacloban, a city of 200,000", "Baco, a town of 35,000 people": the place named before the
# apposition is whose population it is (two cities of one report are kept apart)
_APPOSITION = re.compile(
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:city|town|village|municipality|island|community|suburb|region|regency|county"
    r"|district|province|prefecture)\s+of\s+$"
    r"|(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),\s+(?:a\s+)?population\s+(?:of\s+)?$"
    # "the coastal city of Palu, home to 350,000 people", "Beira, which is home to 500,000"
    r"|(?P<home>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),\s+(?:which\s+is\s+|a\s+\w+\s+)?home"
    r"\s+to\s+(?:some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+|over\s+)?$"
)

_PAYER = re.compile(
    r"(?P<payer>(?:[A-Z][\w.'’-]*\s+)*[A-Z][\w'’-]*|\b(?:the\s+)?(?:state\s+|federal\s+|central\s+"
    r"|local\s+)?(?:government|company|firm|ministry|council|employer|owners?))\s+(?:also\s+|has\s+"
    r"|have\s+|had\s+|will\s+|would\s+)?(?:announced|announces|pledged|pledges|offered|offers"
    r"|promised|promises|stated|committed|declared|paid|pays|pay|granted|sanctioned|approved)\b"
)
_RECIPIENT = re.compile(
    r"^[^;.]{0,40}?\bto\s+(?:each\s+of\s+)?(?:the\s+)?(?:families\s+of\s+(?:the\s+)?|kin\s+of\s+"
    r"(?:the\s+)?|next\s+of\s+kin\s+of\s+(?:the\s+)?)?(?P<who>injured|wounded|deceased|dead"
    r"|victims|survivors|families|bereaved)\b",
    re.IGNORECASE,
)
_NOT_PAYERS = frozenset("in on at the a an and but so then meanwhile also it he she they".split())

WEATHER = frozenset({"rainfall", "wind-speed", "river-level"})
_MEASURED_AT = re.compile(
    r"\b(?i:in|near|over|across|at)\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)"
)


def subject_of(doc: Document, start: int, end: int, quantity: str) -> str | None:
    """The subject of the figure ``doc.text[start:end]`` of ``quantity``, or None."""
    if quantity == "population":
        return _population_of(doc, start, end)
    if quantity in WEATHER:
        return _measured_at(doc, start, end)
    if quantity in ("grants", "money", "compensation"):
        return _paid(doc, start, end)
    return None


def _population_of(doc: Document, start: int, end: int) -> str | None:
    """ "the nation's 1.4 million", "200,000 people live in the city", "a city ... with more
    than 300,000 inhabitants": a city's or a country's population."""
    text = doc.text
    sentence_start, sentence_end = doc.sentence_at(start)
    named_before = _APPOSITION.search(text, max(sentence_start, start - 80), start)
    if named_before:
        return (
            named_before.group("name") or named_before.group("place") or named_before.group("home")
        )
    possessive = _POSSESSIVE.search(text[max(sentence_start, start - 40) : start])
    if possessive:
        return _WHOLES[possessive.group("whole").lower()]
    lives = _LIVES_IN.match(text[end:sentence_end])
    if lives and lives.group("whole"):
        return _WHOLES[lives.group("whole").lower()]
    breaks = list(_CLAUSE.finditer(text, sentence_start, start))
    clause_start = breaks[-1].end() if breaks else sentence_start
    named = _NAMED_WHOLE.search(text, clause_start, start)
    return _WHOLES[named.group("whole").lower()] if named else None


def _paid(doc: Document, start: int, end: int) -> str | None:
    """ "Bihar Chief Minister Nitish Kumar announced Rs 2 lakh each to the families of the
    deceased": paid by Kumar to the families of the dead."""
    text = doc.text
    sentence_start, sentence_end = doc.sentence_at(start)
    payers = [m for m in _PAYER.finditer(text, sentence_start, start) if m.group("payer").strip()]
    payer = None
    if payers:
        words = [w for w in payers[-1].group("payer").split() if w.lower() not in _NOT_PAYERS]
        payer = words[-1].lower() if words else None
    recipient = _RECIPIENT.match(text[end:sentence_end])
    who = None
    if recipient:
        word = recipient.group("who").lower()
        who = "the injured" if word in ("injured", "wounded", "survivors") else "the dead"
    parts = ([f"paid by {payer}"] if payer else []) + ([f"to {who}"] if who else [])
    return " ".join(parts) or None


def _measured_at(doc: Document, start: int, end: int) -> str | None:
    """The place named nearest the measurement in its sentence ("in Travis County")."""
    text = doc.text
    sentence_start, sentence_end = doc.sentence_at(start)
    best: tuple[int, str] | None = None
    for match in _MEASURED_AT.finditer(text, sentence_start, sentence_end):
        if match.start() < end and match.end() > start:
            continue
        distance = start - match.end() if match.end() <= start else match.start() - end
        if best is None or distance < best[0]:
            best = (distance, match.group("place"))
    return f"in {best[1]}" if best else None
