"""AdsPixelStats and the types that belong to it (Graph API v5.0).

One value of pixel fire statistics.

Fields: documented. Source: Meta's facebook-business Python SDK 5.0.3, generated for API v5.0 (adobjects/adspixel.py and the classes it returns).
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from datetime import datetime
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class AdsPixelStats(GraphModel):
    """One value of pixel fire statistics."""

    count: int | None = None
    """Number of fires."""
    diagnostics_hourly_last_timestamp: datetime | None = None
    """Last time diagnostics were computed for the hour."""
    event: str | None = None
    """The event."""
    value: str | None = None
    """The value the stats are aggregated by."""


class AdsPixelStatsField(GraphEnum):
    """Fields of AdsPixelStats to ask for with `fields=`."""

    count_ = "count"
    diagnostics_hourly_last_timestamp = "diagnostics_hourly_last_timestamp"
    event = "event"
    value_ = "value"
