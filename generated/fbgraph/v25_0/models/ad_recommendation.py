"""AdRecommendation and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from enum import StrEnum
from fbgraph.v25_0.models._refs import AdRecommendationData
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict


class AdRecommendation(GraphModel):
    blame_field: str | None = None
    code: int | None = None
    confidence: AdRecommendationConfidence | None = None
    importance: AdRecommendationImportance | None = None
    message: str | None = None
    recommendation_data: AdRecommendationData | None = None
    title: str | None = None
    value: str | None = None


class AdRecommendationConfidence(GraphEnum):
    HIGH = "HIGH"
    LOW = "LOW"
    MEDIUM = "MEDIUM"


class AdRecommendationField(GraphEnum):
    """
    Fields of AdRecommendation to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``title_`` is 'title', ``value_`` is 'value'. Calls also take the value as a string.
    """

    blame_field = "blame_field"
    code = "code"
    confidence = "confidence"
    importance = "importance"
    message = "message"
    recommendation_data = "recommendation_data"
    title_ = "title"
    value_ = "value"


class AdRecommendationImportance(GraphEnum):
    HIGH = "HIGH"
    LOW = "LOW"
    MEDIUM = "MEDIUM"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
AdRecommendationConfidenceLiteral = Literal[
    "HIGH",
    "LOW",
    "MEDIUM",
]
AdRecommendationImportanceLiteral = Literal[
    "HIGH",
    "LOW",
    "MEDIUM",
]
AdRecommendationFieldLiteral = Literal[
    "blame_field",
    "code",
    "confidence",
    "importance",
    "message",
    "recommendation_data",
    "title",
    "value",
]
