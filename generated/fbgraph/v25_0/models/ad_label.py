"""AdLabel and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from fbgraph.v25_0.models._refs import AdAccount
from datetime import datetime
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict
from enum import StrEnum


class AdLabel(GraphModel):
    account: AdAccount | None = None
    created_time: datetime | None = None
    id: str
    name: str | None = None
    updated_time: datetime | None = None


class AdLabelField(GraphEnum):
    """Fields of AdLabel to ask for with `fields=`."""

    account = "account"
    created_time = "created_time"
    id = "id"
    name_ = "name"
    updated_time = "updated_time"
