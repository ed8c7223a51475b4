"""FundingSourceDetailsCouponTiering and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from typing import Any
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class FundingSourceDetailsCouponTiering(GraphModel):
    coupon_tiering_new: dict[str, Any] | None = None
    coupon_tiering_reactivation: dict[str, Any] | None = None


class FundingSourceDetailsCouponTieringField(GraphEnum):
    """Fields of FundingSourceDetailsCouponTiering to ask for with `fields=`."""

    coupon_tiering_new = "coupon_tiering_new"
    coupon_tiering_reactivation = "coupon_tiering_reactivation"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
FundingSourceDetailsCouponTieringFieldLiteral = Literal[
    "coupon_tiering_new",
    "coupon_tiering_reactivation",
]
