"""TargetingGeoLocationZip and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class TargetingGeoLocationZip(GraphModel):
    country: str | None = None
    key: str | None = None
    name: str | None = None
    primary_city_id: int | None = None
    region_id: int | None = None


class TargetingGeoLocationZipField(GraphEnum):
    """Fields of TargetingGeoLocationZip to ask for with `fields=`."""

    country = "country"
    key = "key"
    name_ = "name"
    primary_city_id = "primary_city_id"
    region_id = "region_id"
