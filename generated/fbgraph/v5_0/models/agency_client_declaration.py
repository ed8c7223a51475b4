"""AgencyClientDeclaration and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class AgencyClientDeclaration(GraphModel):
    agency_representing_client: int | None = None
    client_based_in_france: int | None = None
    client_city: str | None = None
    client_country_code: str | None = None
    client_email_address: str | None = None
    client_name: str | None = None
    client_postal_code: str | None = None
    client_province: str | None = None
    client_street: str | None = None
    client_street2: str | None = None
    has_written_mandate_from_advertiser: int | None = None
    is_client_paying_invoices: int | None = None


class AgencyClientDeclarationField(GraphEnum):
    """Fields of AgencyClientDeclaration to ask for with `fields=`."""

    agency_representing_client = "agency_representing_client"
    client_based_in_france = "client_based_in_france"
    client_city = "client_city"
    client_country_code = "client_country_code"
    client_email_address = "client_email_address"
    client_name = "client_name"
    client_postal_code = "client_postal_code"
    client_province = "client_province"
    client_street = "client_street"
    client_street2 = "client_street2"
    has_written_mandate_from_advertiser = "has_written_mandate_from_advertiser"
    is_client_paying_invoices = "is_client_paying_invoices"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
AgencyClientDeclarationFieldLiteral = Literal[
    "agency_representing_client",
    "client_based_in_france",
    "client_city",
    "client_country_code",
    "client_email_address",
    "client_name",
    "client_postal_code",
    "client_province",
    "client_street",
    "client_street2",
    "has_written_mandate_from_advertiser",
    "is_client_paying_invoices",
]
