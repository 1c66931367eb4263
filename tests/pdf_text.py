"""The pages and text of a PDF, for tests: QtPdf when the installed PySide6 has it, otherwise
a small reader for what QPdfWriter writes (uncompressed or Flate content streams, Type0
fonts with a ToUnicode map). No external tool is needed either way."""

from __future__ import annotations

import re
import unicodedata
import zlib
from pathlib import Path


def page_texts(path: str | Path) -> list[str]:
    """The text of each page, in order (whitespace not significant)."""
    try:
        from PySide6.QtPdf import QPdfDocument
    except ImportError:
        return _read(Path(path).read_bytes())
    document = QPdfDocument()
    document.load(str(path))
    texts = [document.getAllText(page).text() for page in range(document.pageCount())]
    document.close()
    return texts


def flat(text: str) -> str:
    """Ligatures undone and whitespace folded to single spaces."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def squashed(text: str) -> str:
    """Ligatures undone and all whitespace removed: readers differ in the spaces they put
    between table cells and lines, so checks compare text without them."""
    return "".join(unicodedata.normalize("NFKC", text).split())


_OBJECT = re.compile(rb"(\d+) 0 obj\s*(.*?)endobj", re.S)
_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.S)


def _objects(data: bytes) -> dict[int, bytes]:
    return {int(m.group(1)): m.group(2) for m in _OBJECT.finditer(data)}


def _stream(body: bytes) -> bytes:
    match = _STREAM.search(body)
    if match is None:
        return b""
    raw = match.group(1)
    if b"/FlateDecode" in body[: match.start()]:
        raw = zlib.decompress(raw)
    return raw


def _ref(body: bytes, key: bytes) -> int | None:
    match = re.search(rb"/" + key + rb"\s+(\d+) 0 R", body)
    return int(match.group(1)) if match else None


def _cmap(text: bytes) -> dict[int, str]:
    mapping: dict[int, str] = {}

    def chars(hex_text: bytes) -> str:
        units = bytes.fromhex(hex_text.decode())
        return units.decode("utf-16-be", errors="replace")

    for block in re.findall(rb"beginbfchar(.*?)endbfchar", text, re.S):
        for src, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            mapping[int(src, 16)] = chars(dst)
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", text, re.S):
        for low, high, rest in re.findall(
            rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)", block
        ):
            first, last = int(low, 16), int(high, 16)
            if rest.startswith(b"["):
                for offset, dst in enumerate(re.findall(rb"<([0-9A-Fa-f]+)>", rest)):
                    mapping[first + offset] = chars(dst)
            else:
                start = int(rest[1:-1], 16)
                for offset in range(last - first + 1):
                    mapping[first + offset] = chr(start + offset)
    return mapping


_TOKENS = re.compile(
    rb"/(\w+)\s+[-\d.]+\s+Tf|<([0-9A-Fa-f]*)>\s*Tj|\[(.*?)\]\s*TJ|([-\d.]+)\s+([-\d.]+)\s+Td|(BT)",
    re.S,
)


def _read(data: bytes) -> list[str]:
    objects = _objects(data)
    pages = [
        number
        for number, body in sorted(objects.items())
        if re.search(rb"/Type\s*/Page\b(?!s)", body)
    ]
    # Pages in the order of the page tree's /Kids when there is one.
    for body in objects.values():
        if re.search(rb"/Type\s*/Pages\b", body):
            kids = re.search(rb"/Kids\s*\[(.*?)\]", body, re.S)
            if kids:
                pages = [int(n) for n in re.findall(rb"(\d+) 0 R", kids.group(1))]
            break
    texts: list[str] = []
    for page in pages:
        body = objects[page]
        resources = objects.get(_ref(body, b"Resources") or -1, body)
        fonts: dict[str, dict[int, str]] = {}
        font_dict = re.search(rb"/Font\s*<<(.*?)>>", resources, re.S)
        if font_dict:
            for name, number in re.findall(rb"/(\w+)\s+(\d+) 0 R", font_dict.group(1)):
                font = objects.get(int(number), b"")
                to_unicode = _ref(font, b"ToUnicode")
                fonts[name.decode()] = (
                    _cmap(_stream(objects[to_unicode])) if to_unicode in objects else {}
                )
        contents = _ref(body, b"Contents")
        stream = _stream(objects[contents]) if contents in objects else b""
        current: dict[int, str] = {}
        out: list[str] = []
        for match in _TOKENS.finditer(stream):
            font, hex_text, array, _dx, dy, begin = match.groups()
            if font is not None:
                current = fonts.get(font.decode(), {})
            elif hex_text is not None:
                out.append(_decode(hex_text, current))
            elif array is not None:
                out.extend(_decode(h, current) for h in re.findall(rb"<([0-9A-Fa-f]*)>", array))
            elif dy is not None and float(dy) != 0:
                out.append("\n")
            elif begin is not None:
                out.append("\n")
        texts.append("".join(out).replace("\t", " "))
    return texts


def _decode(hex_text: bytes, cmap: dict[int, str]) -> str:
    codes = bytes.fromhex(hex_text.decode())
    return "".join(
        cmap.get(int.from_bytes(codes[i : i + 2], "big"), "") for i in range(0, len(codes), 2)
    )
