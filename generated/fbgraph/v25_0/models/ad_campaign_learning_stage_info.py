"""AdCampaignLearningStageInfo and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from typing import Any
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class AdCampaignLearningStageInfo(GraphModel):
    attribution_windows: list[str] | None = None
    cas_segment: str | None = None
    conversions: int | None = None
    current_budget_prediction: dict[str, Any] | None = None
    dynamic_lp_conversions_threshold: int | None = None
    dynamic_lp_days_threshold: int | None = None
    dynamic_lp_status: str | None = None
    is_one_to_one_cbo_budget: bool | None = None
    last_sig_edit_ts: int | None = None
    recommended_budget_prediction: dict[str, Any] | None = None
    sigedit_removal: bool | None = None
    status: str | None = None


class AdCampaignLearningStageInfoField(GraphEnum):
    """Fields of AdCampaignLearningStageInfo to ask for with `fields=`."""

    attribution_windows = "attribution_windows"
    cas_segment = "cas_segment"
    conversions = "conversions"
    current_budget_prediction = "current_budget_prediction"
    dynamic_lp_conversions_threshold = "dynamic_lp_conversions_threshold"
    dynamic_lp_days_threshold = "dynamic_lp_days_threshold"
    dynamic_lp_status = "dynamic_lp_status"
    is_one_to_one_cbo_budget = "is_one_to_one_cbo_budget"
    last_sig_edit_ts = "last_sig_edit_ts"
    recommended_budget_prediction = "recommended_budget_prediction"
    sigedit_removal = "sigedit_removal"
    status = "status"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
AdCampaignLearningStageInfoFieldLiteral = Literal[
    "attribution_windows",
    "cas_segment",
    "conversions",
    "current_budget_prediction",
    "dynamic_lp_conversions_threshold",
    "dynamic_lp_days_threshold",
    "dynamic_lp_status",
    "is_one_to_one_cbo_budget",
    "last_sig_edit_ts",
    "recommended_budget_prediction",
    "sigedit_removal",
    "status",
]
