"""AdSet and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from enum import StrEnum
from fbgraph.v25_0.models._refs import (
    AdBidAdjustments,
    AdCampaignBidConstraint,
    AdCampaignFrequencyControlSpecs,
    AdCampaignIssuesInfo,
    AdCampaignLearningStageInfo,
    AdLabel,
    AdPromotedObject,
    AdRecommendation,
    AttributionSpec,
    BrandSafetyCampaignConfig,
    Campaign,
    DayPart,
    PlacementSoftOptOut,
    RegionalRegulationIdentities,
    Targeting,
    TrendingTopicsSpec,
)
from datetime import datetime
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict


class AdSet(GraphModel):
    account_id: str | None = None
    adlabels: list[AdLabel] | None = None
    adset_schedule: list[DayPart] | None = None
    anchor_event_attribution_window_days: int | None = None
    asset_feed_id: str | None = None
    attribution_count_type: str | None = None
    attribution_spec: list[AttributionSpec] | None = None
    automatic_manual_state: str | None = None
    bid_adjustments: AdBidAdjustments | None = None
    bid_amount: int | None = None
    bid_constraints: AdCampaignBidConstraint | None = None
    bid_info: dict[str, int] | None = None
    bid_strategy: AdSetBidStrategy | None = None
    billing_event: AdSetBillingEvent | None = None
    brand_safety_config: BrandSafetyCampaignConfig | None = None
    budget_remaining: str | None = None
    campaign: Campaign | None = None
    campaign_active_time: str | None = None
    campaign_attribution: str | None = None
    campaign_id: str | None = None
    configured_status: AdSetConfiguredStatus | None = None
    created_time: datetime | None = None
    creative_diversity_label: list[str] | None = None
    creative_diversity_score: list[str] | None = None
    creative_sequence: list[str] | None = None
    creative_sequence_repetition_pattern: str | None = None
    daily_budget: str | None = None
    daily_min_spend_target: str | None = None
    daily_spend_cap: str | None = None
    destination_type: str | None = None
    dsa_beneficiary: str | None = None
    dsa_payor: str | None = None
    effective_status: AdSetEffectiveStatus | None = None
    end_time: datetime | None = None
    existing_customer_budget_percentage: int | None = None
    frequency_control_specs: list[AdCampaignFrequencyControlSpecs] | None = None
    full_funnel_exploration_mode: str | None = None
    id: str
    instagram_user_id: str | None = None
    is_ba_skip_delayed_eligible: bool | None = None
    is_budget_schedule_enabled: bool | None = None
    is_dynamic_creative: bool | None = None
    is_incremental_attribution_enabled: bool | None = None
    issues_info: list[AdCampaignIssuesInfo] | None = None
    learning_stage_info: AdCampaignLearningStageInfo | None = None
    lifetime_budget: str | None = None
    lifetime_imps: int | None = None
    lifetime_min_spend_target: str | None = None
    lifetime_spend_cap: str | None = None
    low_creative_reach: list[str] | None = None
    max_budget_spend_percentage: str | None = None
    min_budget_spend_percentage: str | None = None
    multi_event_conversion_attribution_window_seconds: int | None = None
    multi_optimization_goal_weight: str | None = None
    name: str | None = None
    optimization_goal: AdSetOptimizationGoal | None = None
    optimization_sub_event: str | None = None
    pacing_type: list[str] | None = None
    placement_soft_opt_out: PlacementSoftOptOut | None = None
    promoted_object: AdPromotedObject | None = None
    recommendations: list[AdRecommendation] | None = None
    recurring_budget_semantics: bool | None = None
    regional_regulated_categories: list[str] | None = None
    regional_regulation_identities: RegionalRegulationIdentities | None = None
    review_feedback: str | None = None
    rf_prediction_id: str | None = None
    source_adset: AdSet | None = None
    source_adset_id: str | None = None
    special_ad_categories: list[str] | None = None
    start_time: datetime | None = None
    status: AdSetStatus | None = None
    targeting: Targeting | None = None
    targeting_optimization_types: list[dict[str, int]] | None = None
    time_based_ad_rotation_id_blocks: list[list[int]] | None = None
    time_based_ad_rotation_intervals: list[int] | None = None
    trending_topics_spec: TrendingTopicsSpec | None = None
    updated_time: datetime | None = None
    use_new_app_click: bool | None = None
    value_rule_set_id: str | None = None
    value_rules_applied: bool | None = None


class AdSetBidStrategy(GraphEnum):
    COST_CAP = "COST_CAP"
    LOWEST_COST_WITHOUT_CAP = "LOWEST_COST_WITHOUT_CAP"
    LOWEST_COST_WITH_BID_CAP = "LOWEST_COST_WITH_BID_CAP"
    LOWEST_COST_WITH_MIN_ROAS = "LOWEST_COST_WITH_MIN_ROAS"


class AdSetBillingEvent(GraphEnum):
    APP_INSTALLS = "APP_INSTALLS"
    CLICKS = "CLICKS"
    IMPRESSIONS = "IMPRESSIONS"
    LINK_CLICKS = "LINK_CLICKS"
    LISTING_INTERACTION = "LISTING_INTERACTION"
    NONE = "NONE"
    OFFER_CLAIMS = "OFFER_CLAIMS"
    PAGE_LIKES = "PAGE_LIKES"
    POST_ENGAGEMENT = "POST_ENGAGEMENT"
    PURCHASE = "PURCHASE"
    THRUPLAY = "THRUPLAY"


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
    anchor_event_attribution_window_days = "anchor_event_attribution_window_days"
    asset_feed_id = "asset_feed_id"
    attribution_count_type = "attribution_count_type"
    attribution_spec = "attribution_spec"
    automatic_manual_state = "automatic_manual_state"
    bid_adjustments = "bid_adjustments"
    bid_amount = "bid_amount"
    bid_constraints = "bid_constraints"
    bid_info = "bid_info"
    bid_strategy = "bid_strategy"
    billing_event = "billing_event"
    brand_safety_config = "brand_safety_config"
    budget_remaining = "budget_remaining"
    campaign = "campaign"
    campaign_active_time = "campaign_active_time"
    campaign_attribution = "campaign_attribution"
    campaign_id = "campaign_id"
    configured_status = "configured_status"
    created_time = "created_time"
    creative_diversity_label = "creative_diversity_label"
    creative_diversity_score = "creative_diversity_score"
    creative_sequence = "creative_sequence"
    creative_sequence_repetition_pattern = "creative_sequence_repetition_pattern"
    daily_budget = "daily_budget"
    daily_min_spend_target = "daily_min_spend_target"
    daily_spend_cap = "daily_spend_cap"
    destination_type = "destination_type"
    dsa_beneficiary = "dsa_beneficiary"
    dsa_payor = "dsa_payor"
    effective_status = "effective_status"
    end_time = "end_time"
    existing_customer_budget_percentage = "existing_customer_budget_percentage"
    frequency_control_specs = "frequency_control_specs"
    full_funnel_exploration_mode = "full_funnel_exploration_mode"
    id = "id"
    instagram_user_id = "instagram_user_id"
    is_ba_skip_delayed_eligible = "is_ba_skip_delayed_eligible"
    is_budget_schedule_enabled = "is_budget_schedule_enabled"
    is_dynamic_creative = "is_dynamic_creative"
    is_incremental_attribution_enabled = "is_incremental_attribution_enabled"
    issues_info = "issues_info"
    learning_stage_info = "learning_stage_info"
    lifetime_budget = "lifetime_budget"
    lifetime_imps = "lifetime_imps"
    lifetime_min_spend_target = "lifetime_min_spend_target"
    lifetime_spend_cap = "lifetime_spend_cap"
    low_creative_reach = "low_creative_reach"
    max_budget_spend_percentage = "max_budget_spend_percentage"
    min_budget_spend_percentage = "min_budget_spend_percentage"
    multi_event_conversion_attribution_window_seconds = (
        "multi_event_conversion_attribution_window_seconds"
    )
    multi_optimization_goal_weight = "multi_optimization_goal_weight"
    name_ = "name"
    optimization_goal = "optimization_goal"
    optimization_sub_event = "optimization_sub_event"
    pacing_type = "pacing_type"
    placement_soft_opt_out = "placement_soft_opt_out"
    promoted_object = "promoted_object"
    recommendations = "recommendations"
    recurring_budget_semantics = "recurring_budget_semantics"
    regional_regulated_categories = "regional_regulated_categories"
    regional_regulation_identities = "regional_regulation_identities"
    review_feedback = "review_feedback"
    rf_prediction_id = "rf_prediction_id"
    source_adset = "source_adset"
    source_adset_id = "source_adset_id"
    special_ad_categories = "special_ad_categories"
    start_time = "start_time"
    status = "status"
    targeting = "targeting"
    targeting_optimization_types = "targeting_optimization_types"
    time_based_ad_rotation_id_blocks = "time_based_ad_rotation_id_blocks"
    time_based_ad_rotation_intervals = "time_based_ad_rotation_intervals"
    trending_topics_spec = "trending_topics_spec"
    updated_time = "updated_time"
    use_new_app_click = "use_new_app_click"
    value_rule_set_id = "value_rule_set_id"
    value_rules_applied = "value_rules_applied"


class AdSetOptimizationGoal(GraphEnum):
    ADVERTISER_SILOED_VALUE = "ADVERTISER_SILOED_VALUE"
    AD_RECALL_LIFT = "AD_RECALL_LIFT"
    APP_INSTALLS = "APP_INSTALLS"
    APP_INSTALLS_AND_OFFSITE_CONVERSIONS = "APP_INSTALLS_AND_OFFSITE_CONVERSIONS"
    AUTOMATIC_OBJECTIVE = "AUTOMATIC_OBJECTIVE"
    CONVERSATIONS = "CONVERSATIONS"
    DERIVED_EVENTS = "DERIVED_EVENTS"
    ENGAGED_PAGE_VIEWS = "ENGAGED_PAGE_VIEWS"
    ENGAGED_USERS = "ENGAGED_USERS"
    EVENT_RESPONSES = "EVENT_RESPONSES"
    IMPRESSIONS = "IMPRESSIONS"
    IN_APP_VALUE = "IN_APP_VALUE"
    LANDING_PAGE_VIEWS = "LANDING_PAGE_VIEWS"
    LEAD_GENERATION = "LEAD_GENERATION"
    LINK_CLICKS = "LINK_CLICKS"
    MEANINGFUL_CALL_ATTEMPT = "MEANINGFUL_CALL_ATTEMPT"
    MESSAGING_APPOINTMENT_CONVERSION = "MESSAGING_APPOINTMENT_CONVERSION"
    MESSAGING_PURCHASE_CONVERSION = "MESSAGING_PURCHASE_CONVERSION"
    NONE = "NONE"
    OFFSITE_CONVERSIONS = "OFFSITE_CONVERSIONS"
    PAGE_LIKES = "PAGE_LIKES"
    POST_ENGAGEMENT = "POST_ENGAGEMENT"
    PROFILE_AND_PAGE_ENGAGEMENT = "PROFILE_AND_PAGE_ENGAGEMENT"
    PROFILE_VISIT = "PROFILE_VISIT"
    QUALITY_CALL = "QUALITY_CALL"
    QUALITY_LEAD = "QUALITY_LEAD"
    REACH = "REACH"
    REMINDERS_SET = "REMINDERS_SET"
    SUBSCRIBERS = "SUBSCRIBERS"
    THRUPLAY = "THRUPLAY"
    VALUE = "VALUE"
    VISIT_INSTAGRAM_PROFILE = "VISIT_INSTAGRAM_PROFILE"


class AdSetStatus(GraphEnum):
    ACTIVE = "ACTIVE"
    ARCHIVED = "ARCHIVED"
    DELETED = "DELETED"
    PAUSED = "PAUSED"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
AdSetBidStrategyLiteral = Literal[
    "COST_CAP",
    "LOWEST_COST_WITHOUT_CAP",
    "LOWEST_COST_WITH_BID_CAP",
    "LOWEST_COST_WITH_MIN_ROAS",
]
AdSetBillingEventLiteral = Literal[
    "APP_INSTALLS",
    "CLICKS",
    "IMPRESSIONS",
    "LINK_CLICKS",
    "LISTING_INTERACTION",
    "NONE",
    "OFFER_CLAIMS",
    "PAGE_LIKES",
    "POST_ENGAGEMENT",
    "PURCHASE",
    "THRUPLAY",
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
    "ADVERTISER_SILOED_VALUE",
    "AD_RECALL_LIFT",
    "APP_INSTALLS",
    "APP_INSTALLS_AND_OFFSITE_CONVERSIONS",
    "AUTOMATIC_OBJECTIVE",
    "CONVERSATIONS",
    "DERIVED_EVENTS",
    "ENGAGED_PAGE_VIEWS",
    "ENGAGED_USERS",
    "EVENT_RESPONSES",
    "IMPRESSIONS",
    "IN_APP_VALUE",
    "LANDING_PAGE_VIEWS",
    "LEAD_GENERATION",
    "LINK_CLICKS",
    "MEANINGFUL_CALL_ATTEMPT",
    "MESSAGING_APPOINTMENT_CONVERSION",
    "MESSAGING_PURCHASE_CONVERSION",
    "NONE",
    "OFFSITE_CONVERSIONS",
    "PAGE_LIKES",
    "POST_ENGAGEMENT",
    "PROFILE_AND_PAGE_ENGAGEMENT",
    "PROFILE_VISIT",
    "QUALITY_CALL",
    "QUALITY_LEAD",
    "REACH",
    "REMINDERS_SET",
    "SUBSCRIBERS",
    "THRUPLAY",
    "VALUE",
    "VISIT_INSTAGRAM_PROFILE",
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
    "anchor_event_attribution_window_days",
    "asset_feed_id",
    "attribution_count_type",
    "attribution_spec",
    "automatic_manual_state",
    "bid_adjustments",
    "bid_amount",
    "bid_constraints",
    "bid_info",
    "bid_strategy",
    "billing_event",
    "brand_safety_config",
    "budget_remaining",
    "campaign",
    "campaign_active_time",
    "campaign_attribution",
    "campaign_id",
    "configured_status",
    "created_time",
    "creative_diversity_label",
    "creative_diversity_score",
    "creative_sequence",
    "creative_sequence_repetition_pattern",
    "daily_budget",
    "daily_min_spend_target",
    "daily_spend_cap",
    "destination_type",
    "dsa_beneficiary",
    "dsa_payor",
    "effective_status",
    "end_time",
    "existing_customer_budget_percentage",
    "frequency_control_specs",
    "full_funnel_exploration_mode",
    "id",
    "instagram_user_id",
    "is_ba_skip_delayed_eligible",
    "is_budget_schedule_enabled",
    "is_dynamic_creative",
    "is_incremental_attribution_enabled",
    "issues_info",
    "learning_stage_info",
    "lifetime_budget",
    "lifetime_imps",
    "lifetime_min_spend_target",
    "lifetime_spend_cap",
    "low_creative_reach",
    "max_budget_spend_percentage",
    "min_budget_spend_percentage",
    "multi_event_conversion_attribution_window_seconds",
    "multi_optimization_goal_weight",
    "name",
    "optimization_goal",
    "optimization_sub_event",
    "pacing_type",
    "placement_soft_opt_out",
    "promoted_object",
    "recommendations",
    "recurring_budget_semantics",
    "regional_regulated_categories",
    "regional_regulation_identities",
    "review_feedback",
    "rf_prediction_id",
    "source_adset",
    "source_adset_id",
    "special_ad_categories",
    "start_time",
    "status",
    "targeting",
    "targeting_optimization_types",
    "time_based_ad_rotation_id_blocks",
    "time_based_ad_rotation_intervals",
    "trending_topics_spec",
    "updated_time",
    "use_new_app_click",
    "value_rule_set_id",
    "value_rules_applied",
]
