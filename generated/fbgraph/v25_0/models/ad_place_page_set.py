"""AdPlacePageSet and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph.v25_0.models._refs import PageNode
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict
from enum import StrEnum


class AdPlacePageSet(GraphModel):
    account_id: str | None = None
    id: str
    location_types: list[str] | None = None
    name: str | None = None
    pages_count: int | None = None
    parent_page: PageNode | None = None


class AdPlacePageSetField(GraphEnum):
    """
    Fields of AdPlacePageSet to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``name_`` is 'name'. Calls also take the value as a string.
    """

    account_id = "account_id"
    id = "id"
    location_types = "location_types"
    name_ = "name"
    pages_count = "pages_count"
    parent_page = "parent_page"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
AdPlacePageSetFieldLiteral = Literal[
    "account_id",
    "id",
    "location_types",
    "name",
    "pages_count",
    "parent_page",
]
