"""AttributionSpec and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class AttributionSpec(GraphModel):
    event_type: str | None = None
    window_days: int | None = None


class AttributionSpecField(GraphEnum):
    """Fields of AttributionSpec to ask for with `fields=`."""

    event_type = "event_type"
    window_days = "window_days"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
AttributionSpecFieldLiteral = Literal[
    "event_type",
    "window_days",
]
