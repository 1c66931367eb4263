"""Safe, bounded YAML reading that remembers where every value came from.

Only plain data is allowed: YAML tags never construct objects, only ``true`` and
``false`` are booleans (so an answer "No" stays text) and timestamps stay text. Alias
expansion, nesting depth and file size are bounded so a hostile file cannot exhaust
memory. Mappings and lists come back as ``YMap`` / ``YList`` carrying line numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from quizapp.core.errors import CodedError, ErrorCode
from quizapp.core.text import Catalogue
from quizapp.core.yamlproblems import problem_text

MAX_FILE_BYTES = 8 * 1024 * 1024
MAX_VALUES = 200_000
MAX_DEPTH = 40


MESSAGES = Catalogue("yamlsource")  # quizapp/core/messages/yamlsource.toml


class SourceError(CodedError, ValueError):
    """The file cannot be read as YAML; ``line`` is 1-based (0 when not known)."""

    code = ErrorCode.FILE_UNREADABLE

    def __init__(self, message: str, line: int = 0) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


class YMap(dict[str, Any]):
    """A mapping that knows the line of itself, of each key and of each value."""

    line: int = 0
    key_lines: dict[str, int]
    value_nodes: dict[str, Node]


class YList(list[Any]):
    line: int = 0
    item_lines: list[int]


class _Loader(yaml.SafeLoader):
    """SafeLoader with YAML 1.2-like booleans and no timestamp resolution."""

    _depth = 0

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        # PyYAML composes recursively: bound the depth here, or a file of a few hundred
        # nested brackets raises RecursionError before _convert can count levels.
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH + 2:
                mark = self.peek_event().start_mark
                raise SourceError(MESSAGES.TOO_DEEP(most=MAX_DEPTH), mark.line + 1)
            return super().compose_node(parent, index)  # type: ignore[no-any-return]
        finally:
            self._depth -= 1


_Loader.yaml_implicit_resolvers = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp")
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)

# libyaml's parser (when PyYAML was built with it) composes the same nodes, with the same
# marks, about six times faster. It resolves scalars through the same Python resolver, so
# the booleans and timestamps above apply to it too. Any file it refuses is read again by
# the pure-Python loader, so a bad file gets the same message and line either way.
_FastLoader: Any = None
if getattr(yaml, "__with_libyaml__", False):

    class _CLoader(yaml.CSafeLoader):
        pass

    _CLoader.yaml_implicit_resolvers = _Loader.yaml_implicit_resolvers
    _FastLoader = _CLoader

_NON_PRINTABLE = yaml.reader.Reader.NON_PRINTABLE

_STR_TAG = "tag:yaml.org,2002:str"
_PLAIN_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
}


def read_text(path: Path) -> str:
    """Read a UTF-8 text file, refusing what is too large, binary or not UTF-8."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise SourceError(MESSAGES.CANNOT_OPEN(error=str(error.strerror or error))) from None
    if size > MAX_FILE_BYTES:
        raise SourceError(
            MESSAGES.TOO_LARGE(size=f"{size / 1_048_576:.1f}", most=MAX_FILE_BYTES // 1_048_576)
        )
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SourceError(MESSAGES.CANNOT_READ(error=str(error.strerror or error))) from None
    return decode_text(data)


def decode_text(data: bytes) -> str:
    if b"\x00" in data:
        raise SourceError(MESSAGES.BINARY())
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise SourceError(
            MESSAGES.NOT_UTF8(byte=f"0x{data[error.start]:02x}"),
            line,
        ) from None
    if not text.strip():
        raise SourceError(MESSAGES.EMPTY())
    return text


@dataclass
class _Budget:
    values: int = 0


def parse_yaml(text: str) -> Any:
    """Parse one YAML document into plain values, ``YMap`` and ``YList``."""
    # The pure-Python reader refuses control characters; libyaml's does not look, so a
    # text holding one takes the slow path and gets the same message.
    if _FastLoader is not None and not _NON_PRINTABLE.search(text):
        try:
            return _parse_with(_FastLoader, text)
        except SourceError:
            pass  # read again below: the same message and line as without libyaml
    return _parse_with(_Loader, text)


def _parse_with(loader_class: Any, text: str) -> Any:
    try:
        loader = loader_class(text)  # the reader refuses control characters here, at once
    except yaml.reader.ReaderError as error:
        line = text[: max(0, error.position)].count("\n") + 1
        raise SourceError(
            MESSAGES.BAD_CHARACTER(character=f"#x{error.character:04x}"), line
        ) from None
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 0
        problem = error.problem or "this is not valid YAML"
        if problem.startswith("but ") and error.context:
            problem = f"{error.context}, {problem}"  # "..., but found another document"
        raise SourceError(MESSAGES.SYNTAX(problem=problem_text(problem)), line) from None
    except yaml.YAMLError as error:
        raise SourceError(MESSAGES.SYNTAX(problem=str(error))) from None
    finally:
        loader.dispose()
    if node is None:
        raise SourceError(MESSAGES.EMPTY())
    return _convert(node, loader, _Budget(), 0)


def _convert(node: Node, loader: Any, budget: _Budget, depth: int) -> Any:
    budget.values += 1
    line = node.start_mark.line + 1
    if budget.values > MAX_VALUES:
        raise SourceError(
            MESSAGES.TOO_MANY_VALUES(most=f"{MAX_VALUES:,}"),
            line,
        )
    if depth > MAX_DEPTH:
        raise SourceError(MESSAGES.TOO_DEEP(most=MAX_DEPTH), line)
    if isinstance(node, ScalarNode):
        if node.tag == _STR_TAG:
            return node.value  # what SafeConstructor gives for a string, without its dispatch
        if node.tag not in _PLAIN_TAGS:
            raise SourceError(MESSAGES.TAGS(tag=node.tag), line)
        try:
            return loader.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError):
            raise SourceError(MESSAGES.BAD_VALUE(value=node.value), line) from None
    if isinstance(node, SequenceNode):
        if node.tag != "tag:yaml.org,2002:seq":
            raise SourceError(MESSAGES.TAGS(tag=node.tag), line)
        items = YList(_convert(item, loader, budget, depth + 1) for item in node.value)
        items.line = line
        items.item_lines = [item.start_mark.line + 1 for item in node.value]
        return items
    if isinstance(node, MappingNode):
        if node.tag != "tag:yaml.org,2002:map":
            raise SourceError(MESSAGES.TAGS(tag=node.tag), line)
        mapping = YMap()
        mapping.line = line
        mapping.key_lines = {}
        mapping.value_nodes = {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise SourceError(MESSAGES.MERGE_KEYS(), key_line)
            key = _convert(key_node, loader, budget, depth + 1)
            if not isinstance(key, str):
                key = str(key)
            if key in mapping:
                raise SourceError(MESSAGES.KEY_TWICE(key=key), key_line)
            mapping[key] = _convert(value_node, loader, budget, depth + 1)
            mapping.key_lines[key] = key_line
            mapping.value_nodes[key] = value_node
        return mapping
    raise SourceError(MESSAGES.UNSUPPORTED(), line)


def text_start_line(mapping: YMap, key: str) -> int:
    """The file line where the first line of a string value's text stands."""
    node = mapping.value_nodes.get(key)
    if node is None:
        return mapping.line
    line = node.start_mark.line + 1
    if isinstance(node, ScalarNode) and node.style in ("|", ">"):
        line += 1
    return line
