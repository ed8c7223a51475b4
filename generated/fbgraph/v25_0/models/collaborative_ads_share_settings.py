"""CollaborativeAdsShareSettings and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph.v25_0.models._refs import Business
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict
from enum import StrEnum


class CollaborativeAdsShareSettings(GraphModel):
    agency_business: Business | None = None
    id: str
    product_catalog_proxy_id: str | None = None
    utm_campaign: str | None = None
    utm_medium: str | None = None
    utm_source: str | None = None


class CollaborativeAdsShareSettingsField(GraphEnum):
    """Fields of CollaborativeAdsShareSettings to ask for with `fields=`."""

    agency_business = "agency_business"
    id = "id"
    product_catalog_proxy_id = "product_catalog_proxy_id"
    utm_campaign = "utm_campaign"
    utm_medium = "utm_medium"
    utm_source = "utm_source"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
CollaborativeAdsShareSettingsFieldLiteral = Literal[
    "agency_business",
    "id",
    "product_catalog_proxy_id",
    "utm_campaign",
    "utm_medium",
    "utm_source",
]
