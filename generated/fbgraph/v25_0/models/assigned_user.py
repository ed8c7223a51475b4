"""AssignedUser and the types that belong to it (Graph API v25.0).

A business or system user assigned to an asset.

Fields: documented. Source: Meta's SDK code-generation spec for API v25.0 (api_specs/specs/<Type>.json of the types AdsPixel returns).
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from typing import Annotated
from pydantic import ConfigDict, Field
from fbgraph.v25_0.models._refs import Business
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class AssignedUser(GraphModel):
    """
    A business or system user assigned to an asset.

    Attributes:
        id: The id of the user.
        business: The business the user belongs to.
        name: The name of the user.
        user_type: The kind of user (business or system user).
        permitted_tasks: Tasks that can be assigned on this object.
        tasks: All unpacked roles or tasks of this user on this object.
    """

    id: Annotated[str, Field(description="The id of the user.")]
    business: Annotated[Business | None, Field(description="The business the user belongs to.")] = (
        None
    )
    name: Annotated[str | None, Field(description="The name of the user.")] = None
    user_type: Annotated[
        str | None, Field(description="The kind of user (business or system user).")
    ] = None
    permitted_tasks: Annotated[
        list[str] | None, Field(description="Tasks that can be assigned on this object.")
    ] = None
    tasks: Annotated[
        list[str] | None,
        Field(description="All unpacked roles or tasks of this user on this object."),
    ] = None


class AssignedUserField(GraphEnum):
    """
    Fields of AssignedUser to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``name_`` is 'name'. Calls also take the value as a string.
    """

    id = "id"
    business = "business"
    name_ = "name"
    user_type = "user_type"
    permitted_tasks = "permitted_tasks"
    tasks = "tasks"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
AssignedUserFieldLiteral = Literal[
    "id",
    "business",
    "name",
    "user_type",
    "permitted_tasks",
    "tasks",
]
