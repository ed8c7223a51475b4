"""ManagedPartnerBusiness and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph.v25_0.models._refs import (
    AdAccount,
    ManagedPartnerExtendedCredit,
    PageNode,
    ProductCatalog,
)
from typing import Any
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict
from enum import StrEnum


class ManagedPartnerBusiness(GraphModel):
    ad_account: AdAccount | None = None
    catalog_segment: ProductCatalog | None = None
    extended_credit: ManagedPartnerExtendedCredit | None = None
    page: PageNode | None = None
    seller_business_info: dict[str, Any] | None = None
    seller_business_status: str | None = None
    template: list[dict[str, Any]] | None = None


class ManagedPartnerBusinessField(GraphEnum):
    """Fields of ManagedPartnerBusiness to ask for with `fields=`."""

    ad_account = "ad_account"
    catalog_segment = "catalog_segment"
    extended_credit = "extended_credit"
    page = "page"
    seller_business_info = "seller_business_info"
    seller_business_status = "seller_business_status"
    template = "template"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
ManagedPartnerBusinessFieldLiteral = Literal[
    "ad_account",
    "catalog_segment",
    "extended_credit",
    "page",
    "seller_business_info",
    "seller_business_status",
    "template",
]
