"""BusinessManagedPartnerEligibility and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class BusinessManagedPartnerEligibility(GraphModel):
    is_eligible: bool | None = None
    reason_code: str | None = None
    reason_description: str | None = None


class BusinessManagedPartnerEligibilityField(GraphEnum):
    """Fields of BusinessManagedPartnerEligibility to ask for with `fields=`."""

    is_eligible = "is_eligible"
    reason_code = "reason_code"
    reason_description = "reason_description"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
BusinessManagedPartnerEligibilityFieldLiteral = Literal[
    "is_eligible",
    "reason_code",
    "reason_description",
]
