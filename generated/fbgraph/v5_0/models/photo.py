"""Photo and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph.v5_0.models._refs import (
    Album,
    EntityAtTextRange,
    Event,
    Place,
    PlatformImageSource,
    Profile,
)
from datetime import datetime
from typing import Annotated, Any
from pydantic import ConfigDict, Field
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class Photo(GraphModel):
    album: Album | None = None
    alt_text: str | None = None
    alt_text_custom: str | None = None
    backdated_time: datetime | None = None
    backdated_time_granularity: str | None = None
    can_backdate: bool | None = None
    can_delete: bool | None = None
    can_tag: bool | None = None
    created_time: datetime | None = None
    event: Event | None = None
    from_: Annotated[dict[str, Any] | None, Field(alias="from")] = None
    height: int | None = None
    icon: str | None = None
    id: str
    images: list[PlatformImageSource] | None = None
    link: str | None = None
    name: str | None = None
    name_tags: list[EntityAtTextRange] | None = None
    page_story_id: str | None = None
    picture: str | None = None
    place: Place | None = None
    position: int | None = None
    source: str | None = None
    target: Profile | None = None
    updated_time: datetime | None = None
    webp_images: list[PlatformImageSource] | None = None
    width: int | None = None


class PhotoField(GraphEnum):
    """
    Fields of Photo to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``from_`` is 'from', ``name_`` is 'name'. Calls also take the value as a string.
    """

    album = "album"
    alt_text = "alt_text"
    alt_text_custom = "alt_text_custom"
    backdated_time = "backdated_time"
    backdated_time_granularity = "backdated_time_granularity"
    can_backdate = "can_backdate"
    can_delete = "can_delete"
    can_tag = "can_tag"
    created_time = "created_time"
    event = "event"
    from_ = "from"
    height = "height"
    icon = "icon"
    id = "id"
    images = "images"
    link = "link"
    name_ = "name"
    name_tags = "name_tags"
    page_story_id = "page_story_id"
    picture = "picture"
    place = "place"
    position = "position"
    source = "source"
    target = "target"
    updated_time = "updated_time"
    webp_images = "webp_images"
    width = "width"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
PhotoFieldLiteral = Literal[
    "album",
    "alt_text",
    "alt_text_custom",
    "backdated_time",
    "backdated_time_granularity",
    "can_backdate",
    "can_delete",
    "can_tag",
    "created_time",
    "event",
    "from",
    "height",
    "icon",
    "id",
    "images",
    "link",
    "name",
    "name_tags",
    "page_story_id",
    "picture",
    "place",
    "position",
    "source",
    "target",
    "updated_time",
    "webp_images",
    "width",
]
