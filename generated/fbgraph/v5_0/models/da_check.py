"""DACheck and the types that belong to it (Graph API v5.0).

The result of one Dynamic Ads check.

Fields: documented. Source: Meta's facebook-business Python SDK 5.0.3, generated for API v5.0 (adobjects/adspixel.py and the classes it returns).
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from typing import Annotated
from pydantic import Field
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class DACheck(GraphModel):
    """
    The result of one Dynamic Ads check.

    Attributes:
        action_uri: Where to go to fix the problem.
        description: What the check verifies.
        key: Machine-readable name of the check.
        result: Result of the check.
        title: Human-readable name of the check.
        user_message: Message to show to the user.
    """

    action_uri: Annotated[str | None, Field(description="Where to go to fix the problem.")] = None
    description: Annotated[str | None, Field(description="What the check verifies.")] = None
    key: Annotated[str | None, Field(description="Machine-readable name of the check.")] = None
    result: Annotated[str | None, Field(description="Result of the check.")] = None
    title: Annotated[str | None, Field(description="Human-readable name of the check.")] = None
    user_message: Annotated[str | None, Field(description="Message to show to the user.")] = None


class DACheckField(GraphEnum):
    """
    Fields of DACheck to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``title_`` is 'title'. Calls also take the value as a string.
    """

    action_uri = "action_uri"
    description = "description"
    key = "key"
    result = "result"
    title_ = "title"
    user_message = "user_message"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
DACheckFieldLiteral = Literal[
    "action_uri",
    "description",
    "key",
    "result",
    "title",
    "user_message",
]
