"""Texts made in the core that a window can show in its own language.

The core is Qt-free and speaks English: the command line and the Python API give the same
English strings as always. A text that a window may show is made from a ``Phrase`` — an
English template with named places (``"Found: {head}."``) in a translation context — filled
with values. The result is a ``Text``: a ``str`` whose value is the English sentence, which
also remembers its phrase and values, so that ``localized(text)`` can rebuild it in the
language the interface installed (``install``; the UI passes Qt's
``QCoreApplication.translate``). Values may themselves be ``Text`` (a quoted phrase, a
label's name), ints or floats (written as the language writes numbers).

``pyside6-lupdate`` reads every ``Phrase("Context", "template")`` as Qt's
``QT_TRANSLATE_NOOP`` (scripts/update_translations.py passes the alias), so the templates
land in assets/translations/quizapp_fr.ts with the interface's own texts.

Joining texts with ``+`` gives a plain ``str``; use ``joined`` to keep them translatable.
This module never imports Qt.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterable, Mapping
from typing import Any

__all__ = [
    "Phrase",
    "Text",
    "install",
    "joined",
    "language",
    "localized",
    "number",
]

Translate = Callable[[str, str], str]
Number = Callable[[float], str]

_FORMATTER = string.Formatter()


def _english_number(value: float) -> str:
    return f"{value:g}"


class _Language:
    """What ``install`` set: how to translate a template and write a number."""

    def __init__(self) -> None:
        self.name = "en"
        self.translate: Translate | None = None
        self.number: Number = _english_number


_current = _Language()


def install(
    translate: Translate | None, name: str = "en", write_number: Number | None = None
) -> None:
    """Show core texts in language ``name``: ``translate(context, template)`` gives the
    template in that language (the source text when it has none), ``write_number`` writes
    a number ("0,5"). ``install(None)`` goes back to English."""
    _current.name = name if translate is not None else "en"
    _current.translate = translate
    _current.number = write_number or _english_number


def language() -> str:
    """The language ``localized`` gives ("en" unless a window installed another)."""
    return _current.name


def number(value: float) -> str:
    """A number as the installed language writes it ("0.5", or "0,5" in French)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return _current.number(value)


class Phrase:
    """An English template with named places, in a translation context."""

    __slots__ = ("context", "source")

    def __init__(self, context: str, source: str) -> None:
        self.context = context
        self.source = source

    def __call__(self, **values: object) -> Text:
        return Text(self, values)  # (a fresh dict: kept as it is)

    def __repr__(self) -> str:
        return f"Phrase({self.context!r}, {self.source!r})"

    def names(self) -> set[str]:
        """The places the template has ({head}, {count}...)."""
        return {name for _, name, _, _ in _FORMATTER.parse(self.source) if name}


def _fill(template: str, values: Mapping[str, object], write: Callable[[object], str]) -> str:
    """``template`` with each {name} replaced by ``write(value)``; a template that a
    translation broke (an unknown place, a stray brace) falls back to no filling at all."""
    try:
        return template.format_map({key: write(value) for key, value in values.items()})
    except (KeyError, IndexError, ValueError):
        return template


def _english(value: object) -> str:
    if isinstance(value, float):
        return _english_number(value)
    return str(value)


class Text(str):
    """An English text (its ``str`` value) that knows its phrase and values.

    Made by calling a ``Phrase`` (or ``joined``); compares, hashes and serialises as the
    English string it is, so the API and the results files see plain text.
    """

    phrase: Phrase | None
    values: dict[str, object]
    parts: tuple[object, ...] = ()  # a joined text's parts, and what goes between them
    separator: str = ""

    def __new__(
        cls,
        phrase: Phrase | None,
        values: dict[str, object],
        parts: tuple[object, ...] = (),
        separator: str = "",
    ) -> Text:
        if phrase is None:
            made = super().__new__(cls, separator.join(parts))  # type: ignore[arg-type]
            made.parts, made.separator = parts, separator
        else:
            made = super().__new__(cls, _english_of(phrase.source, values))
        made.phrase, made.values = phrase, values
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        if self.phrase is None:
            return (joined, (self.parts, self.separator))
        return (_rebuild, (self.phrase.context, self.phrase.source, self.values))

    def __copy__(self) -> Text:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> Text:
        return self


def _english_of(source: str, values: dict[str, object]) -> str:
    """The English sentence: the template filled in (floats written as "0.5", not "0.50")."""
    for value in values.values():
        if type(value) is float:
            return _fill(source, values, _english)
    try:
        return source.format_map(values)
    except (KeyError, IndexError, ValueError):
        return source


def _rebuild(context: str, source: str, values: dict[str, object]) -> Text:
    return Text(Phrase(context, source), dict(values))


def joined(parts: Iterable[object], separator: str = " ") -> Text:
    """The parts (texts or plain strings, empty ones left out) one after the other, as
    a ``Text`` that each part is localized in."""
    kept = tuple(str(part) if not isinstance(part, str) else part for part in parts if part)
    return Text(None, {}, kept, separator)


def localized(value: object) -> str:
    """``value`` in the installed language: a ``Text`` rebuilt from its phrase, an
    exception by its first argument, a number as the language writes it, anything else
    as ``str`` gives it."""
    if isinstance(value, BaseException):
        first = value.args[0] if len(value.args) == 1 else None
        return localized(first) if isinstance(first, Text) else str(value)
    if isinstance(value, Text):
        if value.phrase is None:
            return value.separator.join(localized(part) for part in value.parts)
        if _current.translate is None:
            return str.__str__(value)
        template = _current.translate(value.phrase.context, value.phrase.source) or (
            value.phrase.source
        )
        return _fill(template, value.values, localized)
    if isinstance(value, float | int) and not isinstance(value, bool):
        return number(value)
    return str(value)
