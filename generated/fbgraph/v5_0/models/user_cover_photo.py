"""UserCoverPhoto and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class UserCoverPhoto(GraphModel):
    offset_x: float | None = None
    offset_y: float | None = None
    source: str | None = None


class UserCoverPhotoField(GraphEnum):
    """Fields of UserCoverPhoto to ask for with `fields=`."""

    offset_x = "offset_x"
    offset_y = "offset_y"
    source = "source"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
UserCoverPhotoFieldLiteral = Literal[
    "offset_x",
    "offset_y",
    "source",
]
