"""IGMediaBoostEligibilityInfo and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class IGMediaBoostEligibilityInfo(GraphModel):
    id: str
    boost_ineligible_reason: str | None = None
    eligible_to_boost: bool | None = None


class IGMediaBoostEligibilityInfoField(GraphEnum):
    """Fields of IGMediaBoostEligibilityInfo to ask for with `fields=`."""

    id = "id"
    boost_ineligible_reason = "boost_ineligible_reason"
    eligible_to_boost = "eligible_to_boost"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
IGMediaBoostEligibilityInfoFieldLiteral = Literal[
    "id",
    "boost_ineligible_reason",
    "eligible_to_boost",
]
