"""MarketingMessagesOnboardingStatus and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from datetime import datetime
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class MarketingMessagesOnboardingStatus(GraphModel):
    status: str | None = None
    time: datetime | None = None


class MarketingMessagesOnboardingStatusField(GraphEnum):
    """Fields of MarketingMessagesOnboardingStatus to ask for with `fields=`."""

    status = "status"
    time = "time"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
MarketingMessagesOnboardingStatusFieldLiteral = Literal[
    "status",
    "time",
]
