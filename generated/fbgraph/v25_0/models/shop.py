"""Shop and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph.v25_0.models._refs import CommerceMerchantSettings
from typing import Any
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict
from enum import StrEnum


class Shop(GraphModel):
    commerce_merchant_settings: CommerceMerchantSettings | None = None
    fb_sales_channel: dict[str, Any] | None = None
    id: str
    ig_sales_channel: dict[str, Any] | None = None
    shop_status: str | None = None
    workspace: dict[str, Any] | None = None


class ShopField(GraphEnum):
    """Fields of Shop to ask for with `fields=`."""

    commerce_merchant_settings = "commerce_merchant_settings"
    fb_sales_channel = "fb_sales_channel"
    id = "id"
    ig_sales_channel = "ig_sales_channel"
    shop_status = "shop_status"
    workspace = "workspace"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
ShopFieldLiteral = Literal[
    "commerce_merchant_settings",
    "fb_sales_channel",
    "id",
    "ig_sales_channel",
    "shop_status",
    "workspace",
]
