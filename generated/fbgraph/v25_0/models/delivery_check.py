"""DeliveryCheck and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph.v25_0.models._refs import DeliveryCheckExtraInfo
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict
from enum import StrEnum


class DeliveryCheck(GraphModel):
    check_name: str | None = None
    description: str | None = None
    extra_info: DeliveryCheckExtraInfo | None = None
    summary: str | None = None


class DeliveryCheckField(GraphEnum):
    """Fields of DeliveryCheck to ask for with `fields=`."""

    check_name = "check_name"
    description = "description"
    extra_info = "extra_info"
    summary = "summary"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
DeliveryCheckFieldLiteral = Literal[
    "check_name",
    "description",
    "extra_info",
    "summary",
]
