"""IGComment and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph.v5_0.models._refs import IGMedia, IGUser
from datetime import datetime
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict
from enum import StrEnum


class IGComment(GraphModel):
    hidden: bool | None = None
    id: str
    like_count: int | None = None
    media: IGMedia | None = None
    text: str | None = None
    timestamp: datetime | None = None
    user: IGUser | None = None
    username: str | None = None


class IGCommentField(GraphEnum):
    """Fields of IGComment to ask for with `fields=`."""

    hidden = "hidden"
    id = "id"
    like_count = "like_count"
    media = "media"
    text = "text"
    timestamp = "timestamp"
    user = "user"
    username = "username"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
IGCommentFieldLiteral = Literal[
    "hidden",
    "id",
    "like_count",
    "media",
    "text",
    "timestamp",
    "user",
    "username",
]
