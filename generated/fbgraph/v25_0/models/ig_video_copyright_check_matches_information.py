"""IGVideoCopyrightCheckMatchesInformation and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from typing import Any
from fbgraph.v25_0.models._refs import IGVideoCopyrightCheckStatus
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict
from enum import StrEnum


class IGVideoCopyrightCheckMatchesInformation(GraphModel):
    copyright_matches: list[dict[str, Any]] | None = None
    status: IGVideoCopyrightCheckStatus | None = None


class IGVideoCopyrightCheckMatchesInformationField(GraphEnum):
    """Fields of IGVideoCopyrightCheckMatchesInformation to ask for with `fields=`."""

    copyright_matches = "copyright_matches"
    status = "status"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
IGVideoCopyrightCheckMatchesInformationFieldLiteral = Literal[
    "copyright_matches",
    "status",
]
