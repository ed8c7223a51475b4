"""Photo and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from fbgraph.v5_0.models._refs import (
    Album,
    EntityAtTextRange,
    Event,
    Place,
    PlatformImageSource,
    Profile,
)
from datetime import datetime
from typing import Any
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
    from_: dict[str, Any] | None = Field(None, alias="from")
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
    """Fields of Photo to ask for with `fields=`."""

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
