"""ReachFrequencySpec and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from typing import Any
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class ReachFrequencySpec(GraphModel):
    countries: list[str] | None = None
    default_creation_data: dict[str, Any] | None = None
    global_io_max_campaign_duration: int | None = None
    max_campaign_duration: dict[str, Any] | None = None
    max_days_to_finish: dict[str, Any] | None = None
    max_pause_without_prediction_rerun: dict[str, Any] | None = None
    min_campaign_duration: dict[str, Any] | None = None
    min_reach_limits: dict[str, Any] | None = None


class ReachFrequencySpecField(GraphEnum):
    """Fields of ReachFrequencySpec to ask for with `fields=`."""

    countries = "countries"
    default_creation_data = "default_creation_data"
    global_io_max_campaign_duration = "global_io_max_campaign_duration"
    max_campaign_duration = "max_campaign_duration"
    max_days_to_finish = "max_days_to_finish"
    max_pause_without_prediction_rerun = "max_pause_without_prediction_rerun"
    min_campaign_duration = "min_campaign_duration"
    min_reach_limits = "min_reach_limits"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
ReachFrequencySpecFieldLiteral = Literal[
    "countries",
    "default_creation_data",
    "global_io_max_campaign_duration",
    "max_campaign_duration",
    "max_days_to_finish",
    "max_pause_without_prediction_rerun",
    "min_campaign_duration",
    "min_reach_limits",
]
