"""VideoStatusUploadingPhase and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph.v25_0.models._refs import VideoStatusError
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict
from enum import StrEnum


class VideoStatusUploadingPhase(GraphModel):
    bytes_transferred: int | None = None
    errors: list[VideoStatusError] | None = None
    source_file_size: int | None = None
    status: str | None = None


class VideoStatusUploadingPhaseField(GraphEnum):
    """Fields of VideoStatusUploadingPhase to ask for with `fields=`."""

    bytes_transferred = "bytes_transferred"
    errors = "errors"
    source_file_size = "source_file_size"
    status = "status"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
VideoStatusUploadingPhaseFieldLiteral = Literal[
    "bytes_transferred",
    "errors",
    "source_file_size",
    "status",
]
