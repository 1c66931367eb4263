"""Class lists and codes: one short random code per student per quiz.

The teacher loads a class list (CSV: a name and an optional student id per line) for a
quiz and prints the codes; each student types theirs when starting that quiz. The results
file then carries the code and an HMAC-SHA256 of its content keyed by the code
(``handin``), and importing refuses a file whose code is unknown, was given for another
quiz or to another name, was used already, or whose MAC does not match its content.

Codes are 8 symbols of Crockford's base 32 (``0-9 A-Z`` without I, L, O, U: 40 bits),
printed as ``ABCD-EF12``; typing is forgiving (lower case, spaces and dashes are
ignored; O reads as 0, I and L as 1). Why 40 bits is enough: see docs/security.md.
"""

from __future__ import annotations

import csv
import io
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from quizapp.core.bank import Bank
from quizapp.core.errors import ErrorCode, LocatedError
from quizapp.core.text import Catalogue

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford's base 32
CODE_LENGTH = 8  # 8 × 5 = 40 bits
_READS_AS = str.maketrans({"O": "0", "I": "1", "L": "1"})
MAX_LIST_BYTES = 1024 * 1024
MAX_STUDENTS = 2000
MAX_NAME = 80  # as Bank.add_profile
MAX_ID = 64
HEADER_NAMES = {"name", "names", "student", "student name", "full name", "pupil", "nom", "naam"}

MESSAGES = Catalogue("roster")  # quizapp/core/messages/roster.toml


class RosterError(LocatedError, ValueError):
    """A class list that cannot be used; ``str()`` is ``path:line: message``."""

    code = ErrorCode.ROSTER_INVALID

    def __init__(self, path: str | Path, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}", message)
        self.path = str(path)
        self.line = line


@dataclass(frozen=True)
class Student:
    name: str
    student_id: str = ""
    line: int = 0


@dataclass(frozen=True)
class RosterLoad:
    added: tuple[str, ...]  # names that got a new code
    kept: tuple[str, ...]  # names already on the quiz's list (their codes unchanged)

    def summary(self, set_id: str) -> str:
        text = f"{len(self.added)} new code{'s' if len(self.added) != 1 else ''} for '{set_id}'"
        if self.kept:
            text += f"; {len(self.kept)} already on the list kept their codes"
        return text + "."


# --------------------------------------------------------------------------- codes


def new_code(taken: set[str] | None = None) -> str:
    """A fresh random code (``secrets``), not in ``taken``."""
    while True:
        code = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
        if not taken or code not in taken:
            return code


def normalise(typed: str) -> str | None:
    """The code a student typed, as stored; None when it cannot be a code."""
    code = "".join(typed.split()).replace("-", "").upper().translate(_READS_AS)
    if len(code) != CODE_LENGTH or any(char not in ALPHABET for char in code):
        return None
    return code


def display(code: str) -> str:
    """``ABCD-EF12``: two groups of four, easy to read out and type."""
    return f"{code[:4]}-{code[4:]}"


def same_name(first: str, second: str) -> bool:
    """Names equal when case, accents' encoding and spacing are set aside."""
    return name_key(first) == name_key(second)


def name_key(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


# --------------------------------------------------------------------------- class lists


def _decode(raw: bytes, path: str | Path) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        # Spreadsheets save "CSV" in the Windows code page unless told UTF-8.
        return raw.decode("cp1252")
    except UnicodeDecodeError as error:
        raise RosterError(path, raw[: error.start].count(b"\n") + 1, MESSAGES.NOT_UTF8()) from None


def _delimiter(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return ";" if line.count(";") > line.count(",") else ","
    return ","


def parse_class_list(raw: bytes | str, path: str | Path = "<class list>") -> list[Student]:
    """Read a class list: ``name[,id]`` per line (``;`` works too), an optional header
    line (``name,id``), blank lines skipped. Raises ``RosterError`` naming the line."""
    if isinstance(raw, bytes):
        if len(raw) > MAX_LIST_BYTES:
            raise RosterError(path, 0, MESSAGES.TOO_LARGE(kb=MAX_LIST_BYTES // 1024))
        text = _decode(raw, path)
    else:
        text = raw.lstrip("\ufeff")
    students: list[Student] = []
    seen: dict[str, int] = {}
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    try:
        for row in reader:
            line = reader.line_num
            cells = [" ".join(cell.split()) for cell in row]
            while cells and not cells[-1]:
                cells.pop()
            if not cells:
                continue
            if not students and not seen and cells[0].casefold() in HEADER_NAMES:
                continue  # the header
            if len(cells) > 2:
                raise RosterError(
                    path,
                    line,
                    MESSAGES.COLUMNS(count=len(cells)),
                )
            name = cells[0]
            student_id = cells[1] if len(cells) > 1 else ""
            if not name:
                raise RosterError(path, line, MESSAGES.NO_NAME())
            if len(name) > MAX_NAME:
                raise RosterError(path, line, MESSAGES.NAME_TOO_LONG(most=MAX_NAME))
            if len(student_id) > MAX_ID:
                raise RosterError(path, line, MESSAGES.ID_TOO_LONG(most=MAX_ID))
            if any(unicodedata.category(char) == "Cc" for char in name + student_id):
                raise RosterError(path, line, MESSAGES.CONTROL())
            key = name_key(name)
            if key in seen:
                raise RosterError(path, line, MESSAGES.TWICE(name=name, line=seen[key]))
            seen[key] = line
            students.append(Student(name, student_id, line))
            if len(students) > MAX_STUDENTS:
                raise RosterError(path, line, MESSAGES.TOO_MANY(most=MAX_STUDENTS))
    except csv.Error as error:
        raise RosterError(path, reader.line_num, MESSAGES.NOT_CSV(error=str(error))) from None
    if not students:
        raise RosterError(path, 1, MESSAGES.NO_NAMES())
    return students


def read_class_list(path: str | Path) -> list[Student]:
    """``parse_class_list`` of a file; a file that cannot be read is a ``RosterError``."""
    try:
        with Path(path).open("rb") as stream:
            raw = stream.read(MAX_LIST_BYTES + 1)
    except OSError as error:
        raise RosterError(
            path, 0, MESSAGES.CANNOT_READ(error=str(error.strerror or error))
        ) from None
    return parse_class_list(raw, path)


# --------------------------------------------------------------------------- the bank


def load_roster(bank: Bank, set_id: str, students: list[Student]) -> RosterLoad:
    """Give every student not yet on the quiz's list a new code (one transaction).
    Students already on it keep theirs, so slips printed before stay valid."""
    if not bank.has_set(set_id):
        raise KeyError(set_id)
    present = {name_key(entry["name"]) for entry in bank.roster(set_id)}
    taken = {entry["code"] for entry in bank.roster(set_id)}
    added: list[tuple[str, str, str]] = []
    kept: list[str] = []
    for student in students:
        if name_key(student.name) in present:
            kept.append(student.name)
            continue
        code = new_code(taken)
        while bank.roster_code_exists(code):  # unique across quizzes too
            code = new_code(taken)
        taken.add(code)
        present.add(name_key(student.name))
        added.append((student.name, student.student_id, code))
    bank.add_roster(set_id, added)
    return RosterLoad(tuple(name for name, _, _ in added), tuple(kept))


def codes_csv(bank: Bank, set_id: str) -> str:
    """The quiz's codes as CSV: name, id, code, used (the file that used it)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["name", "id", "quiz", "code", "used"])
    for entry in bank.roster(set_id):
        writer.writerow(
            [
                entry["name"],
                entry["student_id"],
                set_id,
                display(entry["code"]),
                entry["used"] or "",
            ]
        )
    return out.getvalue()
