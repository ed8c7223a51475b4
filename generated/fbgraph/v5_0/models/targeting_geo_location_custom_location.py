"""TargetingGeoLocationCustomLocation and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class TargetingGeoLocationCustomLocation(GraphModel):
    address_string: str | None = None
    country: str | None = None
    country_group: str | None = None
    custom_type: str | None = None
    distance_unit: str | None = None
    key: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    max_population: int | None = None
    min_population: int | None = None
    name: str | None = None
    primary_city_id: int | None = None
    radius: float | None = None
    region_id: int | None = None


class TargetingGeoLocationCustomLocationField(GraphEnum):
    """
    Fields of TargetingGeoLocationCustomLocation to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``name_`` is 'name'. Calls also take the value as a string.
    """

    address_string = "address_string"
    country = "country"
    country_group = "country_group"
    custom_type = "custom_type"
    distance_unit = "distance_unit"
    key = "key"
    latitude = "latitude"
    longitude = "longitude"
    max_population = "max_population"
    min_population = "min_population"
    name_ = "name"
    primary_city_id = "primary_city_id"
    radius = "radius"
    region_id = "region_id"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
TargetingGeoLocationCustomLocationFieldLiteral = Literal[
    "address_string",
    "country",
    "country_group",
    "custom_type",
    "distance_unit",
    "key",
    "latitude",
    "longitude",
    "max_population",
    "min_population",
    "name",
    "primary_city_id",
    "radius",
    "region_id",
]
