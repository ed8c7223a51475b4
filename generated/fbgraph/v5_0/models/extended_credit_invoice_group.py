"""ExtendedCreditInvoiceGroup and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from typing import Any
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class ExtendedCreditInvoiceGroup(GraphModel):
    auto_enroll: bool | None = None
    customer_po_number: str | None = None
    email: dict[str, Any] | None = None
    emails: list[str] | None = None
    id: str
    name: str | None = None


class ExtendedCreditInvoiceGroupField(GraphEnum):
    """
    Fields of ExtendedCreditInvoiceGroup to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``name_`` is 'name'. Calls also take the value as a string.
    """

    auto_enroll = "auto_enroll"
    customer_po_number = "customer_po_number"
    email = "email"
    emails = "emails"
    id = "id"
    name_ = "name"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
ExtendedCreditInvoiceGroupFieldLiteral = Literal[
    "auto_enroll",
    "customer_po_number",
    "email",
    "emails",
    "id",
    "name",
]
