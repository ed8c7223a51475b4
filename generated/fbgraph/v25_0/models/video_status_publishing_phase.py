"""VideoStatusPublishingPhase and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph.v25_0.models._refs import VideoStatusError
from datetime import datetime
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict
from enum import StrEnum


class VideoStatusPublishingPhase(GraphModel):
    errors: list[VideoStatusError] | None = None
    publish_status: str | None = None
    publish_time: datetime | None = None
    status: str | None = None


class VideoStatusPublishingPhaseField(GraphEnum):
    """Fields of VideoStatusPublishingPhase to ask for with `fields=`."""

    errors = "errors"
    publish_status = "publish_status"
    publish_time = "publish_time"
    status = "status"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
VideoStatusPublishingPhaseFieldLiteral = Literal[
    "errors",
    "publish_status",
    "publish_time",
    "status",
]
