"""MailingAddress and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph.v25_0.models._refs import PageNode
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict
from enum import StrEnum


class MailingAddress(GraphModel):
    city: str | None = None
    city_page: PageNode | None = None
    country: str | None = None
    id: str
    postal_code: str | None = None
    region: str | None = None
    street1: str | None = None
    street2: str | None = None


class MailingAddressField(GraphEnum):
    """Fields of MailingAddress to ask for with `fields=`."""

    city = "city"
    city_page = "city_page"
    country = "country"
    id = "id"
    postal_code = "postal_code"
    region = "region"
    street1 = "street1"
    street2 = "street2"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
MailingAddressFieldLiteral = Literal[
    "city",
    "city_page",
    "country",
    "id",
    "postal_code",
    "region",
    "street1",
    "street2",
]
