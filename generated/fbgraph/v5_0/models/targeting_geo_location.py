"""TargetingGeoLocation and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph.v5_0.models._refs import (
    TargetingGeoLocationCity,
    TargetingGeoLocationCustomLocation,
    TargetingGeoLocationElectoralDistrict,
    TargetingGeoLocationGeoEntities,
    TargetingGeoLocationLocationCluster,
    TargetingGeoLocationLocationExpansion,
    TargetingGeoLocationMarket,
    TargetingGeoLocationPlace,
    TargetingGeoLocationPoliticalDistrict,
    TargetingGeoLocationRegion,
    TargetingGeoLocationZip,
)
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict
from enum import StrEnum


class TargetingGeoLocation(GraphModel):
    cities: list[TargetingGeoLocationCity] | None = None
    countries: list[str] | None = None
    country_groups: list[str] | None = None
    custom_locations: list[TargetingGeoLocationCustomLocation] | None = None
    electoral_districts: list[TargetingGeoLocationElectoralDistrict] | None = None
    geo_markets: list[TargetingGeoLocationMarket] | None = None
    large_geo_areas: list[TargetingGeoLocationGeoEntities] | None = None
    location_cluster_ids: list[TargetingGeoLocationLocationCluster] | None = None
    location_expansion: TargetingGeoLocationLocationExpansion | None = None
    location_set_ids: list[str] | None = None
    location_types: list[str] | None = None
    medium_geo_areas: list[TargetingGeoLocationGeoEntities] | None = None
    metro_areas: list[TargetingGeoLocationGeoEntities] | None = None
    neighborhoods: list[TargetingGeoLocationGeoEntities] | None = None
    places: list[TargetingGeoLocationPlace] | None = None
    political_districts: list[TargetingGeoLocationPoliticalDistrict] | None = None
    regions: list[TargetingGeoLocationRegion] | None = None
    small_geo_areas: list[TargetingGeoLocationGeoEntities] | None = None
    subcities: list[TargetingGeoLocationGeoEntities] | None = None
    subneighborhoods: list[TargetingGeoLocationGeoEntities] | None = None
    zips: list[TargetingGeoLocationZip] | None = None


class TargetingGeoLocationField(GraphEnum):
    """Fields of TargetingGeoLocation to ask for with `fields=`."""

    cities = "cities"
    countries = "countries"
    country_groups = "country_groups"
    custom_locations = "custom_locations"
    electoral_districts = "electoral_districts"
    geo_markets = "geo_markets"
    large_geo_areas = "large_geo_areas"
    location_cluster_ids = "location_cluster_ids"
    location_expansion = "location_expansion"
    location_set_ids = "location_set_ids"
    location_types = "location_types"
    medium_geo_areas = "medium_geo_areas"
    metro_areas = "metro_areas"
    neighborhoods = "neighborhoods"
    places = "places"
    political_districts = "political_districts"
    regions = "regions"
    small_geo_areas = "small_geo_areas"
    subcities = "subcities"
    subneighborhoods = "subneighborhoods"
    zips = "zips"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
TargetingGeoLocationFieldLiteral = Literal[
    "cities",
    "countries",
    "country_groups",
    "custom_locations",
    "electoral_districts",
    "geo_markets",
    "large_geo_areas",
    "location_cluster_ids",
    "location_expansion",
    "location_set_ids",
    "location_types",
    "medium_geo_areas",
    "metro_areas",
    "neighborhoods",
    "places",
    "political_districts",
    "regions",
    "small_geo_areas",
    "subcities",
    "subneighborhoods",
    "zips",
]
