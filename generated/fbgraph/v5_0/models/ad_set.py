"""AdSet and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from enum import StrEnum
from fbgraph.v5_0.models._refs import (
    AdBidAdjustments,
    AdCampaignBidConstraint,
    AdCampaignFrequencyControlSpecs,
    AdCampaignIssuesInfo,
    AdLabel,
    AdPromotedObject,
    AdRecommendation,
    AttributionSpec,
    Campaign,
    DayPart,
    Targeting,
)
from datetime import datetime
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict


class AdSet(GraphModel):
    account_id: str | None = None
    adlabels: list[AdLabel] | None = None
    adset_schedule: list[DayPart] | None = None
    asset_feed_id: str | None = None
    attribution_spec: list[AttributionSpec] | None = None
    bid_adjustments: AdBidAdjustments | None = None
    bid_amount: int | None = None
    bid_constraints: AdCampaignBidConstraint | None = None
    bid_info: dict[str, int] | None = None
    bid_strategy: AdSetBidStrategy | None = None
    billing_event: AdSetBillingEvent | None = None
    budget_remaining: str | None = None
    campaign: Campaign | None = None
    campaign_id: str | None = None
    configured_status: AdSetConfiguredStatus | None = None
    created_time: datetime | None = None
    creative_sequence: list[str] | None = None
    daily_budget: str | None = None
    daily_min_spend_target: str | None = None
    daily_spend_cap: str | None = None
    destination_type: str | None = None
    effective_status: AdSetEffectiveStatus | None = None
    end_time: datetime | None = None
    frequency_control_specs: list[AdCampaignFrequencyControlSpecs] | None = None
    full_funnel_exploration_mode: str | None = None
    id: str
    instagram_actor_id: str | None = None
    is_dynamic_creative: bool | None = None
    issues_info: list[AdCampaignIssuesInfo] | None = None
    lifetime_budget: str | None = None
    lifetime_imps: int | None = None
    lifetime_min_spend_target: str | None = None
    lifetime_spend_cap: str | None = None
    name: str | None = None
    optimization_goal: AdSetOptimizationGoal | None = None
    optimization_sub_event: str | None = None
    pacing_type: list[str] | None = None
    promoted_object: AdPromotedObject | None = None
    recommendations: list[AdRecommendation] | None = None
    recurring_budget_semantics: bool | None = None
    review_feedback: str | None = None
    rf_prediction_id: str | None = None
    source_adset: AdSet | None = None
    source_adset_id: str | None = None
    start_time: datetime | None = None
    status: AdSetStatus | None = None
    targeting: Targeting | None = None
    time_based_ad_rotation_id_blocks: list[list[int]] | None = None
    time_based_ad_rotation_intervals: list[int] | None = None
    updated_time: datetime | None = None
    use_new_app_click: bool | None = None


class AdSetBidStrategy(GraphEnum):
    LOWEST_COST_WITHOUT_CAP = "LOWEST_COST_WITHOUT_CAP"
    LOWEST_COST_WITH_BID_CAP = "LOWEST_COST_WITH_BID_CAP"
    TARGET_COST = "TARGET_COST"


class AdSetBillingEvent(GraphEnum):
    APP_INSTALLS = "APP_INSTALLS"
    CLICKS = "CLICKS"
    IMPRESSIONS = "IMPRESSIONS"
    LINK_CLICKS = "LINK_CLICKS"
    NONE = "NONE"
    OFFER_CLAIMS = "OFFER_CLAIMS"
    PAGE_LIKES = "PAGE_LIKES"
    POST_ENGAGEMENT = "POST_ENGAGEMENT"
    THRUPLAY = "THRUPLAY"
    VIDEO_VIEWS = "VIDEO_VIEWS"


class AdSetConfiguredStatus(GraphEnum):
    ACTIVE = "ACTIVE"
    ARCHIVED = "ARCHIVED"
    DELETED = "DELETED"
    PAUSED = "PAUSED"


class AdSetEffectiveStatus(GraphEnum):
    ACTIVE = "ACTIVE"
    ARCHIVED = "ARCHIVED"
    CAMPAIGN_PAUSED = "CAMPAIGN_PAUSED"
    DELETED = "DELETED"
    IN_PROCESS = "IN_PROCESS"
    PAUSED = "PAUSED"
    WITH_ISSUES = "WITH_ISSUES"


class AdSetField(GraphEnum):
    """
    Fields of AdSet to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``name_`` is 'name'. Calls also take the value as a string.
    """

    account_id = "account_id"
    adlabels = "adlabels"
    adset_schedule = "adset_schedule"
    asset_feed_id = "asset_feed_id"
    attribution_spec = "attribution_spec"
    bid_adjustments = "bid_adjustments"
    bid_amount = "bid_amount"
    bid_constraints = "bid_constraints"
    bid_info = "bid_info"
    bid_strategy = "bid_strategy"
    billing_event = "billing_event"
    budget_remaining = "budget_remaining"
    campaign = "campaign"
    campaign_id = "campaign_id"
    configured_status = "configured_status"
    created_time = "created_time"
    creative_sequence = "creative_sequence"
    daily_budget = "daily_budget"
    daily_min_spend_target = "daily_min_spend_target"
    daily_spend_cap = "daily_spend_cap"
    destination_type = "destination_type"
    effective_status = "effective_status"
    end_time = "end_time"
    frequency_control_specs = "frequency_control_specs"
    full_funnel_exploration_mode = "full_funnel_exploration_mode"
    id = "id"
    instagram_actor_id = "instagram_actor_id"
    is_dynamic_creative = "is_dynamic_creative"
    issues_info = "issues_info"
    lifetime_budget = "lifetime_budget"
    lifetime_imps = "lifetime_imps"
    lifetime_min_spend_target = "lifetime_min_spend_target"
    lifetime_spend_cap = "lifetime_spend_cap"
    name_ = "name"
    optimization_goal = "optimization_goal"
    optimization_sub_event = "optimization_sub_event"
    pacing_type = "pacing_type"
    promoted_object = "promoted_object"
    recommendations = "recommendations"
    recurring_budget_semantics = "recurring_budget_semantics"
    review_feedback = "review_feedback"
    rf_prediction_id = "rf_prediction_id"
    source_adset = "source_adset"
    source_adset_id = "source_adset_id"
    start_time = "start_time"
    status = "status"
    targeting = "targeting"
    time_based_ad_rotation_id_blocks = "time_based_ad_rotation_id_blocks"
    time_based_ad_rotation_intervals = "time_based_ad_rotation_intervals"
    updated_time = "updated_time"
    use_new_app_click = "use_new_app_click"


class AdSetOptimizationGoal(GraphEnum):
    AD_RECALL_LIFT = "AD_RECALL_LIFT"
    APP_DOWNLOADS = "APP_DOWNLOADS"
    APP_INSTALLS = "APP_INSTALLS"
    BRAND_AWARENESS = "BRAND_AWARENESS"
    CLICKS = "CLICKS"
    DERIVED_EVENTS = "DERIVED_EVENTS"
    ENGAGED_USERS = "ENGAGED_USERS"
    EVENT_RESPONSES = "EVENT_RESPONSES"
    IMPRESSIONS = "IMPRESSIONS"
    LANDING_PAGE_VIEWS = "LANDING_PAGE_VIEWS"
    LEAD_GENERATION = "LEAD_GENERATION"
    LINK_CLICKS = "LINK_CLICKS"
    NONE = "NONE"
    OFFER_CLAIMS = "OFFER_CLAIMS"
    OFFSITE_CONVERSIONS = "OFFSITE_CONVERSIONS"
    PAGE_ENGAGEMENT = "PAGE_ENGAGEMENT"
    PAGE_LIKES = "PAGE_LIKES"
    POST_ENGAGEMENT = "POST_ENGAGEMENT"
    REACH = "REACH"
    REPLIES = "REPLIES"
    SOCIAL_IMPRESSIONS = "SOCIAL_IMPRESSIONS"
    THRUPLAY = "THRUPLAY"
    TWO_SECOND_CONTINUOUS_VIDEO_VIEWS = "TWO_SECOND_CONTINUOUS_VIDEO_VIEWS"
    VALUE = "VALUE"
    VIDEO_VIEWS = "VIDEO_VIEWS"


class AdSetStatus(GraphEnum):
    ACTIVE = "ACTIVE"
    ARCHIVED = "ARCHIVED"
    DELETED = "DELETED"
    PAUSED = "PAUSED"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
AdSetBidStrategyLiteral = Literal[
    "LOWEST_COST_WITHOUT_CAP",
    "LOWEST_COST_WITH_BID_CAP",
    "TARGET_COST",
]
AdSetBillingEventLiteral = Literal[
    "APP_INSTALLS",
    "CLICKS",
    "IMPRESSIONS",
    "LINK_CLICKS",
    "NONE",
    "OFFER_CLAIMS",
    "PAGE_LIKES",
    "POST_ENGAGEMENT",
    "THRUPLAY",
    "VIDEO_VIEWS",
]
AdSetConfiguredStatusLiteral = Literal[
    "ACTIVE",
    "ARCHIVED",
    "DELETED",
    "PAUSED",
]
AdSetEffectiveStatusLiteral = Literal[
    "ACTIVE",
    "ARCHIVED",
    "CAMPAIGN_PAUSED",
    "DELETED",
    "IN_PROCESS",
    "PAUSED",
    "WITH_ISSUES",
]
AdSetOptimizationGoalLiteral = Literal[
    "AD_RECALL_LIFT",
    "APP_DOWNLOADS",
    "APP_INSTALLS",
    "BRAND_AWARENESS",
    "CLICKS",
    "DERIVED_EVENTS",
    "ENGAGED_USERS",
    "EVENT_RESPONSES",
    "IMPRESSIONS",
    "LANDING_PAGE_VIEWS",
    "LEAD_GENERATION",
    "LINK_CLICKS",
    "NONE",
    "OFFER_CLAIMS",
    "OFFSITE_CONVERSIONS",
    "PAGE_ENGAGEMENT",
    "PAGE_LIKES",
    "POST_ENGAGEMENT",
    "REACH",
    "REPLIES",
    "SOCIAL_IMPRESSIONS",
    "THRUPLAY",
    "TWO_SECOND_CONTINUOUS_VIDEO_VIEWS",
    "VALUE",
    "VIDEO_VIEWS",
]
AdSetStatusLiteral = Literal[
    "ACTIVE",
    "ARCHIVED",
    "DELETED",
    "PAUSED",
]
AdSetFieldLiteral = Literal[
    "account_id",
    "adlabels",
    "adset_schedule",
    "asset_feed_id",
    "attribution_spec",
    "bid_adjustments",
    "bid_amount",
    "bid_constraints",
    "bid_info",
    "bid_strategy",
    "billing_event",
    "budget_remaining",
    "campaign",
    "campaign_id",
    "configured_status",
    "created_time",
    "creative_sequence",
    "daily_budget",
    "daily_min_spend_target",
    "daily_spend_cap",
    "destination_type",
    "effective_status",
    "end_time",
    "frequency_control_specs",
    "full_funnel_exploration_mode",
    "id",
    "instagram_actor_id",
    "is_dynamic_creative",
    "issues_info",
    "lifetime_budget",
    "lifetime_imps",
    "lifetime_min_spend_target",
    "lifetime_spend_cap",
    "name",
    "optimization_goal",
    "optimization_sub_event",
    "pacing_type",
    "promoted_object",
    "recommendations",
    "recurring_budget_semantics",
    "review_feedback",
    "rf_prediction_id",
    "source_adset",
    "source_adset_id",
    "start_time",
    "status",
    "targeting",
    "time_based_ad_rotation_id_blocks",
    "time_based_ad_rotation_intervals",
    "updated_time",
    "use_new_app_click",
]
