"""FundingSourceDetails and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph.v5_0.models._refs import FundingSourceDetailsCoupon
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict
from enum import StrEnum


class FundingSourceDetails(GraphModel):
    coupon: FundingSourceDetailsCoupon | None = None
    display_string: str | None = None
    id: str
    type: int | None = None


class FundingSourceDetailsField(GraphEnum):
    """Fields of FundingSourceDetails to ask for with `fields=`."""

    coupon = "coupon"
    display_string = "display_string"
    id = "id"
    type = "type"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
FundingSourceDetailsFieldLiteral = Literal[
    "coupon",
    "display_string",
    "id",
    "type",
]
