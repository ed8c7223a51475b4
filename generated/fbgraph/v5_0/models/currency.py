"""Currency and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class Currency(GraphModel):
    currency_offset: int | None = None
    usd_exchange: float | None = None
    usd_exchange_inverse: float | None = None
    user_currency: str | None = None


class CurrencyField(GraphEnum):
    """Fields of Currency to ask for with `fields=`."""

    currency_offset = "currency_offset"
    usd_exchange = "usd_exchange"
    usd_exchange_inverse = "usd_exchange_inverse"
    user_currency = "user_currency"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
CurrencyFieldLiteral = Literal[
    "currency_offset",
    "usd_exchange",
    "usd_exchange_inverse",
    "user_currency",
]
