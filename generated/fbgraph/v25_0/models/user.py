"""User and the types that belong to it (Graph API v25.0).

A Facebook user.

Fields: partial. Source: Meta's SDK code-generation spec for API v25.0 (api_specs/specs/<Type>.json of the types AdsPixel returns).
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from typing import Annotated
from pydantic import Field
from datetime import datetime
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class User(GraphModel):
    """
    A Facebook user.

    Attributes:
        id: The id of this person's user account.
        name: The person's full name.
        first_name: The person's first name.
        last_name: The person's last name.
        middle_name: The person's middle name.
        short_name: Shortened, locale-aware name for the person.
        email: The person's primary email address.
        gender: The gender selected by this person.
        link: A link to the person's Timeline.
        locale: The person's locale.
    """

    id: Annotated[str, Field(description="The id of this person's user account.")]
    name: Annotated[str | None, Field(description="The person's full name.")] = None
    first_name: Annotated[str | None, Field(description="The person's first name.")] = None
    last_name: Annotated[str | None, Field(description="The person's last name.")] = None
    middle_name: Annotated[str | None, Field(description="The person's middle name.")] = None
    short_name: Annotated[
        str | None, Field(description="Shortened, locale-aware name for the person.")
    ] = None
    email: Annotated[str | None, Field(description="The person's primary email address.")] = None
    gender: Annotated[str | None, Field(description="The gender selected by this person.")] = None
    link: Annotated[str | None, Field(description="A link to the person's Timeline.")] = None
    locale: Annotated[str | None, Field(description="The person's locale.")] = None
    updated_time: datetime | None = None


class UserField(GraphEnum):
    """
    Fields of User to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``name_`` is 'name'. Calls also take the value as a string.
    """

    id = "id"
    name_ = "name"
    first_name = "first_name"
    last_name = "last_name"
    middle_name = "middle_name"
    short_name = "short_name"
    email = "email"
    gender = "gender"
    link = "link"
    locale = "locale"
    updated_time = "updated_time"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
UserFieldLiteral = Literal[
    "id",
    "name",
    "first_name",
    "last_name",
    "middle_name",
    "short_name",
    "email",
    "gender",
    "link",
    "locale",
    "updated_time",
]
