"""AndroidAppLink and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from typing import Annotated
from pydantic import Field
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class AndroidAppLink(GraphModel):
    app_name: str | None = None
    class_: Annotated[str | None, Field(alias="class")] = None
    package: str | None = None
    url: str | None = None


class AndroidAppLinkField(GraphEnum):
    """
    Fields of AndroidAppLink to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``class_`` is 'class'. Calls also take the value as a string.
    """

    app_name = "app_name"
    class_ = "class"
    package = "package"
    url = "url"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
AndroidAppLinkFieldLiteral = Literal[
    "app_name",
    "class",
    "package",
    "url",
]
