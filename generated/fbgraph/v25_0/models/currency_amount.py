"""CurrencyAmount and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class CurrencyAmount(GraphModel):
    amount: str | None = None
    amount_in_hundredths: str | None = None
    currency: str | None = None
    offsetted_amount: str | None = None


class CurrencyAmountField(GraphEnum):
    """Fields of CurrencyAmount to ask for with `fields=`."""

    amount = "amount"
    amount_in_hundredths = "amount_in_hundredths"
    currency = "currency"
    offsetted_amount = "offsetted_amount"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
CurrencyAmountFieldLiteral = Literal[
    "amount",
    "amount_in_hundredths",
    "currency",
    "offsetted_amount",
]
