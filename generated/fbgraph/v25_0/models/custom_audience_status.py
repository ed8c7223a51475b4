"""CustomAudienceStatus and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class CustomAudienceStatus(GraphModel):
    code: int | None = None
    description: str | None = None


class CustomAudienceStatusField(GraphEnum):
    """Fields of CustomAudienceStatus to ask for with `fields=`."""

    code = "code"
    description = "description"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
CustomAudienceStatusFieldLiteral = Literal[
    "code",
    "description",
]
