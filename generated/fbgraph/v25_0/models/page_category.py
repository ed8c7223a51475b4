"""PageCategory and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class PageCategory(GraphModel):
    api_enum: str | None = None
    fb_page_categories: list[PageCategory] | None = None
    id: str
    name: str | None = None


class PageCategoryField(GraphEnum):
    """Fields of PageCategory to ask for with `fields=`."""

    api_enum = "api_enum"
    fb_page_categories = "fb_page_categories"
    id = "id"
    name_ = "name"
