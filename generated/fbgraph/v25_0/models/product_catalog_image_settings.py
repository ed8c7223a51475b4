"""ProductCatalogImageSettings and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph.v25_0.models._refs import ProductCatalogImageSettingsOperation
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict
from enum import StrEnum


class ProductCatalogImageSettings(GraphModel):
    carousel_ad: ProductCatalogImageSettingsOperation | None = None
    single_ad: ProductCatalogImageSettingsOperation | None = None


class ProductCatalogImageSettingsField(GraphEnum):
    """Fields of ProductCatalogImageSettings to ask for with `fields=`."""

    carousel_ad = "carousel_ad"
    single_ad = "single_ad"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
ProductCatalogImageSettingsFieldLiteral = Literal[
    "carousel_ad",
    "single_ad",
]
