"""Location and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class Location(GraphModel):
    city: str | None = None
    city_id: int | None = None
    country: str | None = None
    country_code: str | None = None
    latitude: float | None = None
    located_in: str | None = None
    longitude: float | None = None
    name: str | None = None
    region: str | None = None
    region_id: int | None = None
    state: str | None = None
    street: str | None = None
    zip: str | None = None


class LocationField(GraphEnum):
    """
    Fields of Location to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``name_`` is 'name'. Calls also take the value as a string.
    """

    city = "city"
    city_id = "city_id"
    country = "country"
    country_code = "country_code"
    latitude = "latitude"
    located_in = "located_in"
    longitude = "longitude"
    name_ = "name"
    region = "region"
    region_id = "region_id"
    state = "state"
    street = "street"
    zip = "zip"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
LocationFieldLiteral = Literal[
    "city",
    "city_id",
    "country",
    "country_code",
    "latitude",
    "located_in",
    "longitude",
    "name",
    "region",
    "region_id",
    "state",
    "street",
    "zip",
]
