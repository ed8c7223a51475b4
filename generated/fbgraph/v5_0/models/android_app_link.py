"""AndroidAppLink and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from pydantic import Field
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class AndroidAppLink(GraphModel):
    app_name: str | None = None
    class_: str | None = Field(None, alias="class")
    package: str | None = None
    url: str | None = None


class AndroidAppLinkField(GraphEnum):
    """Fields of AndroidAppLink to ask for with `fields=`."""

    app_name = "app_name"
    class_ = "class"
    package = "package"
    url = "url"
