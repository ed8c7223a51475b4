"""JSON parsing with a nesting limit, so that a hostile body or header cannot exhaust the parser's recursion."""

from __future__ import annotations

import json
import re
from typing import Any

__all__ = [
    "MAX_JSON_DEPTH",
    "load_json",
    "too_deep",
]

# JSON nesting deeper than this is refused: Graph's answers are a few levels deep, and parsers recurse.
MAX_JSON_DEPTH = 64
_JSON_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"')
_NOT_BRACKET = re.compile(rb"[^\[\]{}]")


def too_deep(text: str | bytes, limit: int = MAX_JSON_DEPTH) -> bool:
    """Whether JSON ``text`` nests arrays and objects deeper than ``limit``.

    Strings are removed, then innermost bracket pairs, one level per pass: every step runs in C.
    """
    raw = text.encode() if isinstance(text, str) else text
    if raw.count(b"[") + raw.count(b"{") <= limit:
        return (
            False  # cannot be deeper than its number of brackets; the common case costs two counts
        )
    brackets = _NOT_BRACKET.sub(b"", _JSON_STRING.sub(b"", raw))
    for _ in range(limit):
        inner = brackets.replace(b"[]", b"").replace(b"{}", b"")
        if inner == brackets:
            return False  # balanced and done, or malformed (which the parser reports)
        brackets = inner
    return bool(brackets)


def load_json(text: str | bytes) -> Any:
    """``json.loads`` that refuses nesting beyond ``MAX_JSON_DEPTH`` with ValueError instead of recursing."""
    if too_deep(text):
        raise ValueError(f"JSON nested deeper than {MAX_JSON_DEPTH} levels")
    return json.loads(text)
