"""EntityAtTextRange and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from enum import StrEnum
from fbgraph.v5_0.models._refs import Profile
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict


class EntityAtTextRange(GraphModel):
    id: str
    length: int | None = None
    name: str | None = None
    object: Profile | None = None
    offset: int | None = None
    type: EntityAtTextRangeType | None = None


class EntityAtTextRangeField(GraphEnum):
    """
    Fields of EntityAtTextRange to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``name_`` is 'name'. Calls also take the value as a string.
    """

    id = "id"
    length = "length"
    name_ = "name"
    object = "object"
    offset = "offset"
    type = "type"


class EntityAtTextRangeType(GraphEnum):
    application = "application"
    event = "event"
    group = "group"
    page = "page"
    user = "user"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
EntityAtTextRangeTypeLiteral = Literal[
    "application",
    "event",
    "group",
    "page",
    "user",
]
EntityAtTextRangeFieldLiteral = Literal[
    "id",
    "length",
    "name",
    "object",
    "offset",
    "type",
]
