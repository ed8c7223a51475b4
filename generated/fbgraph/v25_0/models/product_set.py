"""ProductSet and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph.v25_0.models._refs import ProductCatalog, ProductSetMetadata
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict
from enum import StrEnum


class ProductSet(GraphModel):
    auto_creation_url: str | None = None
    filter: str | None = None
    id: str
    latest_metadata: ProductSetMetadata | None = None
    live_metadata: ProductSetMetadata | None = None
    name: str | None = None
    ordering_info: list[int] | None = None
    product_catalog: ProductCatalog | None = None
    product_count: int | None = None
    retailer_id: str | None = None


class ProductSetField(GraphEnum):
    """
    Fields of ProductSet to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``name_`` is 'name'. Calls also take the value as a string.
    """

    auto_creation_url = "auto_creation_url"
    filter = "filter"
    id = "id"
    latest_metadata = "latest_metadata"
    live_metadata = "live_metadata"
    name_ = "name"
    ordering_info = "ordering_info"
    product_catalog = "product_catalog"
    product_count = "product_count"
    retailer_id = "retailer_id"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
ProductSetFieldLiteral = Literal[
    "auto_creation_url",
    "filter",
    "id",
    "latest_metadata",
    "live_metadata",
    "name",
    "ordering_info",
    "product_catalog",
    "product_count",
    "retailer_id",
]
