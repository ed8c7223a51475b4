"""Privacy and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
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
    """Fields of Privacy to ask for with `fields=`."""

    allow = "allow"
    deny = "deny"
    description = "description"
    friends = "friends"
    networks = "networks"
    value_ = "value"
