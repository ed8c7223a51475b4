"""ExtendedCredit and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph.v25_0.models._refs import (
    Business,
    CRMAddress,
    CurrencyAmount,
    ExtendedCreditAllocationConfig,
)
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict
from enum import StrEnum


class ExtendedCredit(GraphModel):
    allocated_amount: CurrencyAmount | None = None
    balance: CurrencyAmount | None = None
    credit_available: CurrencyAmount | None = None
    credit_type: str | None = None
    id: str
    is_access_revoked: bool | None = None
    is_automated_experience: bool | None = None
    legal_entity_name: str | None = None
    liable_address: CRMAddress | None = None
    liable_biz_name: str | None = None
    max_balance: CurrencyAmount | None = None
    online_max_balance: CurrencyAmount | None = None
    owner_business: Business | None = None
    owner_business_name: str | None = None
    partition_from: str | None = None
    receiving_credit_allocation_config: ExtendedCreditAllocationConfig | None = None
    send_bill_to_address: CRMAddress | None = None
    send_bill_to_biz_name: str | None = None
    sold_to_address: CRMAddress | None = None


class ExtendedCreditField(GraphEnum):
    """Fields of ExtendedCredit to ask for with `fields=`."""

    allocated_amount = "allocated_amount"
    balance = "balance"
    credit_available = "credit_available"
    credit_type = "credit_type"
    id = "id"
    is_access_revoked = "is_access_revoked"
    is_automated_experience = "is_automated_experience"
    legal_entity_name = "legal_entity_name"
    liable_address = "liable_address"
    liable_biz_name = "liable_biz_name"
    max_balance = "max_balance"
    online_max_balance = "online_max_balance"
    owner_business = "owner_business"
    owner_business_name = "owner_business_name"
    partition_from = "partition_from"
    receiving_credit_allocation_config = "receiving_credit_allocation_config"
    send_bill_to_address = "send_bill_to_address"
    send_bill_to_biz_name = "send_bill_to_biz_name"
    sold_to_address = "sold_to_address"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
ExtendedCreditFieldLiteral = Literal[
    "allocated_amount",
    "balance",
    "credit_available",
    "credit_type",
    "id",
    "is_access_revoked",
    "is_automated_experience",
    "legal_entity_name",
    "liable_address",
    "liable_biz_name",
    "max_balance",
    "online_max_balance",
    "owner_business",
    "owner_business_name",
    "partition_from",
    "receiving_credit_allocation_config",
    "send_bill_to_address",
    "send_bill_to_biz_name",
    "sold_to_address",
]
