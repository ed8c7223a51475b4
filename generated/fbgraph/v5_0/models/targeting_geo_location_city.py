"""TargetingGeoLocationCity and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class TargetingGeoLocationCity(GraphModel):
    country: str | None = None
    distance_unit: str | None = None
    key: str | None = None
    name: str | None = None
    radius: int | None = None
    region: str | None = None
    region_id: str | None = None


class TargetingGeoLocationCityField(GraphEnum):
    """
    Fields of TargetingGeoLocationCity to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``name_`` is 'name'. Calls also take the value as a string.
    """

    country = "country"
    distance_unit = "distance_unit"
    key = "key"
    name_ = "name"
    radius = "radius"
    region = "region"
    region_id = "region_id"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
TargetingGeoLocationCityFieldLiteral = Literal[
    "country",
    "distance_unit",
    "key",
    "name",
    "radius",
    "region",
    "region_id",
]
