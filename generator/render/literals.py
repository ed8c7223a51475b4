"""Python literals for values that come from the spec: whatever the text, it stays data."""

from __future__ import annotations

import unicodedata

from generator.ir.text import HIDDEN_CATEGORIES as _HIDDEN_CATEGORIES


def _escape_char(ch: str) -> str:
    code = ord(ch)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def string_literal(value: str) -> str:
    """A double-quoted string literal for ``value``, with every invisible character escaped."""
    if value.isascii() and value.isprintable() and '"' not in value and "\\" not in value:
        return f'"{value}"'  # the common case: nothing to escape (no printable ASCII character is hidden)
    out = ['"']
    for ch in value:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif unicodedata.category(ch) in _HIDDEN_CATEGORIES:
            out.append(_escape_char(ch))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def docstring_literal(text: str, indent: str = "") -> str:
    """A triple-quoted docstring for ``text``, continuation lines indented by ``indent``."""
    out: list[str] = []
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\n")
        elif unicodedata.category(ch) in _HIDDEN_CATEGORIES:
            out.append(_escape_char(ch))
        else:
            out.append(ch)
    body = "".join(out).replace('"""', '\\"\\"\\"')
    if body.endswith('"'):
        body = body[:-1] + '\\"'
    lines = body.split("\n")
    body = "\n".join([lines[0], *[(indent + line) if line else "" for line in lines[1:]]])
    if len(lines) > 1:
        return f'"""{body}\n{indent}"""'
    return f'"""{body}"""'
