"""ProductSetMetadata and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class ProductSetMetadata(GraphModel):
    cover_image_url: str | None = None
    description: str | None = None
    external_url: str | None = None
    integrity_review_status: str | None = None


class ProductSetMetadataField(GraphEnum):
    """Fields of ProductSetMetadata to ask for with `fields=`."""

    cover_image_url = "cover_image_url"
    description = "description"
    external_url = "external_url"
    integrity_review_status = "integrity_review_status"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
ProductSetMetadataFieldLiteral = Literal[
    "cover_image_url",
    "description",
    "external_url",
    "integrity_review_status",
]
