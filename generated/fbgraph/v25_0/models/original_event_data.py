"""OriginalEventData and the types that belong to it (Graph API v25.0).

The earlier event a delayed event belongs to.

Fields: documented. Source: Conversions API reference, Original Event Data Parameters.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from fbgraph._runtime.request_models import RequestModel
from enum import StrEnum


class OriginalEventData(RequestModel):
    """The earlier event a delayed event belongs to."""

    event_name: str | None = None
    """The name of the original event."""
    event_time: int | None = None
    """The Unix time of the original event."""


class OriginalEventDataField(GraphEnum):
    """Fields of OriginalEventData to ask for with `fields=`."""

    event_name = "event_name"
    event_time = "event_time"
