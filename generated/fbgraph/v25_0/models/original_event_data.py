"""OriginalEventData and the types that belong to it (Graph API v25.0).

The earlier event a delayed event belongs to.

Fields: documented. Source: Conversions API reference, Original Event Data Parameters.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from typing import Annotated
from pydantic import Field
from fbgraph._runtime.request_models import RequestModel
from enum import StrEnum


class OriginalEventData(RequestModel):
    """
    The earlier event a delayed event belongs to.

    Attributes:
        event_name: The name of the original event.
        event_time: The Unix time of the original event.
    """

    event_name: Annotated[str | None, Field(description="The name of the original event.")] = None
    event_time: Annotated[int | None, Field(description="The Unix time of the original event.")] = (
        None
    )


class OriginalEventDataField(GraphEnum):
    """Fields of OriginalEventData to ask for with `fields=`."""

    event_name = "event_name"
    event_time = "event_time"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
OriginalEventDataFieldLiteral = Literal[
    "event_name",
    "event_time",
]
