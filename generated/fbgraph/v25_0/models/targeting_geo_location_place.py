"""TargetingGeoLocationPlace and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class TargetingGeoLocationPlace(GraphModel):
    country: str | None = None
    distance_unit: str | None = None
    key: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    name: str | None = None
    primary_city_id: int | None = None
    radius: float | None = None
    region_id: int | None = None


class TargetingGeoLocationPlaceField(GraphEnum):
    """
    Fields of TargetingGeoLocationPlace to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``name_`` is 'name'. Calls also take the value as a string.
    """

    country = "country"
    distance_unit = "distance_unit"
    key = "key"
    latitude = "latitude"
    longitude = "longitude"
    name_ = "name"
    primary_city_id = "primary_city_id"
    radius = "radius"
    region_id = "region_id"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
TargetingGeoLocationPlaceFieldLiteral = Literal[
    "country",
    "distance_unit",
    "key",
    "latitude",
    "longitude",
    "name",
    "primary_city_id",
    "radius",
    "region_id",
]
