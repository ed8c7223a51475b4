"""PageRestaurantServices and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class PageRestaurantServices(GraphModel):
    catering: bool | None = None
    delivery: bool | None = None
    groups: bool | None = None
    kids: bool | None = None
    outdoor: bool | None = None
    pickup: bool | None = None
    reserve: bool | None = None
    takeout: bool | None = None
    waiter: bool | None = None
    walkins: bool | None = None


class PageRestaurantServicesField(GraphEnum):
    """Fields of PageRestaurantServices to ask for with `fields=`."""

    catering = "catering"
    delivery = "delivery"
    groups = "groups"
    kids = "kids"
    outdoor = "outdoor"
    pickup = "pickup"
    reserve = "reserve"
    takeout = "takeout"
    waiter = "waiter"
    walkins = "walkins"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
PageRestaurantServicesFieldLiteral = Literal[
    "catering",
    "delivery",
    "groups",
    "kids",
    "outdoor",
    "pickup",
    "reserve",
    "takeout",
    "waiter",
    "walkins",
]
