"""AdAccountPromotableObjects and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class AdAccountPromotableObjects(GraphModel):
    promotable_app_ids: list[str] | None = None
    promotable_page_ids: list[str] | None = None
    promotable_urls: list[str] | None = None


class AdAccountPromotableObjectsField(GraphEnum):
    """Fields of AdAccountPromotableObjects to ask for with `fields=`."""

    promotable_app_ids = "promotable_app_ids"
    promotable_page_ids = "promotable_page_ids"
    promotable_urls = "promotable_urls"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
AdAccountPromotableObjectsFieldLiteral = Literal[
    "promotable_app_ids",
    "promotable_page_ids",
    "promotable_urls",
]
