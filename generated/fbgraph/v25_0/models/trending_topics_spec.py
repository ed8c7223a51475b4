"""TrendingTopicsSpec and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class TrendingTopicsSpec(GraphModel):
    is_all_trending: bool | None = None
    is_special_budget_alloc: bool | None = None
    trending_topics: list[str] | None = None


class TrendingTopicsSpecField(GraphEnum):
    """Fields of TrendingTopicsSpec to ask for with `fields=`."""

    is_all_trending = "is_all_trending"
    is_special_budget_alloc = "is_special_budget_alloc"
    trending_topics = "trending_topics"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
TrendingTopicsSpecFieldLiteral = Literal[
    "is_all_trending",
    "is_special_budget_alloc",
    "trending_topics",
]
