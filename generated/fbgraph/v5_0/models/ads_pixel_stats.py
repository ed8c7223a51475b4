"""AdsPixelStats and the types that belong to it (Graph API v5.0).

One value of pixel fire statistics.

Fields: documented. Source: Meta's facebook-business Python SDK 5.0.3, generated for API v5.0 (adobjects/adspixel.py and the classes it returns).
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from typing import Annotated
from pydantic import Field
from datetime import datetime
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class AdsPixelStats(GraphModel):
    """
    One value of pixel fire statistics.

    Attributes:
        count: Number of fires.
        diagnostics_hourly_last_timestamp: Last time diagnostics were computed for the hour.
        event: The event.
        value: The value the stats are aggregated by.
    """

    count: Annotated[int | None, Field(description="Number of fires.")] = None
    diagnostics_hourly_last_timestamp: Annotated[
        datetime | None, Field(description="Last time diagnostics were computed for the hour.")
    ] = None
    event: Annotated[str | None, Field(description="The event.")] = None
    value: Annotated[str | None, Field(description="The value the stats are aggregated by.")] = None


class AdsPixelStatsField(GraphEnum):
    """
    Fields of AdsPixelStats to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``count_`` is 'count', ``value_`` is 'value'. Calls also take the value as a string.
    """

    count_ = "count"
    diagnostics_hourly_last_timestamp = "diagnostics_hourly_last_timestamp"
    event = "event"
    value_ = "value"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
AdsPixelStatsFieldLiteral = Literal[
    "count",
    "diagnostics_hourly_last_timestamp",
    "event",
    "value",
]
