"""Python literals written for spec text read back as the same text, and show no invisible character raw."""

from __future__ import annotations

import ast
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from generator.ir.text import HIDDEN_CATEGORIES
from generator.render.literals import string_literal


@given(st.text() | st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E)))
def test_a_string_literal_reads_back_as_its_text_and_hides_nothing(text: str) -> None:
    literal = string_literal(text)
    assert ast.literal_eval(literal) == text
    assert literal.startswith('"') and literal.endswith('"') and "\n" not in literal
    assert not any(unicodedata.category(ch) in HIDDEN_CATEGORIES for ch in literal)


def test_quotes_backslashes_and_control_characters_are_escaped() -> None:
    assert string_literal('say "hi"') == '"say \\"hi\\""'
    assert string_literal("a\\b") == '"a\\\\b"'
    assert string_literal("tab\there\x7f") == '"tab\\x09here\\x7f"'
    assert string_literal("plain text, 100% ASCII") == '"plain text, 100% ASCII"'
