"""PagePaymentOptions and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class PagePaymentOptions(GraphModel):
    amex: int | None = None
    cash_only: int | None = None
    discover: int | None = None
    mastercard: int | None = None
    visa: int | None = None


class PagePaymentOptionsField(GraphEnum):
    """Fields of PagePaymentOptions to ask for with `fields=`."""

    amex = "amex"
    cash_only = "cash_only"
    discover = "discover"
    mastercard = "mastercard"
    visa = "visa"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
PagePaymentOptionsFieldLiteral = Literal[
    "amex",
    "cash_only",
    "discover",
    "mastercard",
    "visa",
]
