"""PageLabel and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from datetime import datetime
from fbgraph.v5_0.models._refs import PageNode
from pydantic import ConfigDict, Field
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class PageLabel(GraphModel):
    creation_time: datetime | None = None
    creator_id: str | None = None
    from_: PageNode | None = Field(None, alias="from")
    id: str
    name: str | None = None


class PageLabelField(GraphEnum):
    """Fields of PageLabel to ask for with `fields=`."""

    creation_time = "creation_time"
    creator_id = "creator_id"
    from_ = "from"
    id = "id"
    name_ = "name"
