"""CopyrightAttributionInsights and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class CopyrightAttributionInsights(GraphModel):
    l7_attribution_page_view: int | None = None
    l7_attribution_page_view_delta: float | None = None
    l7_attribution_video_view: int | None = None
    l7_attribution_video_view_delta: float | None = None
    metrics_ending_date: str | None = None


class CopyrightAttributionInsightsField(GraphEnum):
    """Fields of CopyrightAttributionInsights to ask for with `fields=`."""

    l7_attribution_page_view = "l7_attribution_page_view"
    l7_attribution_page_view_delta = "l7_attribution_page_view_delta"
    l7_attribution_video_view = "l7_attribution_video_view"
    l7_attribution_video_view_delta = "l7_attribution_video_view_delta"
    metrics_ending_date = "metrics_ending_date"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
CopyrightAttributionInsightsFieldLiteral = Literal[
    "l7_attribution_page_view",
    "l7_attribution_page_view_delta",
    "l7_attribution_video_view",
    "l7_attribution_video_view_delta",
    "metrics_ending_date",
]
