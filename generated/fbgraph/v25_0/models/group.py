"""Group and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph.v25_0.models._refs import CoverPhoto, Location
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
    install: dict[str, Any] | None = None
    link: str | None = None
    member_count: int | None = None
    member_request_count: int | None = None
    name: str | None = None
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
    install = "install"
    link = "link"
    member_count = "member_count"
    member_request_count = "member_request_count"
    name_ = "name"
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
    "install",
    "link",
    "member_count",
    "member_request_count",
    "name",
    "parent",
    "permissions",
    "privacy",
    "purpose",
    "subdomain",
    "updated_time",
    "venue",
]
