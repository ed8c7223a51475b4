"""AdAccountCreationRequest and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from typing import Any
from fbgraph.v5_0.models._refs import Business, User
from datetime import datetime
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict
from enum import StrEnum


class AdAccountCreationRequest(GraphModel):
    ad_accounts_currency: str | None = None
    ad_accounts_info: list[dict[str, Any]] | None = None
    additional_comment: str | None = None
    address_in_chinese: str | None = None
    address_in_english: dict[str, Any] | None = None
    address_in_local_language: str | None = None
    advertiser_business: Business | None = None
    appeal_reason: dict[str, Any] | None = None
    business: Business | None = None
    business_registration_id: str | None = None
    chinese_legal_entity_name: str | None = None
    contact: dict[str, Any] | None = None
    creator: User | None = None
    credit_card_id: str | None = None
    disapproval_reasons: list[dict[str, Any]] | None = None
    english_legal_entity_name: str | None = None
    extended_credit_id: str | None = None
    id: str
    is_smb: bool | None = None
    is_test: bool | None = None
    is_under_authorization: bool | None = None
    legal_entity_name_in_local_language: str | None = None
    oe_request_id: str | None = None
    official_website_url: str | None = None
    planning_agency_business: Business | None = None
    planning_agency_business_id: str | None = None
    promotable_app_ids: list[str] | None = None
    promotable_page_ids: list[str] | None = None
    promotable_urls: list[str] | None = None
    request_change_reasons: list[dict[str, Any]] | None = None
    status: str | None = None
    subvertical: str | None = None
    time_created: datetime | None = None
    vertical: str | None = None


class AdAccountCreationRequestField(GraphEnum):
    """Fields of AdAccountCreationRequest to ask for with `fields=`."""

    ad_accounts_currency = "ad_accounts_currency"
    ad_accounts_info = "ad_accounts_info"
    additional_comment = "additional_comment"
    address_in_chinese = "address_in_chinese"
    address_in_english = "address_in_english"
    address_in_local_language = "address_in_local_language"
    advertiser_business = "advertiser_business"
    appeal_reason = "appeal_reason"
    business = "business"
    business_registration_id = "business_registration_id"
    chinese_legal_entity_name = "chinese_legal_entity_name"
    contact = "contact"
    creator = "creator"
    credit_card_id = "credit_card_id"
    disapproval_reasons = "disapproval_reasons"
    english_legal_entity_name = "english_legal_entity_name"
    extended_credit_id = "extended_credit_id"
    id = "id"
    is_smb = "is_smb"
    is_test = "is_test"
    is_under_authorization = "is_under_authorization"
    legal_entity_name_in_local_language = "legal_entity_name_in_local_language"
    oe_request_id = "oe_request_id"
    official_website_url = "official_website_url"
    planning_agency_business = "planning_agency_business"
    planning_agency_business_id = "planning_agency_business_id"
    promotable_app_ids = "promotable_app_ids"
    promotable_page_ids = "promotable_page_ids"
    promotable_urls = "promotable_urls"
    request_change_reasons = "request_change_reasons"
    status = "status"
    subvertical = "subvertical"
    time_created = "time_created"
    vertical = "vertical"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
AdAccountCreationRequestFieldLiteral = Literal[
    "ad_accounts_currency",
    "ad_accounts_info",
    "additional_comment",
    "address_in_chinese",
    "address_in_english",
    "address_in_local_language",
    "advertiser_business",
    "appeal_reason",
    "business",
    "business_registration_id",
    "chinese_legal_entity_name",
    "contact",
    "creator",
    "credit_card_id",
    "disapproval_reasons",
    "english_legal_entity_name",
    "extended_credit_id",
    "id",
    "is_smb",
    "is_test",
    "is_under_authorization",
    "legal_entity_name_in_local_language",
    "oe_request_id",
    "official_website_url",
    "planning_agency_business",
    "planning_agency_business_id",
    "promotable_app_ids",
    "promotable_page_ids",
    "promotable_urls",
    "request_change_reasons",
    "status",
    "subvertical",
    "time_created",
    "vertical",
]
