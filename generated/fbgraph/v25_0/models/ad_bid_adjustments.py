"""AdBidAdjustments and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from typing import Any
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class AdBidAdjustments(GraphModel):
    age_range: dict[str, float] | None = None
    page_types: dict[str, Any] | None = None
    user_groups: str | None = None


class AdBidAdjustmentsField(GraphEnum):
    """Fields of AdBidAdjustments to ask for with `fields=`."""

    age_range = "age_range"
    page_types = "page_types"
    user_groups = "user_groups"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
AdBidAdjustmentsFieldLiteral = Literal[
    "age_range",
    "page_types",
    "user_groups",
]
