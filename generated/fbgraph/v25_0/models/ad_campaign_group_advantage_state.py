"""AdCampaignGroupAdvantageState and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class AdCampaignGroupAdvantageState(GraphModel):
    advantage_audience_state: str | None = None
    advantage_budget_state: str | None = None
    advantage_placement_state: str | None = None
    advantage_state: str | None = None


class AdCampaignGroupAdvantageStateField(GraphEnum):
    """Fields of AdCampaignGroupAdvantageState to ask for with `fields=`."""

    advantage_audience_state = "advantage_audience_state"
    advantage_budget_state = "advantage_budget_state"
    advantage_placement_state = "advantage_placement_state"
    advantage_state = "advantage_state"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
AdCampaignGroupAdvantageStateFieldLiteral = Literal[
    "advantage_audience_state",
    "advantage_budget_state",
    "advantage_placement_state",
    "advantage_state",
]
