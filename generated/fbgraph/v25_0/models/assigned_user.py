"""AssignedUser and the types that belong to it (Graph API v25.0).

A business or system user assigned to an asset.

Fields: documented. Source: Meta's facebook-business Python SDK 5.0.3, generated for API v5.0 (adobjects/adspixel.py and the classes it returns).
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from fbgraph.v25_0.models._refs import Business
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict
from enum import StrEnum


class AssignedUser(GraphModel):
    """A business or system user assigned to an asset."""

    id: str
    """The id of the user."""
    business: Business | None = None
    """The business the user belongs to."""
    name: str | None = None
    """The name of the user."""
    user_type: str | None = None
    """The kind of user (business or system user)."""
    permitted_tasks: list[str] | None = None
    """Tasks that can be assigned on this object."""
    tasks: list[str] | None = None
    """All unpacked roles or tasks of this user on this object."""


class AssignedUserField(GraphEnum):
    """Fields of AssignedUser to ask for with `fields=`."""

    id = "id"
    business = "business"
    name_ = "name"
    user_type = "user_type"
    permitted_tasks = "permitted_tasks"
    tasks = "tasks"
