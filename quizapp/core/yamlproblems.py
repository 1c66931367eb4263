"""PyYAML's problems with a file, as texts a window shows in its own language (Qt-free).

PyYAML says what it could not read in English ("mapping values are not allowed here").
``problem_text`` gives the same English string, made from a message of
quizapp/core/messages/yamlproblems.toml when it is one of the problems teachers meet in a
hand-edited question file (an indentation slip, a colon or a bracket, a tab, a stray
character, a second document), so that a French window explains it in French; any other
problem stays PyYAML's own words.
"""

from __future__ import annotations

import re

from quizapp.core.text import Catalogue, Phrase

MESSAGES = Catalogue("yamlproblems")  # quizapp/core/messages/yamlproblems.toml

_FOUND = r"(?P<found>.+)"


def _problems() -> list[tuple[re.Pattern[str], Phrase]]:
    """Each known problem: the pattern of PyYAML's words, and its message."""
    return [
        (re.compile(pattern), phrase)
        for pattern, phrase in (
            (r"this is not valid YAML", MESSAGES.NOT_YAML),
            (r"mapping values are not allowed here", MESSAGES.MAPPING_VALUES),
            (r"could not find expected ':'", MESSAGES.NO_COLON),
            (r"found character " + _FOUND + " that cannot start any token", MESSAGES.CANNOT_START),
            (r"found unexpected end of stream", MESSAGES.END_OF_STREAM),
            (r"expected <block end>, but found " + _FOUND, MESSAGES.BLOCK_END),
            (r"expected ',' or '\]', but got " + _FOUND, MESSAGES.FLOW_SEQUENCE),
            (r"expected ',' or '\}', but got " + _FOUND, MESSAGES.FLOW_MAPPING),
            (r"expected '<document start>', but found " + _FOUND, MESSAGES.DOCUMENT_START),
            (r"found undefined alias " + _FOUND, MESSAGES.UNDEFINED_ALIAS),
            (r"found unknown escape character " + _FOUND, MESSAGES.UNKNOWN_ESCAPE),
            (
                r"expected a single document in the stream, but found another document",
                MESSAGES.TWO_DOCUMENTS,
            ),
            (
                r"expected alphabetic or numeric character, but found " + _FOUND,
                MESSAGES.ANCHOR_NAME,
            ),
            (r"sequence entries are not allowed here", MESSAGES.SEQUENCE_ENTRIES),
            (r"block sequence entries are not allowed here", MESSAGES.BLOCK_SEQUENCE_ENTRIES),
            (
                r"expected indentation indicator in the range 1-9, but found " + _FOUND,
                MESSAGES.INDENTATION_INDICATOR,
            ),
            (r"expected the node content, but found " + _FOUND, MESSAGES.NODE_CONTENT),
        )
    ]


def problem_text(problem: str) -> str:
    """PyYAML's ``problem`` as a translatable text (the same English), or as it is."""
    for pattern, phrase in _problems():
        match = pattern.fullmatch(problem)
        if match is not None:
            made = phrase(**match.groupdict())
            return made if made == problem else problem  # (never other English than PyYAML's)
    return problem
