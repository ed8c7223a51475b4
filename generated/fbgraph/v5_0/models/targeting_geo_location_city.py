"""TargetingGeoLocationCity and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
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
    """Fields of TargetingGeoLocationCity to ask for with `fields=`."""

    country = "country"
    distance_unit = "distance_unit"
    key = "key"
    name_ = "name"
    radius = "radius"
    region = "region"
    region_id = "region_id"
