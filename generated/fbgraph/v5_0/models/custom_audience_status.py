"""CustomAudienceStatus and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class CustomAudienceStatus(GraphModel):
    code: int | None = None
    description: str | None = None


class CustomAudienceStatusField(GraphEnum):
    """Fields of CustomAudienceStatus to ask for with `fields=`."""

    code = "code"
    description = "description"
