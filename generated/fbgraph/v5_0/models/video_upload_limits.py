"""VideoUploadLimits and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class VideoUploadLimits(GraphModel):
    length: int | None = None
    size: int | None = None


class VideoUploadLimitsField(GraphEnum):
    """Fields of VideoUploadLimits to ask for with `fields=`."""

    length = "length"
    size = "size"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
VideoUploadLimitsFieldLiteral = Literal[
    "length",
    "size",
]
