"""Business and the types that belong to it (Graph API v25.0).

A business in Business Manager.

Fields: documented. Source: Meta's facebook-business Python SDK 5.0.3, generated for API v5.0 (adobjects/adspixel.py and the classes it returns).
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from enum import StrEnum
from datetime import datetime
from fbgraph.v25_0.models._refs import (
    BusinessManagedPartnerEligibility,
    BusinessPartnerPremiumOptions,
    ManagedPartnerBusiness,
    MarketingMessagesOnboardingStatus,
    PageNode,
)
from typing import Any
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict


class Business(GraphModel):
    """A business in Business Manager."""

    id: str
    """The business account ID."""
    name: str | None = None
    """The name of the business."""
    created_time: datetime | None = None
    """The time the business was created."""
    is_hidden: bool | None = None
    """Whether the business is hidden."""
    link: str | None = None
    """URI for the business profile page."""
    profile_picture_uri: str | None = None
    """The profile picture URI of the business."""
    timezone_id: int | None = None
    """The timezone of the business."""
    two_factor_type: str | None = None
    """The two-factor authentication type the business requires."""
    updated_time: datetime | None = None
    """The last time the business was updated."""
    verification_status: BusinessVerificationStatus | None = None
    """Verification status of the business."""
    vertical: str | None = None
    """The vertical industry the business is in."""
    block_offline_analytics: bool | None = None
    collaborative_ads_managed_partner_business_info: ManagedPartnerBusiness | None = None
    collaborative_ads_managed_partner_eligibility: BusinessManagedPartnerEligibility | None = None
    collaborative_ads_partner_premium_options: BusinessPartnerPremiumOptions | None = None
    created_by: dict[str, Any] | None = None
    extended_updated_time: datetime | None = None
    marketing_messages_onboarding_status: MarketingMessagesOnboardingStatus | None = None
    payment_account_id: str | None = None
    primary_page: PageNode | None = None
    updated_by: dict[str, Any] | None = None
    user_access_expire_time: datetime | None = None
    vertical_id: int | None = None
    whatsapp_business_manager_messaging_limit: (
        BusinessWhatsappBusinessManagerMessagingLimit | None
    ) = None


class BusinessField(GraphEnum):
    """Fields of Business to ask for with `fields=`."""

    id = "id"
    name_ = "name"
    created_time = "created_time"
    is_hidden = "is_hidden"
    link = "link"
    profile_picture_uri = "profile_picture_uri"
    timezone_id = "timezone_id"
    two_factor_type = "two_factor_type"
    updated_time = "updated_time"
    verification_status = "verification_status"
    vertical = "vertical"
    block_offline_analytics = "block_offline_analytics"
    collaborative_ads_managed_partner_business_info = (
        "collaborative_ads_managed_partner_business_info"
    )
    collaborative_ads_managed_partner_eligibility = "collaborative_ads_managed_partner_eligibility"
    collaborative_ads_partner_premium_options = "collaborative_ads_partner_premium_options"
    created_by = "created_by"
    extended_updated_time = "extended_updated_time"
    marketing_messages_onboarding_status = "marketing_messages_onboarding_status"
    payment_account_id = "payment_account_id"
    primary_page = "primary_page"
    updated_by = "updated_by"
    user_access_expire_time = "user_access_expire_time"
    vertical_id = "vertical_id"
    whatsapp_business_manager_messaging_limit = "whatsapp_business_manager_messaging_limit"


class BusinessVerificationStatus(GraphEnum):
    expired = "expired"
    failed = "failed"
    ineligible = "ineligible"
    not_verified = "not_verified"
    pending = "pending"
    pending_need_more_info = "pending_need_more_info"
    pending_submission = "pending_submission"
    rejected = "rejected"
    revoked = "revoked"
    verified = "verified"


class BusinessWhatsappBusinessManagerMessagingLimit(GraphEnum):
    TIER_100K = "TIER_100K"
    TIER_10K = "TIER_10K"
    TIER_250 = "TIER_250"
    TIER_2K = "TIER_2K"
    TIER_UNLIMITED = "TIER_UNLIMITED"
    UNTIERED = "UNTIERED"
