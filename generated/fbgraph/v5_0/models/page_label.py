"""PageLabel and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from datetime import datetime
from fbgraph.v5_0.models._refs import PageNode
from typing import Annotated
from pydantic import ConfigDict, Field
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class PageLabel(GraphModel):
    creation_time: datetime | None = None
    creator_id: str | None = None
    from_: Annotated[PageNode | None, Field(alias="from")] = None
    id: str
    name: str | None = None


class PageLabelField(GraphEnum):
    """
    Fields of PageLabel to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``from_`` is 'from', ``name_`` is 'name'. Calls also take the value as a string.
    """

    creation_time = "creation_time"
    creator_id = "creator_id"
    from_ = "from"
    id = "id"
    name_ = "name"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
PageLabelFieldLiteral = Literal[
    "creation_time",
    "creator_id",
    "from",
    "id",
    "name",
]
