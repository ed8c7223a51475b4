"""AdPromotedObject and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from enum import StrEnum
from typing import Any
from fbgraph.v25_0.models._refs import AdPlacePageSet, ProductSet
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict


class AdPromotedObject(GraphModel):
    application_id: str | None = None
    boosted_product_set_id: str | None = None
    conversion_goal_id: str | None = None
    custom_conversion_id: str | None = None
    custom_event_str: str | None = None
    custom_event_type: AdPromotedObjectCustomEventType | None = None
    dataset_split_id: str | None = None
    dataset_split_ids: list[str] | None = None
    event_id: str | None = None
    full_funnel_objective: AdPromotedObjectFullFunnelObjective | None = None
    fundraiser_campaign_id: str | None = None
    lead_ads_custom_event_str: str | None = None
    lead_ads_custom_event_type: AdPromotedObjectLeadAdsCustomEventType | None = None
    lead_ads_form_event_source_type: str | None = None
    lead_ads_offsite_conversion_type: str | None = None
    lead_ads_selected_pixel_id: str | None = None
    live_video_destination: str | None = None
    mcme_conversion_id: str | None = None
    multi_event_product: str | None = None
    object_store_url: str | None = None
    object_store_urls: list[str] | None = None
    offer_id: str | None = None
    offline_conversion_data_set_id: str | None = None
    offsite_conversion_event_id: str | None = None
    omnichannel_object: dict[str, Any] | None = None
    page_id: str | None = None
    passback_application_id: str | None = None
    passback_pixel_id: str | None = None
    pixel_aggregation_rule: str | None = None
    pixel_id: str | None = None
    pixel_rule: str | None = None
    place_page_set: AdPlacePageSet | None = None
    place_page_set_id: str | None = None
    product_catalog_id: str | None = None
    product_item_id: str | None = None
    product_set: ProductSet | None = None
    product_set_id: str | None = None
    product_set_optimization: str | None = None
    retention_days: str | None = None
    smart_pse_enabled: bool | None = None
    smart_pse_setting: str | None = None
    value_semantic_type: str | None = None
    variation: str | None = None
    whats_app_business_phone_number_id: str | None = None
    whatsapp_phone_number: str | None = None


class AdPromotedObjectCustomEventType(GraphEnum):
    ACHIEVEMENT_UNLOCKED = "ACHIEVEMENT_UNLOCKED"
    ADD_PAYMENT_INFO = "ADD_PAYMENT_INFO"
    ADD_TO_CART = "ADD_TO_CART"
    ADD_TO_WISHLIST = "ADD_TO_WISHLIST"
    AD_IMPRESSION = "AD_IMPRESSION"
    COMPLETE_REGISTRATION = "COMPLETE_REGISTRATION"
    CONTACT = "CONTACT"
    CONTENT_VIEW = "CONTENT_VIEW"
    CUSTOMIZE_PRODUCT = "CUSTOMIZE_PRODUCT"
    D2_RETENTION = "D2_RETENTION"
    D7_RETENTION = "D7_RETENTION"
    DONATE = "DONATE"
    FIND_LOCATION = "FIND_LOCATION"
    INITIATED_CHECKOUT = "INITIATED_CHECKOUT"
    LEAD = "LEAD"
    LEVEL_ACHIEVED = "LEVEL_ACHIEVED"
    LISTING_INTERACTION = "LISTING_INTERACTION"
    MESSAGING_CONVERSATION_STARTED_7D = "MESSAGING_CONVERSATION_STARTED_7D"
    OTHER = "OTHER"
    PURCHASE = "PURCHASE"
    RATE = "RATE"
    SCHEDULE = "SCHEDULE"
    SEARCH = "SEARCH"
    SERVICE_BOOKING_REQUEST = "SERVICE_BOOKING_REQUEST"
    SPENT_CREDITS = "SPENT_CREDITS"
    START_TRIAL = "START_TRIAL"
    SUBMIT_APPLICATION = "SUBMIT_APPLICATION"
    SUBSCRIBE = "SUBSCRIBE"
    TUTORIAL_COMPLETION = "TUTORIAL_COMPLETION"


class AdPromotedObjectField(GraphEnum):
    """Fields of AdPromotedObject to ask for with `fields=`."""

    application_id = "application_id"
    boosted_product_set_id = "boosted_product_set_id"
    conversion_goal_id = "conversion_goal_id"
    custom_conversion_id = "custom_conversion_id"
    custom_event_str = "custom_event_str"
    custom_event_type = "custom_event_type"
    dataset_split_id = "dataset_split_id"
    dataset_split_ids = "dataset_split_ids"
    event_id = "event_id"
    full_funnel_objective = "full_funnel_objective"
    fundraiser_campaign_id = "fundraiser_campaign_id"
    lead_ads_custom_event_str = "lead_ads_custom_event_str"
    lead_ads_custom_event_type = "lead_ads_custom_event_type"
    lead_ads_form_event_source_type = "lead_ads_form_event_source_type"
    lead_ads_offsite_conversion_type = "lead_ads_offsite_conversion_type"
    lead_ads_selected_pixel_id = "lead_ads_selected_pixel_id"
    live_video_destination = "live_video_destination"
    mcme_conversion_id = "mcme_conversion_id"
    multi_event_product = "multi_event_product"
    object_store_url = "object_store_url"
    object_store_urls = "object_store_urls"
    offer_id = "offer_id"
    offline_conversion_data_set_id = "offline_conversion_data_set_id"
    offsite_conversion_event_id = "offsite_conversion_event_id"
    omnichannel_object = "omnichannel_object"
    page_id = "page_id"
    passback_application_id = "passback_application_id"
    passback_pixel_id = "passback_pixel_id"
    pixel_aggregation_rule = "pixel_aggregation_rule"
    pixel_id = "pixel_id"
    pixel_rule = "pixel_rule"
    place_page_set = "place_page_set"
    place_page_set_id = "place_page_set_id"
    product_catalog_id = "product_catalog_id"
    product_item_id = "product_item_id"
    product_set = "product_set"
    product_set_id = "product_set_id"
    product_set_optimization = "product_set_optimization"
    retention_days = "retention_days"
    smart_pse_enabled = "smart_pse_enabled"
    smart_pse_setting = "smart_pse_setting"
    value_semantic_type = "value_semantic_type"
    variation = "variation"
    whats_app_business_phone_number_id = "whats_app_business_phone_number_id"
    whatsapp_phone_number = "whatsapp_phone_number"


class AdPromotedObjectFullFunnelObjective(GraphEnum):
    APP_INSTALLS = "APP_INSTALLS"
    BRAND_AWARENESS = "BRAND_AWARENESS"
    EVENT_RESPONSES = "EVENT_RESPONSES"
    LEAD_GENERATION = "LEAD_GENERATION"
    LINK_CLICKS = "LINK_CLICKS"
    LOCAL_AWARENESS = "LOCAL_AWARENESS"
    MESSAGES = "MESSAGES"
    OFFER_CLAIMS = "OFFER_CLAIMS"
    OUTCOME_APP_PROMOTION = "OUTCOME_APP_PROMOTION"
    OUTCOME_AWARENESS = "OUTCOME_AWARENESS"
    OUTCOME_ENGAGEMENT = "OUTCOME_ENGAGEMENT"
    OUTCOME_LEADS = "OUTCOME_LEADS"
    OUTCOME_SALES = "OUTCOME_SALES"
    OUTCOME_TRAFFIC = "OUTCOME_TRAFFIC"
    PAGE_LIKES = "PAGE_LIKES"
    POST_ENGAGEMENT = "POST_ENGAGEMENT"
    PRODUCT_CATALOG_SALES = "PRODUCT_CATALOG_SALES"
    REACH = "REACH"
    STORE_VISITS = "STORE_VISITS"
    VIDEO_VIEWS = "VIDEO_VIEWS"
    WEBSITE_CONVERSIONS = "WEBSITE_CONVERSIONS"


class AdPromotedObjectLeadAdsCustomEventType(GraphEnum):
    ACHIEVEMENT_UNLOCKED = "ACHIEVEMENT_UNLOCKED"
    ADD_PAYMENT_INFO = "ADD_PAYMENT_INFO"
    ADD_TO_CART = "ADD_TO_CART"
    ADD_TO_WISHLIST = "ADD_TO_WISHLIST"
    AD_IMPRESSION = "AD_IMPRESSION"
    COMPLETE_REGISTRATION = "COMPLETE_REGISTRATION"
    CONTACT = "CONTACT"
    CONTENT_VIEW = "CONTENT_VIEW"
    CUSTOMIZE_PRODUCT = "CUSTOMIZE_PRODUCT"
    D2_RETENTION = "D2_RETENTION"
    D7_RETENTION = "D7_RETENTION"
    DONATE = "DONATE"
    FIND_LOCATION = "FIND_LOCATION"
    INITIATED_CHECKOUT = "INITIATED_CHECKOUT"
    LEAD = "LEAD"
    LEVEL_ACHIEVED = "LEVEL_ACHIEVED"
    LISTING_INTERACTION = "LISTING_INTERACTION"
    MESSAGING_CONVERSATION_STARTED_7D = "MESSAGING_CONVERSATION_STARTED_7D"
    OTHER = "OTHER"
    PURCHASE = "PURCHASE"
    RATE = "RATE"
    SCHEDULE = "SCHEDULE"
    SEARCH = "SEARCH"
    SERVICE_BOOKING_REQUEST = "SERVICE_BOOKING_REQUEST"
    SPENT_CREDITS = "SPENT_CREDITS"
    START_TRIAL = "START_TRIAL"
    SUBMIT_APPLICATION = "SUBMIT_APPLICATION"
    SUBSCRIBE = "SUBSCRIBE"
    TUTORIAL_COMPLETION = "TUTORIAL_COMPLETION"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
AdPromotedObjectCustomEventTypeLiteral = Literal[
    "ACHIEVEMENT_UNLOCKED",
    "ADD_PAYMENT_INFO",
    "ADD_TO_CART",
    "ADD_TO_WISHLIST",
    "AD_IMPRESSION",
    "COMPLETE_REGISTRATION",
    "CONTACT",
    "CONTENT_VIEW",
    "CUSTOMIZE_PRODUCT",
    "D2_RETENTION",
    "D7_RETENTION",
    "DONATE",
    "FIND_LOCATION",
    "INITIATED_CHECKOUT",
    "LEAD",
    "LEVEL_ACHIEVED",
    "LISTING_INTERACTION",
    "MESSAGING_CONVERSATION_STARTED_7D",
    "OTHER",
    "PURCHASE",
    "RATE",
    "SCHEDULE",
    "SEARCH",
    "SERVICE_BOOKING_REQUEST",
    "SPENT_CREDITS",
    "START_TRIAL",
    "SUBMIT_APPLICATION",
    "SUBSCRIBE",
    "TUTORIAL_COMPLETION",
]
AdPromotedObjectFullFunnelObjectiveLiteral = Literal[
    "APP_INSTALLS",
    "BRAND_AWARENESS",
    "EVENT_RESPONSES",
    "LEAD_GENERATION",
    "LINK_CLICKS",
    "LOCAL_AWARENESS",
    "MESSAGES",
    "OFFER_CLAIMS",
    "OUTCOME_APP_PROMOTION",
    "OUTCOME_AWARENESS",
    "OUTCOME_ENGAGEMENT",
    "OUTCOME_LEADS",
    "OUTCOME_SALES",
    "OUTCOME_TRAFFIC",
    "PAGE_LIKES",
    "POST_ENGAGEMENT",
    "PRODUCT_CATALOG_SALES",
    "REACH",
    "STORE_VISITS",
    "VIDEO_VIEWS",
    "WEBSITE_CONVERSIONS",
]
AdPromotedObjectLeadAdsCustomEventTypeLiteral = Literal[
    "ACHIEVEMENT_UNLOCKED",
    "ADD_PAYMENT_INFO",
    "ADD_TO_CART",
    "ADD_TO_WISHLIST",
    "AD_IMPRESSION",
    "COMPLETE_REGISTRATION",
    "CONTACT",
    "CONTENT_VIEW",
    "CUSTOMIZE_PRODUCT",
    "D2_RETENTION",
    "D7_RETENTION",
    "DONATE",
    "FIND_LOCATION",
    "INITIATED_CHECKOUT",
    "LEAD",
    "LEVEL_ACHIEVED",
    "LISTING_INTERACTION",
    "MESSAGING_CONVERSATION_STARTED_7D",
    "OTHER",
    "PURCHASE",
    "RATE",
    "SCHEDULE",
    "SEARCH",
    "SERVICE_BOOKING_REQUEST",
    "SPENT_CREDITS",
    "START_TRIAL",
    "SUBMIT_APPLICATION",
    "SUBSCRIBE",
    "TUTORIAL_COMPLETION",
]
AdPromotedObjectFieldLiteral = Literal[
    "application_id",
    "boosted_product_set_id",
    "conversion_goal_id",
    "custom_conversion_id",
    "custom_event_str",
    "custom_event_type",
    "dataset_split_id",
    "dataset_split_ids",
    "event_id",
    "full_funnel_objective",
    "fundraiser_campaign_id",
    "lead_ads_custom_event_str",
    "lead_ads_custom_event_type",
    "lead_ads_form_event_source_type",
    "lead_ads_offsite_conversion_type",
    "lead_ads_selected_pixel_id",
    "live_video_destination",
    "mcme_conversion_id",
    "multi_event_product",
    "object_store_url",
    "object_store_urls",
    "offer_id",
    "offline_conversion_data_set_id",
    "offsite_conversion_event_id",
    "omnichannel_object",
    "page_id",
    "passback_application_id",
    "passback_pixel_id",
    "pixel_aggregation_rule",
    "pixel_id",
    "pixel_rule",
    "place_page_set",
    "place_page_set_id",
    "product_catalog_id",
    "product_item_id",
    "product_set",
    "product_set_id",
    "product_set_optimization",
    "retention_days",
    "smart_pse_enabled",
    "smart_pse_setting",
    "value_semantic_type",
    "variation",
    "whats_app_business_phone_number_id",
    "whatsapp_phone_number",
]
