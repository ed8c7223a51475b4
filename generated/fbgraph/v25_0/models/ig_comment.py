"""IGComment and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph.v25_0.models._refs import IGCommentFromUser, IGMedia, IGUser
from typing import Annotated
from pydantic import ConfigDict, Field
from datetime import datetime
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class IGComment(GraphModel):
    from_: Annotated[IGCommentFromUser | None, Field(alias="from")] = None
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
    """
    Fields of IGComment to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``from_`` is 'from'. Calls also take the value as a string.
    """

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


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
IGCommentFieldLiteral = Literal[
    "from",
    "hidden",
    "id",
    "legacy_instagram_comment_id",
    "like_count",
    "media",
    "parent_id",
    "text",
    "timestamp",
    "user",
    "username",
]
