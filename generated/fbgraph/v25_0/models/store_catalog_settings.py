"""StoreCatalogSettings and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph.v25_0.models._refs import PageNode
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict
from enum import StrEnum


class StoreCatalogSettings(GraphModel):
    id: str
    page: PageNode | None = None


class StoreCatalogSettingsField(GraphEnum):
    """Fields of StoreCatalogSettings to ask for with `fields=`."""

    id = "id"
    page = "page"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
StoreCatalogSettingsFieldLiteral = Literal[
    "id",
    "page",
]
