"""CustomAudienceSharingStatus and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class CustomAudienceSharingStatus(GraphModel):
    sharing_relationship_id: int | None = None
    status: str | None = None


class CustomAudienceSharingStatusField(GraphEnum):
    """Fields of CustomAudienceSharingStatus to ask for with `fields=`."""

    sharing_relationship_id = "sharing_relationship_id"
    status = "status"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
CustomAudienceSharingStatusFieldLiteral = Literal[
    "sharing_relationship_id",
    "status",
]
