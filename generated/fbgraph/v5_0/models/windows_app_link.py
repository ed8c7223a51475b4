"""WindowsAppLink and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class WindowsAppLink(GraphModel):
    app_id: str | None = None
    app_name: str | None = None
    package_family_name: str | None = None
    url: str | None = None


class WindowsAppLinkField(GraphEnum):
    """Fields of WindowsAppLink to ask for with `fields=`."""

    app_id = "app_id"
    app_name = "app_name"
    package_family_name = "package_family_name"
    url = "url"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
WindowsAppLinkFieldLiteral = Literal[
    "app_id",
    "app_name",
    "package_family_name",
    "url",
]
