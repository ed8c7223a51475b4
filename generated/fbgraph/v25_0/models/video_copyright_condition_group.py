"""VideoCopyrightConditionGroup and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from typing import Any
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class VideoCopyrightConditionGroup(GraphModel):
    action: str | None = None
    conditions: list[dict[str, Any]] | None = None
    validity_status: str | None = None


class VideoCopyrightConditionGroupField(GraphEnum):
    """Fields of VideoCopyrightConditionGroup to ask for with `fields=`."""

    action = "action"
    conditions = "conditions"
    validity_status = "validity_status"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
VideoCopyrightConditionGroupFieldLiteral = Literal[
    "action",
    "conditions",
    "validity_status",
]
