"""TargetingGeoLocationRegion and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class TargetingGeoLocationRegion(GraphModel):
    country: str | None = None
    key: str | None = None
    name: str | None = None


class TargetingGeoLocationRegionField(GraphEnum):
    """Fields of TargetingGeoLocationRegion to ask for with `fields=`."""

    country = "country"
    key = "key"
    name_ = "name"
