"""ChildEvent and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class ChildEvent(GraphModel):
    end_time: str | None = None
    id: str
    start_time: str | None = None
    ticket_uri: str | None = None


class ChildEventField(GraphEnum):
    """Fields of ChildEvent to ask for with `fields=`."""

    end_time = "end_time"
    id = "id"
    start_time = "start_time"
    ticket_uri = "ticket_uri"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
ChildEventFieldLiteral = Literal[
    "end_time",
    "id",
    "start_time",
    "ticket_uri",
]
