"""ManagedPartnerExtendedCredit and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph.v25_0.models._refs import CurrencyAmount, ExtendedCreditAllocationConfig
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict
from enum import StrEnum


class ManagedPartnerExtendedCredit(GraphModel):
    id: str
    max_balance: CurrencyAmount | None = None
    receiving_credit_allocation_config: ExtendedCreditAllocationConfig | None = None


class ManagedPartnerExtendedCreditField(GraphEnum):
    """Fields of ManagedPartnerExtendedCredit to ask for with `fields=`."""

    id = "id"
    max_balance = "max_balance"
    receiving_credit_allocation_config = "receiving_credit_allocation_config"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
ManagedPartnerExtendedCreditFieldLiteral = Literal[
    "id",
    "max_balance",
    "receiving_credit_allocation_config",
]
