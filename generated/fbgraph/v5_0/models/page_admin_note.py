"""PageAdminNote and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph.v5_0.models._refs import PageNode, User
from typing import Annotated
from pydantic import ConfigDict, Field
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class PageAdminNote(GraphModel):
    body: str | None = None
    from_: Annotated[PageNode | None, Field(alias="from")] = None
    id: str
    user: User | None = None


class PageAdminNoteField(GraphEnum):
    """
    Fields of PageAdminNote to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``from_`` is 'from'. Calls also take the value as a string.
    """

    body = "body"
    from_ = "from"
    id = "id"
    user = "user"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
PageAdminNoteFieldLiteral = Literal[
    "body",
    "from",
    "id",
    "user",
]
