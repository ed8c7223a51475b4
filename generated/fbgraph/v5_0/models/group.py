"""Group and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph.v5_0.models._refs import CoverPhoto, Location
from datetime import datetime
from typing import Any
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict
from enum import StrEnum


class Group(GraphModel):
    archived: bool | None = None
    cover: CoverPhoto | None = None
    created_time: datetime | None = None
    description: str | None = None
    email: str | None = None
    icon: str | None = None
    id: str
    link: str | None = None
    member_count: int | None = None
    member_request_count: int | None = None
    name: str | None = None
    owner: dict[str, Any] | None = None
    parent: dict[str, Any] | None = None
    permissions: list[str] | None = None
    privacy: str | None = None
    purpose: str | None = None
    subdomain: str | None = None
    updated_time: datetime | None = None
    venue: Location | None = None


class GroupField(GraphEnum):
    """
    Fields of Group to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``name_`` is 'name'. Calls also take the value as a string.
    """

    archived = "archived"
    cover = "cover"
    created_time = "created_time"
    description = "description"
    email = "email"
    icon = "icon"
    id = "id"
    link = "link"
    member_count = "member_count"
    member_request_count = "member_request_count"
    name_ = "name"
    owner = "owner"
    parent = "parent"
    permissions = "permissions"
    privacy = "privacy"
    purpose = "purpose"
    subdomain = "subdomain"
    updated_time = "updated_time"
    venue = "venue"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
GroupFieldLiteral = Literal[
    "archived",
    "cover",
    "created_time",
    "description",
    "email",
    "icon",
    "id",
    "link",
    "member_count",
    "member_request_count",
    "name",
    "owner",
    "parent",
    "permissions",
    "privacy",
    "purpose",
    "subdomain",
    "updated_time",
    "venue",
]
