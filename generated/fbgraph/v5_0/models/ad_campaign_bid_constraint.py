"""AdCampaignBidConstraint and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class AdCampaignBidConstraint(GraphModel):
    roas_average_floor: int | None = None


class AdCampaignBidConstraintField(GraphEnum):
    """Fields of AdCampaignBidConstraint to ask for with `fields=`."""

    roas_average_floor = "roas_average_floor"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
AdCampaignBidConstraintFieldLiteral = Literal["roas_average_floor",]
