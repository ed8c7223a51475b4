"""VideoStatus and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph.v25_0.models._refs import (
    VideoCopyrightCheckStatus,
    VideoStatusProcessingPhase,
    VideoStatusPublishingPhase,
    VideoStatusUploadingPhase,
)
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict
from enum import StrEnum


class VideoStatus(GraphModel):
    copyright_check_status: VideoCopyrightCheckStatus | None = None
    processing_phase: VideoStatusProcessingPhase | None = None
    processing_progress: int | None = None
    publishing_phase: VideoStatusPublishingPhase | None = None
    uploading_phase: VideoStatusUploadingPhase | None = None
    video_status: str | None = None


class VideoStatusField(GraphEnum):
    """Fields of VideoStatus to ask for with `fields=`."""

    copyright_check_status = "copyright_check_status"
    processing_phase = "processing_phase"
    processing_progress = "processing_progress"
    publishing_phase = "publishing_phase"
    uploading_phase = "uploading_phase"
    video_status = "video_status"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
VideoStatusFieldLiteral = Literal[
    "copyright_check_status",
    "processing_phase",
    "processing_progress",
    "publishing_phase",
    "uploading_phase",
    "video_status",
]
