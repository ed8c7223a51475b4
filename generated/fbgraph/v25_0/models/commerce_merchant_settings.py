"""CommerceMerchantSettings and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from typing import Any
from fbgraph.v25_0.models._refs import Profile
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict
from enum import StrEnum


class CommerceMerchantSettings(GraphModel):
    checkout_config: str | None = None
    contact_email: str | None = None
    cta: str | None = None
    display_name: str | None = None
    facebook_channel: dict[str, Any] | None = None
    id: str
    instagram_channel: dict[str, Any] | None = None
    korea_ftc_listing: str | None = None
    merchant_page: Profile | None = None
    merchant_status: str | None = None
    offsite_iab_checkout_enabled_countries: list[str] | None = None
    payment_provider: str | None = None
    privacy_policy_localized: str | None = None
    shops_ads_setup: dict[str, Any] | None = None
    terms: str | None = None


class CommerceMerchantSettingsField(GraphEnum):
    """Fields of CommerceMerchantSettings to ask for with `fields=`."""

    checkout_config = "checkout_config"
    contact_email = "contact_email"
    cta = "cta"
    display_name = "display_name"
    facebook_channel = "facebook_channel"
    id = "id"
    instagram_channel = "instagram_channel"
    korea_ftc_listing = "korea_ftc_listing"
    merchant_page = "merchant_page"
    merchant_status = "merchant_status"
    offsite_iab_checkout_enabled_countries = "offsite_iab_checkout_enabled_countries"
    payment_provider = "payment_provider"
    privacy_policy_localized = "privacy_policy_localized"
    shops_ads_setup = "shops_ads_setup"
    terms = "terms"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
CommerceMerchantSettingsFieldLiteral = Literal[
    "checkout_config",
    "contact_email",
    "cta",
    "display_name",
    "facebook_channel",
    "id",
    "instagram_channel",
    "korea_ftc_listing",
    "merchant_page",
    "merchant_status",
    "offsite_iab_checkout_enabled_countries",
    "payment_provider",
    "privacy_policy_localized",
    "shops_ads_setup",
    "terms",
]
