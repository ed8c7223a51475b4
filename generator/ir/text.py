"""Prose from the spec, made safe to place in generated source as documentation."""

from __future__ import annotations

import functools
import unicodedata

# Characters that change how source reads without being visible: controls, bidi and other format
# characters, line and paragraph separators, private-use and unassigned code points.
HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Co", "Cs", "Cn"})


@functools.lru_cache(maxsize=65536)
def clean_text(text: str) -> str:
    """Keep the words; show hidden characters as visible escapes; normalise line endings and tabs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    out: list[str] = []
    for ch in text:
        if ch == "\n" or unicodedata.category(ch) not in HIDDEN_CATEGORIES:
            out.append(ch)
        else:
            out.append(f"\\u{ord(ch):04x}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08x}")
    return "".join(out).strip()


def _words(text: str) -> str:
    return " ".join("".join(ch if ch.isalnum() else " " for ch in text.lower()).split())


def description_of(text: str, name: str) -> str:
    """A field's or parameter's description, or "" when it only repeats the name (``can_proxy: can_proxy``)."""
    cleaned = clean_text(text)
    return "" if _words(cleaned) == _words(name) else cleaned
