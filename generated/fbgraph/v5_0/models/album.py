"""Album and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from datetime import datetime
from fbgraph.v5_0.models._refs import Event, Photo, Place
from typing import Annotated, Any
from pydantic import ConfigDict, Field
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class Album(GraphModel):
    backdated_time: datetime | None = None
    backdated_time_granularity: str | None = None
    can_backdate: bool | None = None
    can_upload: bool | None = None
    count: int | None = None
    cover_photo: Photo | None = None
    created_time: datetime | None = None
    description: str | None = None
    edit_link: dict[str, Any] | None = None
    event: Event | None = None
    from_: Annotated[dict[str, Any] | None, Field(alias="from")] = None
    id: str
    is_user_facing: bool | None = None
    link: dict[str, Any] | None = None
    location: str | None = None
    modified_major: datetime | None = None
    name: str | None = None
    photo_count: int | None = None
    place: Place | None = None
    privacy: str | None = None
    type: str | None = None
    updated_time: datetime | None = None
    video_count: int | None = None


class AlbumField(GraphEnum):
    """
    Fields of Album to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``count_`` is 'count', ``from_`` is 'from', ``name_`` is 'name'. Calls also take the value as a string.
    """

    backdated_time = "backdated_time"
    backdated_time_granularity = "backdated_time_granularity"
    can_backdate = "can_backdate"
    can_upload = "can_upload"
    count_ = "count"
    cover_photo = "cover_photo"
    created_time = "created_time"
    description = "description"
    edit_link = "edit_link"
    event = "event"
    from_ = "from"
    id = "id"
    is_user_facing = "is_user_facing"
    link = "link"
    location = "location"
    modified_major = "modified_major"
    name_ = "name"
    photo_count = "photo_count"
    place = "place"
    privacy = "privacy"
    type = "type"
    updated_time = "updated_time"
    video_count = "video_count"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
AlbumFieldLiteral = Literal[
    "backdated_time",
    "backdated_time_granularity",
    "can_backdate",
    "can_upload",
    "count",
    "cover_photo",
    "created_time",
    "description",
    "edit_link",
    "event",
    "from",
    "id",
    "is_user_facing",
    "link",
    "location",
    "modified_major",
    "name",
    "photo_count",
    "place",
    "privacy",
    "type",
    "updated_time",
    "video_count",
]
