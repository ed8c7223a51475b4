"""DeliveryCheckExtraInfo and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class DeliveryCheckExtraInfo(GraphModel):
    adgroup_ids: list[str] | None = None
    campaign_ids: list[str] | None = None
    countries: list[str] | None = None


class DeliveryCheckExtraInfoField(GraphEnum):
    """Fields of DeliveryCheckExtraInfo to ask for with `fields=`."""

    adgroup_ids = "adgroup_ids"
    campaign_ids = "campaign_ids"
    countries = "countries"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
DeliveryCheckExtraInfoFieldLiteral = Literal[
    "adgroup_ids",
    "campaign_ids",
    "countries",
]
