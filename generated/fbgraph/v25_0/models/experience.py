"""Experience and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from typing import Annotated, Any
from pydantic import ConfigDict, Field
from fbgraph.v25_0.models._refs import User
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class Experience(GraphModel):
    description: str | None = None
    from_: Annotated[dict[str, Any] | None, Field(alias="from")] = None
    id: str
    name: str | None = None
    with_: Annotated[list[User] | None, Field(alias="with")] = None


class ExperienceField(GraphEnum):
    """
    Fields of Experience to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``from_`` is 'from', ``name_`` is 'name', ``with_`` is 'with'. Calls also take the value as a string.
    """

    description = "description"
    from_ = "from"
    id = "id"
    name_ = "name"
    with_ = "with"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
ExperienceFieldLiteral = Literal[
    "description",
    "from",
    "id",
    "name",
    "with",
]
