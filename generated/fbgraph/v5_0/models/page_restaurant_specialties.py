"""PageRestaurantSpecialties and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
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
