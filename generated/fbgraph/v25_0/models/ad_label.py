"""AdLabel and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph.v25_0.models._refs import AdAccount
from datetime import datetime
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict
from enum import StrEnum


class AdLabel(GraphModel):
    account: AdAccount | None = None
    created_time: datetime | None = None
    id: str
    name: str | None = None
    updated_time: datetime | None = None


class AdLabelField(GraphEnum):
    """
    Fields of AdLabel to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``name_`` is 'name'. Calls also take the value as a string.
    """

    account = "account"
    created_time = "created_time"
    id = "id"
    name_ = "name"
    updated_time = "updated_time"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
AdLabelFieldLiteral = Literal[
    "account",
    "created_time",
    "id",
    "name",
    "updated_time",
]
