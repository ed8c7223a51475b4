"""Parse types written in the Graph reference's own vocabulary.

A type copied from the docs into the spec should just work: ``numeric string``, ``list<enum {a, b}>``,
``array<JSON object>``, ``List [string]``, ``Map {string: string}``, ``map<string, int32>``,
``Struct {id: numeric string, ...}``, ``Struct {...} Or Struct {...}``, node references such as ``AdAccount``,
and named enums declared in the spec.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

# Primitive words of the reference, mapped to their canonical spelling.
PRIMITIVES: dict[str, str] = {
    "string": "string",
    "numeric string": "numeric string",
    "ad account id": "numeric string",
    "id": "numeric string",
    "int": "int32",
    "integer": "int32",
    "int32": "int32",
    "int64": "int64",
    "unsigned int": "unsigned int32",
    "unsigned int32": "unsigned int32",
    "unsigned int64": "unsigned int64",
    "float": "float",
    "double": "float",
    "bool": "bool",
    "boolean": "bool",
    "datetime": "datetime",
    "timestamp": "timestamp",
    "datetime/timestamp": "datetime",
    "json-encoded string": "JSON-encoded string",
    "object": "Object",
    "json object": "Object",
    "any": "any",
    "file": "file",  # an upload, sent as multipart/form-data; parameters only  # any JSON value; Meta's bare 'list' and 'map' are 'list<any>' and 'map<string, any>'
}
_CONTAINERS = ("list", "array", "map", "enum", "struct")
VOCABULARY = sorted({*PRIMITIVES, *_CONTAINERS})


@dataclass(frozen=True)
class Primitive:
    name: str  # canonical, a value of PRIMITIVES


@dataclass(frozen=True)
class ListOf:
    item: TypeExpr


@dataclass(frozen=True)
class MapOf:
    key: TypeExpr
    value: TypeExpr


@dataclass(frozen=True)
class InlineEnum:
    values: tuple[str, ...]


@dataclass(frozen=True)
class StructField:
    name: str
    type: TypeExpr


@dataclass(frozen=True)
class InlineStruct:
    fields: tuple[StructField, ...]


@dataclass(frozen=True)
class Named:
    """A reference to a node, struct or enum declared in the spec."""

    name: str


@dataclass(frozen=True)
class UnionOf:
    options: tuple[TypeExpr, ...]


TypeExpr = Primitive | ListOf | MapOf | InlineEnum | InlineStruct | Named | UnionOf


class TypeSyntaxError(ValueError):
    pass


_TOKEN = re.compile(r"\s*(?:(?P<punct>[<>\[\]{}(),:])|(?P<word>[A-Za-z_][A-Za-z0-9_./-]*|[0-9][A-Za-z0-9_./-]*))")


def _tokenize(text: str) -> list[str]:
    tokens: list[str] = []
    pos = 0
    while pos < len(text):
        if text[pos:].strip() == "":
            break
        match = _TOKEN.match(text, pos)
        if match is None:
            raise TypeSyntaxError(f"unexpected character {text[pos:].lstrip()[0]!r}")
        tokens.append(match.group("punct") or match.group("word"))
        pos = match.end()
    return tokens


class _Parser:
    def __init__(self, text: str, known_names: Callable[[], Iterable[str]]) -> None:
        self.text = text
        self.tokens = _tokenize(text)
        self.pos = 0
        self.known_names = known_names  # only asked for when a suggestion is needed

    def peek(self, offset: int = 0) -> str | None:
        index = self.pos + offset
        return self.tokens[index] if index < len(self.tokens) else None

    def take(self) -> str:
        token = self.peek()
        if token is None:
            raise TypeSyntaxError("unexpected end of type")
        self.pos += 1
        return token

    def expect(self, *choices: str) -> str:
        token = self.peek()
        if token not in choices:
            wanted = " or ".join(repr(c) for c in choices)
            found = "the end" if token is None else repr(token)
            raise TypeSyntaxError(f"expected {wanted} but found {found}")
        return self.take()

    def parse(self) -> TypeExpr:
        if not self.tokens:
            raise TypeSyntaxError("empty type")
        result = self.union()
        if self.peek() is not None:
            raise TypeSyntaxError(f"unexpected {self.peek()!r} after the type")
        return result

    def union(self) -> TypeExpr:
        options = [self.single()]
        while (self.peek() or "").lower() == "or":
            self.take()
            options.append(self.single())
        return options[0] if len(options) == 1 else UnionOf(tuple(options))

    def single(self) -> TypeExpr:
        token = self.take()
        low = token.lower()
        if token in "<>[]{}(),:":
            raise TypeSyntaxError(f"unexpected {token!r}")
        if low in ("list", "array"):
            close = {"<": ">", "[": "]"}[self.expect("<", "[")]
            item = self.union()
            self.expect(close)
            return ListOf(item)
        if low == "map":
            opener = self.expect("<", "{")
            key = self.union()
            self.expect("," if opener == "<" else ":")
            value = self.union()
            self.expect(">" if opener == "<" else "}")
            return MapOf(key, value)
        if low == "enum":
            if self.peek() != "{":
                raise TypeSyntaxError(
                    "'enum' needs its values, as 'enum {A, B}'; use 'string' if the reference lists none"
                )
            return InlineEnum(self.enum_values())
        if low == "struct":
            return self.struct()
        # Multi-word primitives: take the longest phrase the vocabulary knows.
        for length in (3, 2, 1):
            words = [token] + [self.peek(i) or "" for i in range(length - 1)]
            if any(w in "<>[]{}(),:" or w == "" for w in words[1:]):
                continue
            phrase = " ".join(w.lower() for w in words)
            if phrase in PRIMITIVES:
                self.pos += length - 1
                return Primitive(PRIMITIVES[phrase])
        if token[0].isupper() and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", token):
            return Named(token)
        raise TypeSyntaxError(self.unknown(token))

    def unknown(self, token: str) -> str:
        message = f"unknown type {self.text.strip()!r}"
        candidates = [*VOCABULARY, *sorted(self.known_names())]
        close = difflib.get_close_matches(token.lower(), [c.lower() for c in candidates], n=1, cutoff=0.6)
        if close:
            original = next(c for c in candidates if c.lower() == close[0])
            message += f"; did you mean {original!r}?"
        return message

    def enum_values(self) -> tuple[str, ...]:
        self.expect("{")
        values: list[str] = []
        while self.peek() != "}":
            values.append(self.take())
            if self.peek() == ",":
                self.take()
            elif self.peek() != "}":
                raise TypeSyntaxError(f"expected ',' or '}}' in enum values but found {self.peek()!r}")
        self.take()
        if not values:
            raise TypeSyntaxError("an enum needs at least one value")
        return tuple(values)

    def struct(self) -> InlineStruct:
        self.expect("{")
        fields: list[StructField] = []
        while self.peek() != "}":
            name = self.take()
            if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
                raise TypeSyntaxError(f"bad struct field name {name!r}")
            self.expect(":")
            fields.append(StructField(name, self.union()))
            if self.peek() == ",":
                self.take()
            elif self.peek() != "}":
                raise TypeSyntaxError(f"expected ',' or '}}' after struct field {name!r} but found {self.peek()!r}")
        self.take()
        return InlineStruct(tuple(fields))


def parse_type(text: str, known_names: Iterable[str] | Callable[[], Iterable[str]] = ()) -> TypeExpr:
    """Parse ``text``; raise TypeSyntaxError with a one-line reason if it is not a type.

    ``known_names`` (or a function returning them) are the spec's own type names, for "did you mean" hints.
    """
    try:
        return _parse_plain(text)
    except TypeSyntaxError:
        names = known_names if callable(known_names) else (lambda: known_names)
        return _Parser(text, names).parse()  # again, to name the closest known types in the message


@functools.lru_cache(maxsize=8192)
def _parse_plain(text: str) -> TypeExpr:
    # Specs repeat the same few hundred type strings; parse results are immutable, so they are shared.
    return _Parser(text, tuple).parse()


def format_type(expr: TypeExpr) -> str:
    """The canonical spelling of a type, used in reports and diffs."""
    if isinstance(expr, Primitive):
        return expr.name
    if isinstance(expr, ListOf):
        return f"list<{format_type(expr.item)}>"
    if isinstance(expr, MapOf):
        return f"map<{format_type(expr.key)}, {format_type(expr.value)}>"
    if isinstance(expr, InlineEnum):
        return "enum {" + ", ".join(expr.values) + "}"
    if isinstance(expr, InlineStruct):
        return "Struct {" + ", ".join(f"{f.name}: {format_type(f.type)}" for f in expr.fields) + "}"
    if isinstance(expr, Named):
        return expr.name
    return " Or ".join(format_type(o) for o in expr.options)
