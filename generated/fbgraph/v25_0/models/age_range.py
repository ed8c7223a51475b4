"""AgeRange and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class AgeRange(GraphModel):
    max: int | None = None
    min: int | None = None


class AgeRangeField(GraphEnum):
    """Fields of AgeRange to ask for with `fields=`."""

    max = "max"
    min = "min"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
AgeRangeFieldLiteral = Literal[
    "max",
    "min",
]
