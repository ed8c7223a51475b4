"""DayPart and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class DayPart(GraphModel):
    days: list[int] | None = None
    end_minute: int | None = None
    start_minute: int | None = None
    timezone_type: str | None = None


class DayPartField(GraphEnum):
    """Fields of DayPart to ask for with `fields=`."""

    days = "days"
    end_minute = "end_minute"
    start_minute = "start_minute"
    timezone_type = "timezone_type"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
DayPartFieldLiteral = Literal[
    "days",
    "end_minute",
    "start_minute",
    "timezone_type",
]
