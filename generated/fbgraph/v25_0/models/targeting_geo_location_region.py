"""TargetingGeoLocationRegion and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class TargetingGeoLocationRegion(GraphModel):
    country: str | None = None
    key: str | None = None
    name: str | None = None


class TargetingGeoLocationRegionField(GraphEnum):
    """
    Fields of TargetingGeoLocationRegion to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``name_`` is 'name'. Calls also take the value as a string.
    """

    country = "country"
    key = "key"
    name_ = "name"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
TargetingGeoLocationRegionFieldLiteral = Literal[
    "country",
    "key",
    "name",
]
