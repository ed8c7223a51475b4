"""IosAppLink and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class IosAppLink(GraphModel):
    app_name: str | None = None
    app_store_id: str | None = None
    url: str | None = None


class IosAppLinkField(GraphEnum):
    """Fields of IosAppLink to ask for with `fields=`."""

    app_name = "app_name"
    app_store_id = "app_store_id"
    url = "url"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
IosAppLinkFieldLiteral = Literal[
    "app_name",
    "app_store_id",
    "url",
]
