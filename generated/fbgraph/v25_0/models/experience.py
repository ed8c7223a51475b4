"""Experience and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Any
from pydantic import ConfigDict, Field
from fbgraph.v25_0.models._refs import User
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class Experience(GraphModel):
    description: str | None = None
    from_: dict[str, Any] | None = Field(None, alias="from")
    id: str
    name: str | None = None
    with_: list[User] | None = Field(None, alias="with")


class ExperienceField(GraphEnum):
    """Fields of Experience to ask for with `fields=`."""

    description = "description"
    from_ = "from"
    id = "id"
    name_ = "name"
    with_ = "with"
