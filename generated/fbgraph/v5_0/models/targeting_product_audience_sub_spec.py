"""TargetingProductAudienceSubSpec and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class TargetingProductAudienceSubSpec(GraphModel):
    retention_seconds: str | None = None
    rule: str | None = None


class TargetingProductAudienceSubSpecField(GraphEnum):
    """Fields of TargetingProductAudienceSubSpec to ask for with `fields=`."""

    retention_seconds = "retention_seconds"
    rule = "rule"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
TargetingProductAudienceSubSpecFieldLiteral = Literal[
    "retention_seconds",
    "rule",
]
