"""Texts made in the core that a window can show in its own language.

The core is Qt-free and speaks English: the command line and the Python API give the same
English strings as always. A text that a window may show is made from a ``Phrase`` — an
English template with named places (``"Found: {head}."``) in a translation context — filled
with values. The result is a ``Text``: a ``str`` whose value is the English sentence, which
also remembers its phrase and values, so that ``localized(text)`` can rebuild it in the
language the interface installed (``install``; the UI passes Qt's
``QCoreApplication.translate``). Values may themselves be ``Text`` (a quoted phrase, a
label's name), ints or floats (written as the language writes numbers).

The wording lives in message catalogues, one TOML file a module in quizapp/core/messages/
(``[Context]`` tables of ``NAME = "English template"``). A module names its file once,
``MESSAGES = Catalogue("problems")``, and writes ``MESSAGES.NAME(place=value)``: the file is
read the first time a message is used, so importing a module reads nothing. Each
``MESSAGES.NAME`` is a ``Phrase``; tests/core/test_catalogues.py checks that every name
the code uses is in its file, every entry is used and the places match.
scripts/update_translations.py hands the catalogues' templates to ``pyside6-lupdate`` as
Qt's ``QT_TRANSLATE_NOOP``, so they land in assets/translations/quizapp_fr.ts with the
interface's own texts.

Joining texts with ``+`` gives a plain ``str``; use ``joined`` to keep them translatable.
This module never imports Qt.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

__all__ = [
    "Amount",
    "Catalogue",
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


class Amount(float):
    """A number written with thousands separators: "22,500" and "4.2" in English (its
    ``str``), "22 500" and "4,2" where ``localized`` writes it in French."""

    def __str__(self) -> str:
        return f"{int(self):,}" if self.is_integer() else f"{float(self):,.6g}"

    def __format__(self, spec: str) -> str:
        return str(self) if not spec else float.__format__(self, spec)


class _Language:
    """What ``install`` set: how to translate a template and write a number."""

    def __init__(self) -> None:
        self.name = "en"
        self.translate: Translate | None = None
        self.number: Number = _english_number
        self.amount: Number = str


_current = _Language()


def install(
    translate: Translate | None,
    name: str = "en",
    write_number: Number | None = None,
    write_amount: Number | None = None,
) -> None:
    """Show core texts in language ``name``: ``translate(context, template)`` gives the
    template in that language (the source text when it has none), ``write_number`` writes
    a number ("0,5"), ``write_amount`` an ``Amount`` ("22 500"). ``install(None)`` goes back
    to English."""
    _current.name = name if translate is not None else "en"
    _current.translate = translate
    _current.number = write_number or _english_number
    _current.amount = write_amount or str


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


CATALOGUES = Path(__file__).with_name("messages")  # the message files, packaged with quizapp
_MESSAGE_NAME = re.compile(r"[A-Z][A-Z0-9_]*")


class CatalogueError(ValueError):
    """A message file that cannot be read as a catalogue (a packaging or editing slip)."""


def read_catalogue(path: Path) -> dict[str, Phrase]:
    """The phrases of one message file: each ``[Context]`` table's ``NAME = "template"``
    entries, by name (a name is given once in a file, whatever its context)."""
    import tomllib  # (here: importing the core reads no file and loads no parser)

    try:
        tables = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise CatalogueError(f"{path}: cannot be read as a message catalogue ({error})") from None
    phrases: dict[str, Phrase] = {}
    for context, entries in tables.items():
        if not isinstance(entries, dict):
            raise CatalogueError(f"{path}: '{context}' must be a [Context] table of messages")
        for name, source in entries.items():
            if not _MESSAGE_NAME.fullmatch(name) or not isinstance(source, str):
                raise CatalogueError(f'{path}: [{context}] {name} must be NAME = "template"')
            if name in phrases:
                raise CatalogueError(f"{path}: the message {name} is given twice")
            phrases[name] = Phrase(context, source)
    return phrases


class Catalogue:
    """The messages of one module, from ``quizapp/core/messages/<name>.toml``: each
    ``catalogue.NAME`` is that entry's ``Phrase``. The file is read on first use."""

    __slots__ = ("name", "_phrases")

    def __init__(self, name: str) -> None:
        self.name = name
        self._phrases: dict[str, Phrase] | None = None

    def __repr__(self) -> str:
        return f"Catalogue({self.name!r})"

    @property
    def path(self) -> Path:
        return CATALOGUES / f"{self.name}.toml"

    def phrases(self) -> dict[str, Phrase]:
        """Every message of the file, by name."""
        if self._phrases is None:
            self._phrases = read_catalogue(self.path)
        return self._phrases

    def __getattr__(self, name: str) -> Phrase:
        if name.startswith("_"):  # (copy and pickle look for __methods__)
            raise AttributeError(name)
        try:
            return self.phrases()[name]
        except KeyError:
            raise AttributeError(f"{self.path.name} has no message {name}") from None


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
    if isinstance(value, Amount):
        return _current.amount(value)
    if isinstance(value, float | int) and not isinstance(value, bool):
        return number(value)
    return str(value)
