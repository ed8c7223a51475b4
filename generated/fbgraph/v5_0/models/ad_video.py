"""AdVideo and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from datetime import datetime
from fbgraph.v5_0.models._refs import Event, MusicVideoCopyright, Place, Privacy, VideoCopyright
from typing import Annotated, Any
from pydantic import ConfigDict, Field
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class AdVideo(GraphModel):
    ad_breaks: list[int] | None = None
    backdated_time: datetime | None = None
    backdated_time_granularity: str | None = None
    content_category: str | None = None
    content_tags: list[str] | None = None
    copyright: VideoCopyright | None = None
    copyright_monitoring_status: str | None = None
    created_time: datetime | None = None
    custom_labels: list[str] | None = None
    description: str | None = None
    embed_html: str | None = None
    embeddable: bool | None = None
    event: Event | None = None
    expiration: dict[str, Any] | None = None
    format: list[dict[str, Any]] | None = None
    from_: Annotated[dict[str, Any] | None, Field(alias="from")] = None
    icon: str | None = None
    id: str
    is_crosspost_video: bool | None = None
    is_crossposting_eligible: bool | None = None
    is_episode: bool | None = None
    is_instagram_eligible: bool | None = None
    is_reference_only: bool | None = None
    length: float | None = None
    live_audience_count: int | None = None
    live_status: str | None = None
    music_video_copyright: MusicVideoCopyright | None = None
    permalink_url: str | None = None
    picture: str | None = None
    place: Place | None = None
    premiere_living_room_status: str | None = None
    privacy: Privacy | None = None
    published: bool | None = None
    scheduled_publish_time: datetime | None = None
    source: str | None = None
    spherical: bool | None = None
    status: dict[str, Any] | None = None
    title: str | None = None
    universal_video_id: str | None = None
    updated_time: datetime | None = None


class AdVideoField(GraphEnum):
    """
    Fields of AdVideo to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``format_`` is 'format', ``from_`` is 'from', ``title_`` is 'title'. Calls also take the value as a string.
    """

    ad_breaks = "ad_breaks"
    backdated_time = "backdated_time"
    backdated_time_granularity = "backdated_time_granularity"
    content_category = "content_category"
    content_tags = "content_tags"
    copyright = "copyright"
    copyright_monitoring_status = "copyright_monitoring_status"
    created_time = "created_time"
    custom_labels = "custom_labels"
    description = "description"
    embed_html = "embed_html"
    embeddable = "embeddable"
    event = "event"
    expiration = "expiration"
    format_ = "format"
    from_ = "from"
    icon = "icon"
    id = "id"
    is_crosspost_video = "is_crosspost_video"
    is_crossposting_eligible = "is_crossposting_eligible"
    is_episode = "is_episode"
    is_instagram_eligible = "is_instagram_eligible"
    is_reference_only = "is_reference_only"
    length = "length"
    live_audience_count = "live_audience_count"
    live_status = "live_status"
    music_video_copyright = "music_video_copyright"
    permalink_url = "permalink_url"
    picture = "picture"
    place = "place"
    premiere_living_room_status = "premiere_living_room_status"
    privacy = "privacy"
    published = "published"
    scheduled_publish_time = "scheduled_publish_time"
    source = "source"
    spherical = "spherical"
    status = "status"
    title_ = "title"
    universal_video_id = "universal_video_id"
    updated_time = "updated_time"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
AdVideoFieldLiteral = Literal[
    "ad_breaks",
    "backdated_time",
    "backdated_time_granularity",
    "content_category",
    "content_tags",
    "copyright",
    "copyright_monitoring_status",
    "created_time",
    "custom_labels",
    "description",
    "embed_html",
    "embeddable",
    "event",
    "expiration",
    "format",
    "from",
    "icon",
    "id",
    "is_crosspost_video",
    "is_crossposting_eligible",
    "is_episode",
    "is_instagram_eligible",
    "is_reference_only",
    "length",
    "live_audience_count",
    "live_status",
    "music_video_copyright",
    "permalink_url",
    "picture",
    "place",
    "premiere_living_room_status",
    "privacy",
    "published",
    "scheduled_publish_time",
    "source",
    "spherical",
    "status",
    "title",
    "universal_video_id",
    "updated_time",
]
