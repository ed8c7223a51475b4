"""AdRecommendationData and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class AdRecommendationData(GraphModel):
    link: str | None = None


class AdRecommendationDataField(GraphEnum):
    """Fields of AdRecommendationData to ask for with `fields=`."""

    link = "link"
