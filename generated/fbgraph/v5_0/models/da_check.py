"""DACheck and the types that belong to it (Graph API v5.0).

The result of one Dynamic Ads check.

Fields: documented. Source: Meta's facebook-business Python SDK 5.0.3, generated for API v5.0 (adobjects/adspixel.py and the classes it returns).
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class DACheck(GraphModel):
    """The result of one Dynamic Ads check."""

    action_uri: str | None = None
    """Where to go to fix the problem."""
    description: str | None = None
    """What the check verifies."""
    key: str | None = None
    """Machine-readable name of the check."""
    result: str | None = None
    """Result of the check."""
    title: str | None = None
    """Human-readable name of the check."""
    user_message: str | None = None
    """Message to show to the user."""


class DACheckField(GraphEnum):
    """Fields of DACheck to ask for with `fields=`."""

    action_uri = "action_uri"
    description = "description"
    key = "key"
    result = "result"
    title_ = "title"
    user_message = "user_message"
