"""IGCommentFromUser and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class IGCommentFromUser(GraphModel):
    id: str
    self_ig_scoped_id: str | None = None
    username: str | None = None


class IGCommentFromUserField(GraphEnum):
    """Fields of IGCommentFromUser to ask for with `fields=`."""

    id = "id"
    self_ig_scoped_id = "self_ig_scoped_id"
    username = "username"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
IGCommentFromUserFieldLiteral = Literal[
    "id",
    "self_ig_scoped_id",
    "username",
]
