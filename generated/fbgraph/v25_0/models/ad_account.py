"""AdAccount and the types that belong to it (Graph API v25.0).

An ad account, the container of a business's ads.

Fields: documented. Source: Meta's SDK code-generation spec for API v25.0 (api_specs/specs/<Type>.json of the types AdsPixel returns).
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from typing import Annotated
from pydantic import ConfigDict, Field
from fbgraph.v25_0.models._refs import (
    AdAccountMarketingMessagesSettings,
    AdAccountPromotableObjects,
    AgencyClientDeclaration,
    AttributionSpec,
    Business,
    CRMAddress,
    CustomAudienceGroup,
    DeliveryCheck,
    ExtendedCreditInvoiceGroup,
    FundingSourceDetails,
    ReachFrequencySpec,
)
from datetime import datetime
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class AdAccount(GraphModel):
    """
    An ad account, the container of a business's ads.

    Attributes:
        id: The ID of the ad account, in the form act_{ad_account_id}.
        account_id: The ID of the ad account.
        name: Name of the account.
        account_status: Status of the account.
        age: Amount of time the ad account has been open, in days.
        amount_spent: Current amount spent by the account.
        balance: Bill amount due for this ad account.
        business: The business manager that owns this ad account.
        created_time: The time the account was created.
        currency: The currency used for the account.
        disable_reason: The reason why the account was disabled.
        end_advertiser: The entity the ads will target.
        min_daily_budget: The minimum daily budget for this ad account.
        owner: The ID of the account owner.
        spend_cap: The maximum amount that can be spent by this ad account.
        timezone_id: The timezone ID of this ad account.
        timezone_name: Name for the time zone.
    """

    id: Annotated[
        str, Field(description="The ID of the ad account, in the form act_{ad_account_id}.")
    ]
    account_id: Annotated[str | None, Field(description="The ID of the ad account.")] = None
    name: Annotated[str | None, Field(description="Name of the account.")] = None
    account_status: Annotated[int | None, Field(description="Status of the account.")] = None
    age: Annotated[
        float | None, Field(description="Amount of time the ad account has been open, in days.")
    ] = None
    amount_spent: Annotated[
        str | None, Field(description="Current amount spent by the account.")
    ] = None
    balance: Annotated[str | None, Field(description="Bill amount due for this ad account.")] = None
    business: Annotated[
        Business | None, Field(description="The business manager that owns this ad account.")
    ] = None
    business_name: str | None = None
    created_time: Annotated[
        datetime | None, Field(description="The time the account was created.")
    ] = None
    currency: Annotated[str | None, Field(description="The currency used for the account.")] = None
    disable_reason: Annotated[
        int | None, Field(description="The reason why the account was disabled.")
    ] = None
    end_advertiser: Annotated[str | None, Field(description="The entity the ads will target.")] = (
        None
    )
    min_daily_budget: Annotated[
        int | None, Field(description="The minimum daily budget for this ad account.")
    ] = None
    owner: Annotated[str | None, Field(description="The ID of the account owner.")] = None
    spend_cap: Annotated[
        str | None, Field(description="The maximum amount that can be spent by this ad account.")
    ] = None
    timezone_id: Annotated[int | None, Field(description="The timezone ID of this ad account.")] = (
        None
    )
    timezone_name: Annotated[str | None, Field(description="Name for the time zone.")] = None
    ad_account_promotable_objects: AdAccountPromotableObjects | None = None
    agency_client_declaration: AgencyClientDeclaration | None = None
    all_capabilities: list[str] | None = None
    attribution_spec: list[AttributionSpec] | None = None
    brand_safety_content_filter_levels: list[str] | None = None
    business_city: str | None = None
    business_country_code: str | None = None
    business_state: str | None = None
    business_street: str | None = None
    business_street2: str | None = None
    business_zip: str | None = None
    can_create_brand_lift_study: bool | None = None
    capabilities: list[str] | None = None
    custom_audience_info: CustomAudienceGroup | None = None
    default_dsa_beneficiary: str | None = None
    default_dsa_payor: str | None = None
    end_advertiser_name: str | None = None
    existing_customers: list[str] | None = None
    expired_funding_source_details: FundingSourceDetails | None = None
    extended_credit_invoice_group: ExtendedCreditInvoiceGroup | None = None
    failed_delivery_checks: list[DeliveryCheck] | None = None
    fb_entity: int | None = None
    funding_source: str | None = None
    funding_source_details: FundingSourceDetails | None = None
    has_migrated_permissions: bool | None = None
    has_page_authorized_adaccount: bool | None = None
    io_number: str | None = None
    is_attribution_spec_system_default: bool | None = None
    is_ba_skip_delayed_eligible: bool | None = None
    is_direct_deals_enabled: bool | None = None
    is_in_3ds_authorization_enabled_market: bool | None = None
    is_notifications_enabled: bool | None = None
    is_personal: int | None = None
    is_prepay_account: bool | None = None
    is_tax_id_required: bool | None = None
    liable_address: CRMAddress | None = None
    line_numbers: list[int] | None = None
    marketing_messages_settings: AdAccountMarketingMessagesSettings | None = None
    media_agency: str | None = None
    min_campaign_group_spend_cap: str | None = None
    offsite_clo_signal_status: int | None = None
    offsite_pixels_tos_accepted: bool | None = None
    opportunity_score: float | None = None
    owner_business: Business | None = None
    partner: str | None = None
    rf_spec: ReachFrequencySpec | None = None
    send_bill_to_address: CRMAddress | None = None
    show_checkout_experience: bool | None = None
    sold_to_address: CRMAddress | None = None
    tax_id: str | None = None
    tax_id_status: int | None = None
    tax_id_type: str | None = None
    timezone_offset_hours_utc: float | None = None
    tos_accepted: dict[str, int] | None = None
    user_access_expire_time: datetime | None = None
    user_tasks: list[str] | None = None
    user_tos_accepted: dict[str, int] | None = None
    viewable_business: Business | None = None


class AdAccountField(GraphEnum):
    """
    Fields of AdAccount to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``name_`` is 'name'. Calls also take the value as a string.
    """

    id = "id"
    account_id = "account_id"
    name_ = "name"
    account_status = "account_status"
    age = "age"
    amount_spent = "amount_spent"
    balance = "balance"
    business = "business"
    business_name = "business_name"
    created_time = "created_time"
    currency = "currency"
    disable_reason = "disable_reason"
    end_advertiser = "end_advertiser"
    min_daily_budget = "min_daily_budget"
    owner = "owner"
    spend_cap = "spend_cap"
    timezone_id = "timezone_id"
    timezone_name = "timezone_name"
    ad_account_promotable_objects = "ad_account_promotable_objects"
    agency_client_declaration = "agency_client_declaration"
    all_capabilities = "all_capabilities"
    attribution_spec = "attribution_spec"
    brand_safety_content_filter_levels = "brand_safety_content_filter_levels"
    business_city = "business_city"
    business_country_code = "business_country_code"
    business_state = "business_state"
    business_street = "business_street"
    business_street2 = "business_street2"
    business_zip = "business_zip"
    can_create_brand_lift_study = "can_create_brand_lift_study"
    capabilities = "capabilities"
    custom_audience_info = "custom_audience_info"
    default_dsa_beneficiary = "default_dsa_beneficiary"
    default_dsa_payor = "default_dsa_payor"
    end_advertiser_name = "end_advertiser_name"
    existing_customers = "existing_customers"
    expired_funding_source_details = "expired_funding_source_details"
    extended_credit_invoice_group = "extended_credit_invoice_group"
    failed_delivery_checks = "failed_delivery_checks"
    fb_entity = "fb_entity"
    funding_source = "funding_source"
    funding_source_details = "funding_source_details"
    has_migrated_permissions = "has_migrated_permissions"
    has_page_authorized_adaccount = "has_page_authorized_adaccount"
    io_number = "io_number"
    is_attribution_spec_system_default = "is_attribution_spec_system_default"
    is_ba_skip_delayed_eligible = "is_ba_skip_delayed_eligible"
    is_direct_deals_enabled = "is_direct_deals_enabled"
    is_in_3ds_authorization_enabled_market = "is_in_3ds_authorization_enabled_market"
    is_notifications_enabled = "is_notifications_enabled"
    is_personal = "is_personal"
    is_prepay_account = "is_prepay_account"
    is_tax_id_required = "is_tax_id_required"
    liable_address = "liable_address"
    line_numbers = "line_numbers"
    marketing_messages_settings = "marketing_messages_settings"
    media_agency = "media_agency"
    min_campaign_group_spend_cap = "min_campaign_group_spend_cap"
    offsite_clo_signal_status = "offsite_clo_signal_status"
    offsite_pixels_tos_accepted = "offsite_pixels_tos_accepted"
    opportunity_score = "opportunity_score"
    owner_business = "owner_business"
    partner = "partner"
    rf_spec = "rf_spec"
    send_bill_to_address = "send_bill_to_address"
    show_checkout_experience = "show_checkout_experience"
    sold_to_address = "sold_to_address"
    tax_id = "tax_id"
    tax_id_status = "tax_id_status"
    tax_id_type = "tax_id_type"
    timezone_offset_hours_utc = "timezone_offset_hours_utc"
    tos_accepted = "tos_accepted"
    user_access_expire_time = "user_access_expire_time"
    user_tasks = "user_tasks"
    user_tos_accepted = "user_tos_accepted"
    viewable_business = "viewable_business"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
AdAccountFieldLiteral = Literal[
    "id",
    "account_id",
    "name",
    "account_status",
    "age",
    "amount_spent",
    "balance",
    "business",
    "business_name",
    "created_time",
    "currency",
    "disable_reason",
    "end_advertiser",
    "min_daily_budget",
    "owner",
    "spend_cap",
    "timezone_id",
    "timezone_name",
    "ad_account_promotable_objects",
    "agency_client_declaration",
    "all_capabilities",
    "attribution_spec",
    "brand_safety_content_filter_levels",
    "business_city",
    "business_country_code",
    "business_state",
    "business_street",
    "business_street2",
    "business_zip",
    "can_create_brand_lift_study",
    "capabilities",
    "custom_audience_info",
    "default_dsa_beneficiary",
    "default_dsa_payor",
    "end_advertiser_name",
    "existing_customers",
    "expired_funding_source_details",
    "extended_credit_invoice_group",
    "failed_delivery_checks",
    "fb_entity",
    "funding_source",
    "funding_source_details",
    "has_migrated_permissions",
    "has_page_authorized_adaccount",
    "io_number",
    "is_attribution_spec_system_default",
    "is_ba_skip_delayed_eligible",
    "is_direct_deals_enabled",
    "is_in_3ds_authorization_enabled_market",
    "is_notifications_enabled",
    "is_personal",
    "is_prepay_account",
    "is_tax_id_required",
    "liable_address",
    "line_numbers",
    "marketing_messages_settings",
    "media_agency",
    "min_campaign_group_spend_cap",
    "offsite_clo_signal_status",
    "offsite_pixels_tos_accepted",
    "opportunity_score",
    "owner_business",
    "partner",
    "rf_spec",
    "send_bill_to_address",
    "show_checkout_experience",
    "sold_to_address",
    "tax_id",
    "tax_id_status",
    "tax_id_type",
    "timezone_offset_hours_utc",
    "tos_accepted",
    "user_access_expire_time",
    "user_tasks",
    "user_tos_accepted",
    "viewable_business",
]
