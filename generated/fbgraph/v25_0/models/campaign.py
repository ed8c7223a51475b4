"""Campaign and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from enum import StrEnum
from fbgraph.v25_0.models._refs import (
    AdCampaignGroupAdvantageState,
    AdCampaignIssuesInfo,
    AdLabel,
    AdPromotedObject,
    AdRecommendation,
    AdStudy,
)
from datetime import datetime
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict


class Campaign(GraphModel):
    account_id: str | None = None
    adlabels: list[AdLabel] | None = None
    advantage_state_info: AdCampaignGroupAdvantageState | None = None
    bid_strategy: CampaignBidStrategy | None = None
    boosted_object_id: str | None = None
    brand_lift_studies: list[AdStudy] | None = None
    budget_rebalance_flag: bool | None = None
    budget_remaining: str | None = None
    buying_type: str | None = None
    campaign_group_active_time: str | None = None
    can_create_brand_lift_study: bool | None = None
    can_use_spend_cap: bool | None = None
    configured_status: CampaignConfiguredStatus | None = None
    created_time: datetime | None = None
    daily_budget: str | None = None
    effective_status: CampaignEffectiveStatus | None = None
    has_secondary_skadnetwork_reporting: bool | None = None
    id: str
    is_adset_budget_sharing_enabled: bool | None = None
    is_budget_schedule_enabled: bool | None = None
    is_direct_send_campaign: bool | None = None
    is_message_campaign: bool | None = None
    is_skadnetwork_attribution: bool | None = None
    issues_info: list[AdCampaignIssuesInfo] | None = None
    last_budget_toggling_time: datetime | None = None
    lifetime_budget: str | None = None
    name: str | None = None
    objective: str | None = None
    pacing_type: list[str] | None = None
    primary_attribution: str | None = None
    promoted_object: AdPromotedObject | None = None
    recommendations: list[AdRecommendation] | None = None
    smart_promotion_type: str | None = None
    source_campaign: Campaign | None = None
    source_campaign_id: str | None = None
    source_recommendation_type: str | None = None
    special_ad_categories: list[str] | None = None
    special_ad_category: str | None = None
    special_ad_category_country: list[str] | None = None
    spend_cap: str | None = None
    start_time: datetime | None = None
    status: CampaignStatus | None = None
    stop_time: datetime | None = None
    topline_id: str | None = None
    updated_time: datetime | None = None


class CampaignBidStrategy(GraphEnum):
    COST_CAP = "COST_CAP"
    LOWEST_COST_WITHOUT_CAP = "LOWEST_COST_WITHOUT_CAP"
    LOWEST_COST_WITH_BID_CAP = "LOWEST_COST_WITH_BID_CAP"
    LOWEST_COST_WITH_MIN_ROAS = "LOWEST_COST_WITH_MIN_ROAS"


class CampaignConfiguredStatus(GraphEnum):
    ACTIVE = "ACTIVE"
    ARCHIVED = "ARCHIVED"
    DELETED = "DELETED"
    PAUSED = "PAUSED"


class CampaignEffectiveStatus(GraphEnum):
    ACTIVE = "ACTIVE"
    ARCHIVED = "ARCHIVED"
    DELETED = "DELETED"
    IN_PROCESS = "IN_PROCESS"
    PAUSED = "PAUSED"
    WITH_ISSUES = "WITH_ISSUES"


class CampaignField(GraphEnum):
    """
    Fields of Campaign to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``name_`` is 'name'. Calls also take the value as a string.
    """

    account_id = "account_id"
    adlabels = "adlabels"
    advantage_state_info = "advantage_state_info"
    bid_strategy = "bid_strategy"
    boosted_object_id = "boosted_object_id"
    brand_lift_studies = "brand_lift_studies"
    budget_rebalance_flag = "budget_rebalance_flag"
    budget_remaining = "budget_remaining"
    buying_type = "buying_type"
    campaign_group_active_time = "campaign_group_active_time"
    can_create_brand_lift_study = "can_create_brand_lift_study"
    can_use_spend_cap = "can_use_spend_cap"
    configured_status = "configured_status"
    created_time = "created_time"
    daily_budget = "daily_budget"
    effective_status = "effective_status"
    has_secondary_skadnetwork_reporting = "has_secondary_skadnetwork_reporting"
    id = "id"
    is_adset_budget_sharing_enabled = "is_adset_budget_sharing_enabled"
    is_budget_schedule_enabled = "is_budget_schedule_enabled"
    is_direct_send_campaign = "is_direct_send_campaign"
    is_message_campaign = "is_message_campaign"
    is_skadnetwork_attribution = "is_skadnetwork_attribution"
    issues_info = "issues_info"
    last_budget_toggling_time = "last_budget_toggling_time"
    lifetime_budget = "lifetime_budget"
    name_ = "name"
    objective = "objective"
    pacing_type = "pacing_type"
    primary_attribution = "primary_attribution"
    promoted_object = "promoted_object"
    recommendations = "recommendations"
    smart_promotion_type = "smart_promotion_type"
    source_campaign = "source_campaign"
    source_campaign_id = "source_campaign_id"
    source_recommendation_type = "source_recommendation_type"
    special_ad_categories = "special_ad_categories"
    special_ad_category = "special_ad_category"
    special_ad_category_country = "special_ad_category_country"
    spend_cap = "spend_cap"
    start_time = "start_time"
    status = "status"
    stop_time = "stop_time"
    topline_id = "topline_id"
    updated_time = "updated_time"


class CampaignStatus(GraphEnum):
    ACTIVE = "ACTIVE"
    ARCHIVED = "ARCHIVED"
    DELETED = "DELETED"
    PAUSED = "PAUSED"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
CampaignBidStrategyLiteral = Literal[
    "COST_CAP",
    "LOWEST_COST_WITHOUT_CAP",
    "LOWEST_COST_WITH_BID_CAP",
    "LOWEST_COST_WITH_MIN_ROAS",
]
CampaignConfiguredStatusLiteral = Literal[
    "ACTIVE",
    "ARCHIVED",
    "DELETED",
    "PAUSED",
]
CampaignEffectiveStatusLiteral = Literal[
    "ACTIVE",
    "ARCHIVED",
    "DELETED",
    "IN_PROCESS",
    "PAUSED",
    "WITH_ISSUES",
]
CampaignStatusLiteral = Literal[
    "ACTIVE",
    "ARCHIVED",
    "DELETED",
    "PAUSED",
]
CampaignFieldLiteral = Literal[
    "account_id",
    "adlabels",
    "advantage_state_info",
    "bid_strategy",
    "boosted_object_id",
    "brand_lift_studies",
    "budget_rebalance_flag",
    "budget_remaining",
    "buying_type",
    "campaign_group_active_time",
    "can_create_brand_lift_study",
    "can_use_spend_cap",
    "configured_status",
    "created_time",
    "daily_budget",
    "effective_status",
    "has_secondary_skadnetwork_reporting",
    "id",
    "is_adset_budget_sharing_enabled",
    "is_budget_schedule_enabled",
    "is_direct_send_campaign",
    "is_message_campaign",
    "is_skadnetwork_attribution",
    "issues_info",
    "last_budget_toggling_time",
    "lifetime_budget",
    "name",
    "objective",
    "pacing_type",
    "primary_attribution",
    "promoted_object",
    "recommendations",
    "smart_promotion_type",
    "source_campaign",
    "source_campaign_id",
    "source_recommendation_type",
    "special_ad_categories",
    "special_ad_category",
    "special_ad_category_country",
    "spend_cap",
    "start_time",
    "status",
    "stop_time",
    "topline_id",
    "updated_time",
]
