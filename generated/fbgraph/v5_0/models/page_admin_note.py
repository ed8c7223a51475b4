"""PageAdminNote and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from fbgraph.v5_0.models._refs import PageNode, User
from pydantic import ConfigDict, Field
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class PageAdminNote(GraphModel):
    body: str | None = None
    from_: PageNode | None = Field(None, alias="from")
    id: str
    user: User | None = None


class PageAdminNoteField(GraphEnum):
    """Fields of PageAdminNote to ask for with `fields=`."""

    body = "body"
    from_ = "from"
    id = "id"
    user = "user"
