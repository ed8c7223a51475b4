"""TargetingProductAudienceSpec and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph.v5_0.models._refs import TargetingProductAudienceSubSpec
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict
from enum import StrEnum


class TargetingProductAudienceSpec(GraphModel):
    exclusions: list[TargetingProductAudienceSubSpec] | None = None
    inclusions: list[TargetingProductAudienceSubSpec] | None = None
    product_set_id: str | None = None


class TargetingProductAudienceSpecField(GraphEnum):
    """Fields of TargetingProductAudienceSpec to ask for with `fields=`."""

    exclusions = "exclusions"
    inclusions = "inclusions"
    product_set_id = "product_set_id"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
TargetingProductAudienceSpecFieldLiteral = Literal[
    "exclusions",
    "inclusions",
    "product_set_id",
]
