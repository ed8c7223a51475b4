"""VideoCopyrightRule and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph.v25_0.models._refs import User, VideoCopyrightConditionGroup
from datetime import datetime
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict
from enum import StrEnum


class VideoCopyrightRule(GraphModel):
    condition_groups: list[VideoCopyrightConditionGroup] | None = None
    copyrights: list[str] | None = None
    created_date: datetime | None = None
    creator: User | None = None
    id: str
    is_in_migration: bool | None = None
    name: str | None = None


class VideoCopyrightRuleField(GraphEnum):
    """
    Fields of VideoCopyrightRule to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``name_`` is 'name'. Calls also take the value as a string.
    """

    condition_groups = "condition_groups"
    copyrights = "copyrights"
    created_date = "created_date"
    creator = "creator"
    id = "id"
    is_in_migration = "is_in_migration"
    name_ = "name"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
VideoCopyrightRuleFieldLiteral = Literal[
    "condition_groups",
    "copyrights",
    "created_date",
    "creator",
    "id",
    "is_in_migration",
    "name",
]
