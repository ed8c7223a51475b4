"""IGComment and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from fbgraph.v25_0.models._refs import IGCommentFromUser, IGMedia, IGUser
from pydantic import ConfigDict, Field
from datetime import datetime
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class IGComment(GraphModel):
    from_: IGCommentFromUser | None = Field(None, alias="from")
    hidden: bool | None = None
    id: str
    legacy_instagram_comment_id: str | None = None
    like_count: int | None = None
    media: IGMedia | None = None
    parent_id: str | None = None
    text: str | None = None
    timestamp: datetime | None = None
    user: IGUser | None = None
    username: str | None = None


class IGCommentField(GraphEnum):
    """Fields of IGComment to ask for with `fields=`."""

    from_ = "from"
    hidden = "hidden"
    id = "id"
    legacy_instagram_comment_id = "legacy_instagram_comment_id"
    like_count = "like_count"
    media = "media"
    parent_id = "parent_id"
    text = "text"
    timestamp = "timestamp"
    user = "user"
    username = "username"
