"""Privacy and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class Privacy(GraphModel):
    allow: str | None = None
    deny: str | None = None
    description: str | None = None
    friends: str | None = None
    networks: str | None = None
    value: str | None = None


class PrivacyField(GraphEnum):
    """
    Fields of Privacy to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``value_`` is 'value'. Calls also take the value as a string.
    """

    allow = "allow"
    deny = "deny"
    description = "description"
    friends = "friends"
    networks = "networks"
    value_ = "value"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
PrivacyFieldLiteral = Literal[
    "allow",
    "deny",
    "description",
    "friends",
    "networks",
    "value",
]
