"""PageRestaurantSpecialties and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class PageRestaurantSpecialties(GraphModel):
    breakfast: int | None = None
    coffee: int | None = None
    dinner: int | None = None
    drinks: int | None = None
    lunch: int | None = None


class PageRestaurantSpecialtiesField(GraphEnum):
    """Fields of PageRestaurantSpecialties to ask for with `fields=`."""

    breakfast = "breakfast"
    coffee = "coffee"
    dinner = "dinner"
    drinks = "drinks"
    lunch = "lunch"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
PageRestaurantSpecialtiesFieldLiteral = Literal[
    "breakfast",
    "coffee",
    "dinner",
    "drinks",
    "lunch",
]
