"""AdCampaignFrequencyControlSpecs and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class AdCampaignFrequencyControlSpecs(GraphModel):
    event: str | None = None
    interval_days: int | None = None
    max_frequency: int | None = None


class AdCampaignFrequencyControlSpecsField(GraphEnum):
    """Fields of AdCampaignFrequencyControlSpecs to ask for with `fields=`."""

    event = "event"
    interval_days = "interval_days"
    max_frequency = "max_frequency"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
AdCampaignFrequencyControlSpecsFieldLiteral = Literal[
    "event",
    "interval_days",
    "max_frequency",
]
