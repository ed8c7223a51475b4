"""EventRegistrationSetting and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class EventRegistrationSetting(GraphModel):
    id: str
    questions: str | None = None
    target_type: str | None = None
    ticket_tier_ids: list[str] | None = None


class EventRegistrationSettingField(GraphEnum):
    """Fields of EventRegistrationSetting to ask for with `fields=`."""

    id = "id"
    questions = "questions"
    target_type = "target_type"
    ticket_tier_ids = "ticket_tier_ids"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
EventRegistrationSettingFieldLiteral = Literal[
    "id",
    "questions",
    "target_type",
    "ticket_tier_ids",
]
