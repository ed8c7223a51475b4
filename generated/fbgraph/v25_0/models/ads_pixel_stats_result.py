"""AdsPixelStatsResult and the types that belong to it (Graph API v25.0).

Pixel fire statistics for one time bucket, aggregated one way.

Fields: documented. Source: Meta's facebook-business Python SDK 5.0.3, generated for API v5.0 (adobjects/adspixel.py and the classes it returns).
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from enum import StrEnum
from typing import Annotated
from pydantic import ConfigDict, Field
from fbgraph.v25_0.models._refs import AdsPixelStats
from datetime import datetime
from fbgraph._runtime.models import GraphModel


class AdsPixelStatsResult(GraphModel):
    """
    Pixel fire statistics for one time bucket, aggregated one way.

    Attributes:
        aggregation: How the stats are aggregated.
        data: The stats.
        start_time: Start of the time bucket.
    """

    aggregation: Annotated[
        AdsPixelStatsResultAggregation | None, Field(description="How the stats are aggregated.")
    ] = None
    data: Annotated[list[AdsPixelStats] | None, Field(description="The stats.")] = None
    start_time: Annotated[datetime | None, Field(description="Start of the time bucket.")] = None


class AdsPixelStatsResultAggregation(GraphEnum):
    """How pixel stats are aggregated."""

    browser_type = "browser_type"
    custom_data_field = "custom_data_field"
    device_os = "device_os"
    device_type = "device_type"
    event = "event"
    event_detection_method = "event_detection_method"
    event_processing_results = "event_processing_results"
    event_source = "event_source"
    event_total_counts = "event_total_counts"
    event_value_count = "event_value_count"
    had_pii = "had_pii"
    host = "host"
    match_keys = "match_keys"
    pixel_fire = "pixel_fire"
    url = "url"
    url_by_rule = "url_by_rule"


class AdsPixelStatsResultField(GraphEnum):
    """Fields of AdsPixelStatsResult to ask for with `fields=`."""

    aggregation = "aggregation"
    data = "data"
    start_time = "start_time"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
AdsPixelStatsResultAggregationLiteral = Literal[
    "browser_type",
    "custom_data_field",
    "device_os",
    "device_type",
    "event",
    "event_detection_method",
    "event_processing_results",
    "event_source",
    "event_total_counts",
    "event_value_count",
    "had_pii",
    "host",
    "match_keys",
    "pixel_fire",
    "url",
    "url_by_rule",
]
AdsPixelStatsResultFieldLiteral = Literal[
    "aggregation",
    "data",
    "start_time",
]
