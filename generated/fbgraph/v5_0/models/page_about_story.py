"""PageAboutStory and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from typing import Any
from fbgraph.v5_0.models._refs import Photo
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict
from enum import StrEnum


class PageAboutStory(GraphModel):
    composed_text: list[dict[str, Any]] | None = None
    cover_photo: Photo | None = None
    entity_map: list[dict[str, Any]] | None = None
    id: str
    is_published: bool | None = None
    page_id: str | None = None
    title: str | None = None


class PageAboutStoryField(GraphEnum):
    """
    Fields of PageAboutStory to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``title_`` is 'title'. Calls also take the value as a string.
    """

    composed_text = "composed_text"
    cover_photo = "cover_photo"
    entity_map = "entity_map"
    id = "id"
    is_published = "is_published"
    page_id = "page_id"
    title_ = "title"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
PageAboutStoryFieldLiteral = Literal[
    "composed_text",
    "cover_photo",
    "entity_map",
    "id",
    "is_published",
    "page_id",
    "title",
]
