"""BusinessPartnerPremiumOptions and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from typing import Any
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class BusinessPartnerPremiumOptions(GraphModel):
    enable_basket_insight: bool | None = None
    enable_extended_audience_retargeting: bool | None = None
    retailer_custom_audience_config: dict[str, Any] | None = None


class BusinessPartnerPremiumOptionsField(GraphEnum):
    """Fields of BusinessPartnerPremiumOptions to ask for with `fields=`."""

    enable_basket_insight = "enable_basket_insight"
    enable_extended_audience_retargeting = "enable_extended_audience_retargeting"
    retailer_custom_audience_config = "retailer_custom_audience_config"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
BusinessPartnerPremiumOptionsFieldLiteral = Literal[
    "enable_basket_insight",
    "enable_extended_audience_retargeting",
    "retailer_custom_audience_config",
]
