"""CoverPhoto and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class CoverPhoto(GraphModel):
    cover_id: str | None = None
    id: str
    offset_x: float | None = None
    offset_y: float | None = None
    source: str | None = None


class CoverPhotoField(GraphEnum):
    """Fields of CoverPhoto to ask for with `fields=`."""

    cover_id = "cover_id"
    id = "id"
    offset_x = "offset_x"
    offset_y = "offset_y"
    source = "source"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
CoverPhotoFieldLiteral = Literal[
    "cover_id",
    "id",
    "offset_x",
    "offset_y",
    "source",
]
