"""TargetingProductAudienceSubSpec and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class TargetingProductAudienceSubSpec(GraphModel):
    min_retention_seconds: str | None = None
    retention_seconds: str | None = None
    rule: str | None = None


class TargetingProductAudienceSubSpecField(GraphEnum):
    """Fields of TargetingProductAudienceSubSpec to ask for with `fields=`."""

    min_retention_seconds = "min_retention_seconds"
    retention_seconds = "retention_seconds"
    rule = "rule"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
TargetingProductAudienceSubSpecFieldLiteral = Literal[
    "min_retention_seconds",
    "retention_seconds",
    "rule",
]
