"""Engagement and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class Engagement(GraphModel):
    count: int | None = None
    count_string: str | None = None
    count_string_with_like: str | None = None
    count_string_without_like: str | None = None
    social_sentence: str | None = None
    social_sentence_with_like: str | None = None
    social_sentence_without_like: str | None = None


class EngagementField(GraphEnum):
    """
    Fields of Engagement to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``count_`` is 'count'. Calls also take the value as a string.
    """

    count_ = "count"
    count_string = "count_string"
    count_string_with_like = "count_string_with_like"
    count_string_without_like = "count_string_without_like"
    social_sentence = "social_sentence"
    social_sentence_with_like = "social_sentence_with_like"
    social_sentence_without_like = "social_sentence_without_like"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
EngagementFieldLiteral = Literal[
    "count",
    "count_string",
    "count_string_with_like",
    "count_string_without_like",
    "social_sentence",
    "social_sentence_with_like",
    "social_sentence_without_like",
]
