"""CRMAddress and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class CRMAddress(GraphModel):
    city: str | None = None
    cnpj_tax_id: str | None = None
    country: str | None = None
    id: str
    postal_code: str | None = None
    registration_label: str | None = None
    registration_number: str | None = None
    state: str | None = None
    street1: str | None = None
    street2: str | None = None
    street3: str | None = None
    street4: str | None = None
    validation_status: str | None = None
    vat_tax_id: str | None = None


class CRMAddressField(GraphEnum):
    """Fields of CRMAddress to ask for with `fields=`."""

    city = "city"
    cnpj_tax_id = "cnpj_tax_id"
    country = "country"
    id = "id"
    postal_code = "postal_code"
    registration_label = "registration_label"
    registration_number = "registration_number"
    state = "state"
    street1 = "street1"
    street2 = "street2"
    street3 = "street3"
    street4 = "street4"
    validation_status = "validation_status"
    vat_tax_id = "vat_tax_id"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
CRMAddressFieldLiteral = Literal[
    "city",
    "cnpj_tax_id",
    "country",
    "id",
    "postal_code",
    "registration_label",
    "registration_number",
    "state",
    "street1",
    "street2",
    "street3",
    "street4",
    "validation_status",
    "vat_tax_id",
]
