"""Names spelt two ways across a batch of reports (Qt-free).

Reporters transliterate names differently: "Hajj" and "Haj", "Shabaab" and "Shabab",
"Utoeya" and "Utoya". ``one_spelling(keys)`` maps each name key to the shorter spelling
another report of the batch uses when the two differ by one doubled letter or an umlaut
written out ("oe" for "o"); other names map to themselves.
"""

from __future__ import annotations

from collections.abc import Iterable

_UMLAUTED = frozenset("aou")
MIN_LENGTH = 3


def _shorter_forms(key: str) -> set[str]:
    """The key with one doubled letter undoubled, or one umlaut's written-out "e" left out."""
    forms = set()
    for i in range(1, len(key)):
        doubled = key[i] == key[i - 1]
        # an umlaut written out: "Utoeya" and "Utoya", "Duesseldorf"; not "Palace" and
        # "Place", "Voice" and "Vice"
        umlaut = key[i] == "e" and key[i - 1] in _UMLAUTED and i < len(key) - 1
        if doubled or umlaut:
            forms.add(key[:i] + key[i + 1 :])
    return {form for form in forms if len(form) >= MIN_LENGTH}


def one_spelling(keys: Iterable[str]) -> dict[str, str]:
    """Each key of ``keys`` mapped to the spelling it is counted under."""
    known = set(keys)
    return {
        key: min((form for form in _shorter_forms(key) if form in known), default=key)
        for key in known
    }
