"""VideoCopyrightGeoGate and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class VideoCopyrightGeoGate(GraphModel):
    excluded_countries: list[str] | None = None
    included_countries: list[str] | None = None


class VideoCopyrightGeoGateField(GraphEnum):
    """Fields of VideoCopyrightGeoGate to ask for with `fields=`."""

    excluded_countries = "excluded_countries"
    included_countries = "included_countries"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
VideoCopyrightGeoGateFieldLiteral = Literal[
    "excluded_countries",
    "included_countries",
]
