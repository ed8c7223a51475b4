"""Types copied from the Graph reference parse into the IR's building blocks."""

from __future__ import annotations

import re

import pytest

from generator.spec.typeexpr import (
    InlineEnum,
    InlineStruct,
    ListOf,
    MapOf,
    Named,
    Primitive,
    StructField,
    TypeSyntaxError,
    UnionOf,
    format_type,
    parse_type,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("string", Primitive("string")),
        ("numeric string", Primitive("numeric string")),
        ("unsigned int32", Primitive("unsigned int32")),
        ("integer", Primitive("int32")),
        ("boolean", Primitive("bool")),
        ("JSON-encoded string", Primitive("JSON-encoded string")),
        ("JSON object", Primitive("Object")),
        ("ad account id", Primitive("numeric string")),
        ("datetime/timestamp", Primitive("datetime")),
        ("list<string>", ListOf(Primitive("string"))),
        ("array<JSON object>", ListOf(Primitive("Object"))),
        ("List [string]", ListOf(Primitive("string"))),
        ("map<string, int64>", MapOf(Primitive("string"), Primitive("int64"))),
        ("Map {string: string}", MapOf(Primitive("string"), Primitive("string"))),
        ("enum {a, b}", InlineEnum(("a", "b"))),
        ("array<enum {em, fn}>", ListOf(InlineEnum(("em", "fn")))),
        ("AdAccount", Named("AdAccount")),
        (
            "Struct {id: numeric string,}",
            InlineStruct((StructField("id", Primitive("numeric string")),)),
        ),
        (
            "Struct {a: bool} Or Struct {b: List [ Struct {c: float}]}",
            UnionOf(
                (
                    InlineStruct((StructField("a", Primitive("bool")),)),
                    InlineStruct((StructField("b", ListOf(InlineStruct((StructField("c", Primitive("float")),)))),)),
                )
            ),
        ),
    ],
)
def test_reference_types_parse(text: str, expected: object) -> None:
    assert parse_type(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("lst<map>", "unknown type 'lst<map>'; did you mean 'list'?"),
        ("strng", "did you mean 'string'?"),
        ("enum", "'enum' needs its values"),
        ("enum {}", "at least one value"),
        ("list<string", "expected '>' but found the end"),
        ("Struct {a string}", "expected ':'"),
        ("", "empty type"),
        ("string string", "unexpected 'string' after the type"),
        ("list<$>", "unexpected character '$'"),
    ],
)
def test_bad_types_say_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(TypeSyntaxError, match=re.escape(message)):
        parse_type(text)


def test_suggestions_include_spec_names() -> None:
    with pytest.raises(TypeSyntaxError, match="did you mean 'AdAccount'"):
        parse_type("adacount", frozenset({"AdAccount"}))


def test_canonical_spelling_round_trips() -> None:
    text = "Struct {a: List [string], b: Map {string: enum {x, y}}} Or AdAccount"
    parsed = parse_type(text)
    assert parse_type(format_type(parsed)) == parsed
