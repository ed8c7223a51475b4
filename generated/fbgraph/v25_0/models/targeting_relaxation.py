"""TargetingRelaxation and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class TargetingRelaxation(GraphModel):
    custom_audience: int | None = None
    lookalike: int | None = None


class TargetingRelaxationField(GraphEnum):
    """Fields of TargetingRelaxation to ask for with `fields=`."""

    custom_audience = "custom_audience"
    lookalike = "lookalike"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
TargetingRelaxationFieldLiteral = Literal[
    "custom_audience",
    "lookalike",
]
