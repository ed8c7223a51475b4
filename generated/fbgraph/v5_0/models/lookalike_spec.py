"""LookalikeSpec and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from typing import Any
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class LookalikeSpec(GraphModel):
    country: str | None = None
    is_financial_service: bool | None = None
    origin: list[dict[str, Any]] | None = None
    origin_event_name: str | None = None
    origin_event_source_name: str | None = None
    origin_event_source_type: str | None = None
    product_set_name: str | None = None
    ratio: float | None = None
    starting_ratio: float | None = None
    target_countries: list[str] | None = None
    target_country_names: list[Any] | None = None
    type: str | None = None


class LookalikeSpecField(GraphEnum):
    """Fields of LookalikeSpec to ask for with `fields=`."""

    country = "country"
    is_financial_service = "is_financial_service"
    origin = "origin"
    origin_event_name = "origin_event_name"
    origin_event_source_name = "origin_event_source_name"
    origin_event_source_type = "origin_event_source_type"
    product_set_name = "product_set_name"
    ratio = "ratio"
    starting_ratio = "starting_ratio"
    target_countries = "target_countries"
    target_country_names = "target_country_names"
    type = "type"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
LookalikeSpecFieldLiteral = Literal[
    "country",
    "is_financial_service",
    "origin",
    "origin_event_name",
    "origin_event_source_name",
    "origin_event_source_type",
    "product_set_name",
    "ratio",
    "starting_ratio",
    "target_countries",
    "target_country_names",
    "type",
]
