"""OfflineConversionDataSetUsage and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class OfflineConversionDataSetUsage(GraphModel):
    num_lift_studies: int | None = None


class OfflineConversionDataSetUsageField(GraphEnum):
    """Fields of OfflineConversionDataSetUsage to ask for with `fields=`."""

    num_lift_studies = "num_lift_studies"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
OfflineConversionDataSetUsageFieldLiteral = Literal["num_lift_studies",]
