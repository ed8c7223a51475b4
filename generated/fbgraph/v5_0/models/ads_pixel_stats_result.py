"""AdsPixelStatsResult and the types that belong to it (Graph API v5.0).

Pixel fire statistics for one time bucket, aggregated one way.

Fields: documented. Source: Meta's facebook-business Python SDK 5.0.3, generated for API v5.0 (adobjects/adspixel.py and the classes it returns).
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from enum import StrEnum
from fbgraph.v5_0.models._refs import AdsPixelStats
from datetime import datetime
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict


class AdsPixelStatsResult(GraphModel):
    """Pixel fire statistics for one time bucket, aggregated one way."""

    aggregation: AdsPixelStatsResultAggregation | None = None
    """How the stats are aggregated."""
    data: list[AdsPixelStats] | None = None
    """The stats."""
    start_time: datetime | None = None
    """Start of the time bucket."""


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
