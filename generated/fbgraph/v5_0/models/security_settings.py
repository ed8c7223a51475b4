"""SecuritySettings and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from typing import Any
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class SecuritySettings(GraphModel):
    secure_browsing: dict[str, Any] | None = None


class SecuritySettingsField(GraphEnum):
    """Fields of SecuritySettings to ask for with `fields=`."""

    secure_browsing = "secure_browsing"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
SecuritySettingsFieldLiteral = Literal["secure_browsing",]
