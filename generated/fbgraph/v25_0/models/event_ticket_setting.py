"""EventTicketSetting and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class EventTicketSetting(GraphModel):
    id: str
    ticket_delivery_type: str | None = None


class EventTicketSettingField(GraphEnum):
    """Fields of EventTicketSetting to ask for with `fields=`."""

    id = "id"
    ticket_delivery_type = "ticket_delivery_type"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
EventTicketSettingFieldLiteral = Literal[
    "id",
    "ticket_delivery_type",
]
