"""IGMedia and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph.v5_0.models._refs import IGUser
from datetime import datetime
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict
from enum import StrEnum


class IGMedia(GraphModel):
    caption: str | None = None
    comments_count: int | None = None
    id: str
    ig_id: str | None = None
    is_comment_enabled: bool | None = None
    like_count: int | None = None
    media_type: str | None = None
    media_url: str | None = None
    owner: IGUser | None = None
    permalink: str | None = None
    shortcode: str | None = None
    thumbnail_url: str | None = None
    timestamp: datetime | None = None
    username: str | None = None


class IGMediaField(GraphEnum):
    """Fields of IGMedia to ask for with `fields=`."""

    caption = "caption"
    comments_count = "comments_count"
    id = "id"
    ig_id = "ig_id"
    is_comment_enabled = "is_comment_enabled"
    like_count = "like_count"
    media_type = "media_type"
    media_url = "media_url"
    owner = "owner"
    permalink = "permalink"
    shortcode = "shortcode"
    thumbnail_url = "thumbnail_url"
    timestamp = "timestamp"
    username = "username"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
IGMediaFieldLiteral = Literal[
    "caption",
    "comments_count",
    "id",
    "ig_id",
    "is_comment_enabled",
    "like_count",
    "media_type",
    "media_url",
    "owner",
    "permalink",
    "shortcode",
    "thumbnail_url",
    "timestamp",
    "username",
]
