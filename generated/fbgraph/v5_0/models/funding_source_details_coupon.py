"""FundingSourceDetailsCoupon and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from datetime import datetime
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class FundingSourceDetailsCoupon(GraphModel):
    amount: int | None = None
    currency: str | None = None
    display_amount: str | None = None
    expiration: datetime | None = None


class FundingSourceDetailsCouponField(GraphEnum):
    """Fields of FundingSourceDetailsCoupon to ask for with `fields=`."""

    amount = "amount"
    currency = "currency"
    display_amount = "display_amount"
    expiration = "expiration"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
FundingSourceDetailsCouponFieldLiteral = Literal[
    "amount",
    "currency",
    "display_amount",
    "expiration",
]
