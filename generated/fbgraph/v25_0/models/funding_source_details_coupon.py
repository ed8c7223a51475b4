"""FundingSourceDetailsCoupon and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph.v25_0.models._refs import FundingSourceDetailsCouponTiering
from datetime import datetime
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict
from enum import StrEnum


class FundingSourceDetailsCoupon(GraphModel):
    amount: int | None = None
    campaign_ids: list[int] | None = None
    child_ad_account_id: str | None = None
    child_bm_id: str | None = None
    coupon_id: str | None = None
    coupon_tiering: FundingSourceDetailsCouponTiering | None = None
    currency: str | None = None
    display_amount: str | None = None
    expiration: datetime | None = None
    original_amount: int | None = None
    original_display_amount: str | None = None
    start_date: datetime | None = None
    vendor_id: str | None = None


class FundingSourceDetailsCouponField(GraphEnum):
    """Fields of FundingSourceDetailsCoupon to ask for with `fields=`."""

    amount = "amount"
    campaign_ids = "campaign_ids"
    child_ad_account_id = "child_ad_account_id"
    child_bm_id = "child_bm_id"
    coupon_id = "coupon_id"
    coupon_tiering = "coupon_tiering"
    currency = "currency"
    display_amount = "display_amount"
    expiration = "expiration"
    original_amount = "original_amount"
    original_display_amount = "original_display_amount"
    start_date = "start_date"
    vendor_id = "vendor_id"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
FundingSourceDetailsCouponFieldLiteral = Literal[
    "amount",
    "campaign_ids",
    "child_ad_account_id",
    "child_bm_id",
    "coupon_id",
    "coupon_tiering",
    "currency",
    "display_amount",
    "expiration",
    "original_amount",
    "original_display_amount",
    "start_date",
    "vendor_id",
]
