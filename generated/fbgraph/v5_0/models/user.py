"""User and the types that belong to it (Graph API v5.0).

A Facebook user.

Fields: partial. Source: Meta's facebook-business Python SDK 5.0.3, generated for API v5.0 (adobjects/adspixel.py and the classes it returns).
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from datetime import datetime
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class User(GraphModel):
    """A Facebook user."""

    id: str
    """The id of this person's user account."""
    name: str | None = None
    """The person's full name."""
    first_name: str | None = None
    """The person's first name."""
    last_name: str | None = None
    """The person's last name."""
    middle_name: str | None = None
    """The person's middle name."""
    short_name: str | None = None
    """Shortened, locale-aware name for the person."""
    email: str | None = None
    """The person's primary email address."""
    gender: str | None = None
    """The gender selected by this person."""
    link: str | None = None
    """A link to the person's Timeline."""
    locale: str | None = None
    """The person's locale."""
    updated_time: datetime | None = None


class UserField(GraphEnum):
    """Fields of User to ask for with `fields=`."""

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
