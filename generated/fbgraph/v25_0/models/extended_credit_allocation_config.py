"""ExtendedCreditAllocationConfig and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph.v25_0.models._refs import Business, CurrencyAmount, ExtendedCredit
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict
from enum import StrEnum


class ExtendedCreditAllocationConfig(GraphModel):
    currency_amount: CurrencyAmount | None = None
    id: str
    liability_type: str | None = None
    owning_business: Business | None = None
    owning_credential: ExtendedCredit | None = None
    partition_type: str | None = None
    receiving_business: Business | None = None
    receiving_credential: ExtendedCredit | None = None
    request_status: str | None = None
    send_bill_to: str | None = None


class ExtendedCreditAllocationConfigField(GraphEnum):
    """Fields of ExtendedCreditAllocationConfig to ask for with `fields=`."""

    currency_amount = "currency_amount"
    id = "id"
    liability_type = "liability_type"
    owning_business = "owning_business"
    owning_credential = "owning_credential"
    partition_type = "partition_type"
    receiving_business = "receiving_business"
    receiving_credential = "receiving_credential"
    request_status = "request_status"
    send_bill_to = "send_bill_to"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
ExtendedCreditAllocationConfigFieldLiteral = Literal[
    "currency_amount",
    "id",
    "liability_type",
    "owning_business",
    "owning_credential",
    "partition_type",
    "receiving_business",
    "receiving_credential",
    "request_status",
    "send_bill_to",
]
