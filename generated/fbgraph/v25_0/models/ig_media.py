"""IGMedia and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph.v25_0.models._refs import (
    IGMediaBoostEligibilityInfo,
    IGUser,
    IGVideoCopyrightCheckMatchesInformation,
)
from datetime import datetime
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict
from enum import StrEnum


class IGMedia(GraphModel):
    alt_text: str | None = None
    boost_eligibility_info: IGMediaBoostEligibilityInfo | None = None
    caption: str | None = None
    comments_count: int | None = None
    copyright_check_information: IGVideoCopyrightCheckMatchesInformation | None = None
    current_live_viewer_count: int | None = None
    has_poll: bool | None = None
    has_slider: bool | None = None
    id: str
    ig_id: str | None = None
    is_comment_enabled: bool | None = None
    is_shared_to_feed: bool | None = None
    legacy_instagram_media_id: str | None = None
    like_count: int | None = None
    media_product_type: str | None = None
    media_type: str | None = None
    media_url: str | None = None
    owner: IGUser | None = None
    permalink: str | None = None
    shortcode: str | None = None
    thumbnail_url: str | None = None
    timestamp: datetime | None = None
    username: str | None = None
    video_title: str | None = None
    view_count: int | None = None


class IGMediaField(GraphEnum):
    """Fields of IGMedia to ask for with `fields=`."""

    alt_text = "alt_text"
    boost_eligibility_info = "boost_eligibility_info"
    caption = "caption"
    comments_count = "comments_count"
    copyright_check_information = "copyright_check_information"
    current_live_viewer_count = "current_live_viewer_count"
    has_poll = "has_poll"
    has_slider = "has_slider"
    id = "id"
    ig_id = "ig_id"
    is_comment_enabled = "is_comment_enabled"
    is_shared_to_feed = "is_shared_to_feed"
    legacy_instagram_media_id = "legacy_instagram_media_id"
    like_count = "like_count"
    media_product_type = "media_product_type"
    media_type = "media_type"
    media_url = "media_url"
    owner = "owner"
    permalink = "permalink"
    shortcode = "shortcode"
    thumbnail_url = "thumbnail_url"
    timestamp = "timestamp"
    username = "username"
    video_title = "video_title"
    view_count = "view_count"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
IGMediaFieldLiteral = Literal[
    "alt_text",
    "boost_eligibility_info",
    "caption",
    "comments_count",
    "copyright_check_information",
    "current_live_viewer_count",
    "has_poll",
    "has_slider",
    "id",
    "ig_id",
    "is_comment_enabled",
    "is_shared_to_feed",
    "legacy_instagram_media_id",
    "like_count",
    "media_product_type",
    "media_type",
    "media_url",
    "owner",
    "permalink",
    "shortcode",
    "thumbnail_url",
    "timestamp",
    "username",
    "video_title",
    "view_count",
]
