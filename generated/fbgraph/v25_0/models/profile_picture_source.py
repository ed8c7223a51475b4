"""ProfilePictureSource and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class ProfilePictureSource(GraphModel):
    bottom: int | None = None
    cache_key: str | None = None
    height: int | None = None
    is_silhouette: bool | None = None
    left: int | None = None
    right: int | None = None
    top: int | None = None
    url: str | None = None
    width: int | None = None


class ProfilePictureSourceField(GraphEnum):
    """Fields of ProfilePictureSource to ask for with `fields=`."""

    bottom = "bottom"
    cache_key = "cache_key"
    height = "height"
    is_silhouette = "is_silhouette"
    left = "left"
    right = "right"
    top = "top"
    url = "url"
    width = "width"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
ProfilePictureSourceFieldLiteral = Literal[
    "bottom",
    "cache_key",
    "height",
    "is_silhouette",
    "left",
    "right",
    "top",
    "url",
    "width",
]
