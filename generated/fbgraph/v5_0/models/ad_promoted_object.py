"""AdPromotedObject and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from enum import StrEnum
from fbgraph._runtime.models import GraphModel


class AdPromotedObject(GraphModel):
    application_id: str | None = None
    custom_conversion_id: str | None = None
    custom_event_str: str | None = None
    custom_event_type: AdPromotedObjectCustomEventType | None = None
    event_id: str | None = None
    fundraiser_campaign_id: str | None = None
    object_store_url: str | None = None
    offer_id: str | None = None
    offline_conversion_data_set_id: str | None = None
    page_id: str | None = None
    pixel_aggregation_rule: str | None = None
    pixel_id: str | None = None
    pixel_rule: str | None = None
    place_page_set_id: str | None = None
    product_catalog_id: str | None = None
    product_item_id: str | None = None
    product_set_id: str | None = None
    retention_days: str | None = None


class AdPromotedObjectCustomEventType(GraphEnum):
    ACHIEVEMENT_UNLOCKED = "ACHIEVEMENT_UNLOCKED"
    ADD_PAYMENT_INFO = "ADD_PAYMENT_INFO"
    ADD_TO_CART = "ADD_TO_CART"
    ADD_TO_WISHLIST = "ADD_TO_WISHLIST"
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
    custom_conversion_id = "custom_conversion_id"
    custom_event_str = "custom_event_str"
    custom_event_type = "custom_event_type"
    event_id = "event_id"
    fundraiser_campaign_id = "fundraiser_campaign_id"
    object_store_url = "object_store_url"
    offer_id = "offer_id"
    offline_conversion_data_set_id = "offline_conversion_data_set_id"
    page_id = "page_id"
    pixel_aggregation_rule = "pixel_aggregation_rule"
    pixel_id = "pixel_id"
    pixel_rule = "pixel_rule"
    place_page_set_id = "place_page_set_id"
    product_catalog_id = "product_catalog_id"
    product_item_id = "product_item_id"
    product_set_id = "product_set_id"
    retention_days = "retention_days"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
AdPromotedObjectCustomEventTypeLiteral = Literal[
    "ACHIEVEMENT_UNLOCKED",
    "ADD_PAYMENT_INFO",
    "ADD_TO_CART",
    "ADD_TO_WISHLIST",
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
    "custom_conversion_id",
    "custom_event_str",
    "custom_event_type",
    "event_id",
    "fundraiser_campaign_id",
    "object_store_url",
    "offer_id",
    "offline_conversion_data_set_id",
    "page_id",
    "pixel_aggregation_rule",
    "pixel_id",
    "pixel_rule",
    "place_page_set_id",
    "product_catalog_id",
    "product_item_id",
    "product_set_id",
    "retention_days",
]
