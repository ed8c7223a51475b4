"""ExtendedCreditInvoiceGroup and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph.v25_0.models._refs import CRMAddress, ExtendedCreditEmail
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict
from enum import StrEnum


class ExtendedCreditInvoiceGroup(GraphModel):
    auto_enroll: bool | None = None
    bill_to_address: CRMAddress | None = None
    customer_po_number: str | None = None
    email: ExtendedCreditEmail | None = None
    emails: list[str] | None = None
    id: str
    liable_address: CRMAddress | None = None
    name: str | None = None
    sold_to_address: CRMAddress | None = None


class ExtendedCreditInvoiceGroupField(GraphEnum):
    """
    Fields of ExtendedCreditInvoiceGroup to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``name_`` is 'name'. Calls also take the value as a string.
    """

    auto_enroll = "auto_enroll"
    bill_to_address = "bill_to_address"
    customer_po_number = "customer_po_number"
    email = "email"
    emails = "emails"
    id = "id"
    liable_address = "liable_address"
    name_ = "name"
    sold_to_address = "sold_to_address"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
ExtendedCreditInvoiceGroupFieldLiteral = Literal[
    "auto_enroll",
    "bill_to_address",
    "customer_po_number",
    "email",
    "emails",
    "id",
    "liable_address",
    "name",
    "sold_to_address",
]
