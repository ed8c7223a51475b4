"""VideoCopyrightSegment and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class VideoCopyrightSegment(GraphModel):
    duration_in_sec: float | None = None
    media_type: str | None = None
    start_time_in_sec: float | None = None


class VideoCopyrightSegmentField(GraphEnum):
    """Fields of VideoCopyrightSegment to ask for with `fields=`."""

    duration_in_sec = "duration_in_sec"
    media_type = "media_type"
    start_time_in_sec = "start_time_in_sec"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
VideoCopyrightSegmentFieldLiteral = Literal[
    "duration_in_sec",
    "media_type",
    "start_time_in_sec",
]
