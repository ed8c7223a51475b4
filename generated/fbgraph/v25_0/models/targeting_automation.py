"""TargetingAutomation and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from typing import Any
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class TargetingAutomation(GraphModel):
    advantage_audience: int | None = None
    creative_audience_pairing: int | None = None
    individual_setting: dict[str, Any] | None = None
    shared_audiences: int | None = None
    value_expression: int | None = None


class TargetingAutomationField(GraphEnum):
    """Fields of TargetingAutomation to ask for with `fields=`."""

    advantage_audience = "advantage_audience"
    creative_audience_pairing = "creative_audience_pairing"
    individual_setting = "individual_setting"
    shared_audiences = "shared_audiences"
    value_expression = "value_expression"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
TargetingAutomationFieldLiteral = Literal[
    "advantage_audience",
    "creative_audience_pairing",
    "individual_setting",
    "shared_audiences",
    "value_expression",
]
