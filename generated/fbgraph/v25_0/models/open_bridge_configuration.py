"""OpenBridgeConfiguration and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class OpenBridgeConfiguration(GraphModel):
    active: bool | None = None
    blocked_event_types: list[str] | None = None
    blocked_websites: list[str] | None = None
    browser_agent: list[str] | None = None
    capi_publishing_state: str | None = None
    cloud_provider: str | None = None
    cloud_region: str | None = None
    destination_id: str | None = None
    endpoint: str | None = None
    event_enrichment_advertiser_state: str | None = None
    event_enrichment_meta_state: str | None = None
    event_enrichment_state: str | None = None
    fallback_domain: str | None = None
    host_business_id: str | None = None
    id: str
    instance_id: str | None = None
    instance_version: str | None = None
    is_sgw_instance: bool | None = None
    is_sgw_pixel_from_meta_pixel: bool | None = None
    partner_name: str | None = None
    pixel_id: str | None = None
    sgw_account_id: str | None = None
    sgw_instance_url: str | None = None
    sgw_pixel_id: str | None = None


class OpenBridgeConfigurationField(GraphEnum):
    """Fields of OpenBridgeConfiguration to ask for with `fields=`."""

    active = "active"
    blocked_event_types = "blocked_event_types"
    blocked_websites = "blocked_websites"
    browser_agent = "browser_agent"
    capi_publishing_state = "capi_publishing_state"
    cloud_provider = "cloud_provider"
    cloud_region = "cloud_region"
    destination_id = "destination_id"
    endpoint = "endpoint"
    event_enrichment_advertiser_state = "event_enrichment_advertiser_state"
    event_enrichment_meta_state = "event_enrichment_meta_state"
    event_enrichment_state = "event_enrichment_state"
    fallback_domain = "fallback_domain"
    host_business_id = "host_business_id"
    id = "id"
    instance_id = "instance_id"
    instance_version = "instance_version"
    is_sgw_instance = "is_sgw_instance"
    is_sgw_pixel_from_meta_pixel = "is_sgw_pixel_from_meta_pixel"
    partner_name = "partner_name"
    pixel_id = "pixel_id"
    sgw_account_id = "sgw_account_id"
    sgw_instance_url = "sgw_instance_url"
    sgw_pixel_id = "sgw_pixel_id"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
OpenBridgeConfigurationFieldLiteral = Literal[
    "active",
    "blocked_event_types",
    "blocked_websites",
    "browser_agent",
    "capi_publishing_state",
    "cloud_provider",
    "cloud_region",
    "destination_id",
    "endpoint",
    "event_enrichment_advertiser_state",
    "event_enrichment_meta_state",
    "event_enrichment_state",
    "fallback_domain",
    "host_business_id",
    "id",
    "instance_id",
    "instance_version",
    "is_sgw_instance",
    "is_sgw_pixel_from_meta_pixel",
    "partner_name",
    "pixel_id",
    "sgw_account_id",
    "sgw_instance_url",
    "sgw_pixel_id",
]
