"""Place and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph.v25_0.models._refs import Location
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict
from enum import StrEnum


class Place(GraphModel):
    id: str
    location: Location | None = None
    name: str | None = None
    overall_rating: float | None = None


class PlaceField(GraphEnum):
    """
    Fields of Place to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``name_`` is 'name'. Calls also take the value as a string.
    """

    id = "id"
    location = "location"
    name_ = "name"
    overall_rating = "overall_rating"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
PlaceFieldLiteral = Literal[
    "id",
    "location",
    "name",
    "overall_rating",
]
