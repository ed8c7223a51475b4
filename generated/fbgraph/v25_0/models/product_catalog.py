"""ProductCatalog and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph.v25_0.models._refs import (
    Business,
    CollaborativeAdsShareSettings,
    CommerceMerchantSettings,
    ProductCatalogImageSettings,
    StoreCatalogSettings,
    User,
)
from datetime import datetime
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict
from enum import StrEnum


class ProductCatalog(GraphModel):
    ad_account_to_collaborative_ads_share_settings: CollaborativeAdsShareSettings | None = None
    agency_collaborative_ads_share_settings: CollaborativeAdsShareSettings | None = None
    business: Business | None = None
    catalog_store: StoreCatalogSettings | None = None
    commerce_merchant_settings: CommerceMerchantSettings | None = None
    creator_user: User | None = None
    da_display_settings: ProductCatalogImageSettings | None = None
    default_image_url: str | None = None
    fallback_image_url: list[str] | None = None
    feed_count: int | None = None
    id: str
    is_catalog_segment: bool | None = None
    is_local_catalog: bool | None = None
    name: str | None = None
    owner_business: Business | None = None
    product_count: int | None = None
    store_catalog_settings: StoreCatalogSettings | None = None
    user_access_expire_time: datetime | None = None
    vertical: str | None = None


class ProductCatalogField(GraphEnum):
    """
    Fields of ProductCatalog to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``name_`` is 'name'. Calls also take the value as a string.
    """

    ad_account_to_collaborative_ads_share_settings = (
        "ad_account_to_collaborative_ads_share_settings"
    )
    agency_collaborative_ads_share_settings = "agency_collaborative_ads_share_settings"
    business = "business"
    catalog_store = "catalog_store"
    commerce_merchant_settings = "commerce_merchant_settings"
    creator_user = "creator_user"
    da_display_settings = "da_display_settings"
    default_image_url = "default_image_url"
    fallback_image_url = "fallback_image_url"
    feed_count = "feed_count"
    id = "id"
    is_catalog_segment = "is_catalog_segment"
    is_local_catalog = "is_local_catalog"
    name_ = "name"
    owner_business = "owner_business"
    product_count = "product_count"
    store_catalog_settings = "store_catalog_settings"
    user_access_expire_time = "user_access_expire_time"
    vertical = "vertical"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
ProductCatalogFieldLiteral = Literal[
    "ad_account_to_collaborative_ads_share_settings",
    "agency_collaborative_ads_share_settings",
    "business",
    "catalog_store",
    "commerce_merchant_settings",
    "creator_user",
    "da_display_settings",
    "default_image_url",
    "fallback_image_url",
    "feed_count",
    "id",
    "is_catalog_segment",
    "is_local_catalog",
    "name",
    "owner_business",
    "product_count",
    "store_catalog_settings",
    "user_access_expire_time",
    "vertical",
]
