"""Meta's type strings (``list<map<string, int>>``, ``unsigned int``, ``adspixel_data_use_setting``) in our spelling."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

# Meta's primitive words and ours. A bare ``list`` or ``map`` holds any JSON.
_PRIMITIVES = {
    "string": "string",
    "int": "int",
    "unsigned int": "unsigned int",
    "float": "float",
    "bool": "bool",
    "datetime": "datetime",
    "object": "Object",
    "file": "file",
    "list": "list<any>",
    "map": "map<string, any>",
}
# Map keys our format can type; JSON object keys are text, so any other key is read as a string.
_KEY_TYPES = {"string", "int", "unsigned int", "datetime"}
_TOKEN = re.compile(r"\s*([<>,]|[^<>,]+)")


class MetaTypeError(ValueError):
    pass


@dataclass
class Converted:
    text: str
    notes: list[str] = field(default_factory=list)  # facts our spelling could not carry, for a person
    enums: list[str] = field(default_factory=list)  # Meta enum names used
    types: list[str] = field(default_factory=list)  # Meta type names used


@dataclass(frozen=True)
class _Node:
    word: str
    args: tuple[_Node, ...]


def _parse(text: str) -> _Node:
    tokens = [t.strip() for t in _TOKEN.findall(text)]
    if "".join(tokens).replace(" ", "") != text.replace(" ", ""):
        raise MetaTypeError(f"unknown type string {text!r}")
    pos = 0

    def node() -> _Node:
        nonlocal pos
        if pos >= len(tokens) or tokens[pos] in "<>,":
            raise MetaTypeError(f"unknown type string {text!r}")
        word = tokens[pos]
        pos += 1
        args: list[_Node] = []
        if pos < len(tokens) and tokens[pos] == "<":
            pos += 1
            args.append(node())
            while pos < len(tokens) and tokens[pos] == ",":
                pos += 1
                args.append(node())
            if pos >= len(tokens) or tokens[pos] != ">":
                raise MetaTypeError(f"unknown type string {text!r}: unbalanced '<'")
            pos += 1
        return _Node(word, tuple(args))

    result = node()
    if pos != len(tokens):
        raise MetaTypeError(f"unknown type string {text!r}")
    return result


def convert_type(text: str, enum_class: Callable[[str], str | None], known_types: set[str]) -> Converted:
    """Our spelling of Meta's ``text``; raise MetaTypeError for a string that is not a type."""
    out = Converted("")
    out.text = _convert(_parse(text), enum_class, known_types, out)
    return out


def _convert(node: _Node, enum_class: Callable[[str], str | None], known: set[str], out: Converted) -> str:
    word = node.word
    low = word.lower()
    if low == "list" and node.args:
        if len(node.args) != 1:
            raise MetaTypeError(f"'list' takes one type, found {len(node.args)}")
        return f"list<{_convert(node.args[0], enum_class, known, out)}>"
    if low == "map" and node.args:
        if len(node.args) != 2:
            raise MetaTypeError(f"'map' takes a key and a value type, found {len(node.args)}")
        key = _convert(node.args[0], enum_class, known, out)
        if key not in _KEY_TYPES:
            out.notes.append(f"Meta types the map's keys as {key}; JSON keys are strings, so they are read as string.")
            key = "string"
        return f"map<{key}, {_convert(node.args[1], enum_class, known, out)}>"
    if node.args:
        raise MetaTypeError(f"{word!r} takes no type arguments")
    if low in _PRIMITIVES:
        return _PRIMITIVES[low]
    enum = enum_class(word)
    if enum is not None:
        out.enums.append(word)
        return enum
    if word in known:
        out.types.append(word)
        return word
    if re.fullmatch(r"[A-Z][A-Za-z0-9_]*", word):
        # A class Meta's data names but does not define: the value is a JSON object of unknown shape.
        out.notes.append(f"Meta's data types this as {word}, which the snapshot does not define.")
        return "Object"
    raise MetaTypeError(f"unknown type string {word!r}")
