"""Event and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from enum import StrEnum
from fbgraph.v5_0.models._refs import ChildEvent, CoverPhoto, Group, Place
from typing import Any
from datetime import datetime
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict


class Event(GraphModel):
    attending_count: int | None = None
    can_guests_invite: bool | None = None
    category: EventCategory | None = None
    cover: CoverPhoto | None = None
    declined_count: int | None = None
    description: str | None = None
    discount_code_enabled: bool | None = None
    end_time: str | None = None
    event_times: list[ChildEvent] | None = None
    guest_list_enabled: bool | None = None
    id: str
    interested_count: int | None = None
    is_canceled: bool | None = None
    is_draft: bool | None = None
    is_page_owned: bool | None = None
    maybe_count: int | None = None
    name: str | None = None
    noreply_count: int | None = None
    owner: dict[str, Any] | None = None
    parent_group: Group | None = None
    place: Place | None = None
    scheduled_publish_time: str | None = None
    start_time: str | None = None
    ticket_uri: str | None = None
    ticket_uri_start_sales_time: str | None = None
    ticketing_privacy_uri: str | None = None
    ticketing_terms_uri: str | None = None
    timezone: str | None = None
    type: EventType | None = None
    updated_time: datetime | None = None


class EventCategory(GraphEnum):
    ART_EVENT = "ART_EVENT"
    BOOK_EVENT = "BOOK_EVENT"
    CLASS_EVENT = "CLASS_EVENT"
    COMEDY_EVENT = "COMEDY_EVENT"
    CONFERENCE_EVENT = "CONFERENCE_EVENT"
    DANCE_EVENT = "DANCE_EVENT"
    DINING_EVENT = "DINING_EVENT"
    FAMILY_EVENT = "FAMILY_EVENT"
    FESTIVAL_EVENT = "FESTIVAL_EVENT"
    FITNESS = "FITNESS"
    FOOD_TASTING = "FOOD_TASTING"
    FUNDRAISER = "FUNDRAISER"
    LECTURE = "LECTURE"
    MEETUP = "MEETUP"
    MOVIE_EVENT = "MOVIE_EVENT"
    MUSIC_EVENT = "MUSIC_EVENT"
    NEIGHBORHOOD = "NEIGHBORHOOD"
    NIGHTLIFE = "NIGHTLIFE"
    OTHER = "OTHER"
    RELIGIOUS_EVENT = "RELIGIOUS_EVENT"
    SHOPPING = "SHOPPING"
    SPORTS_EVENT = "SPORTS_EVENT"
    THEATER_EVENT = "THEATER_EVENT"
    VOLUNTEERING = "VOLUNTEERING"
    WORKSHOP = "WORKSHOP"


class EventField(GraphEnum):
    """
    Fields of Event to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``name_`` is 'name'. Calls also take the value as a string.
    """

    attending_count = "attending_count"
    can_guests_invite = "can_guests_invite"
    category = "category"
    cover = "cover"
    declined_count = "declined_count"
    description = "description"
    discount_code_enabled = "discount_code_enabled"
    end_time = "end_time"
    event_times = "event_times"
    guest_list_enabled = "guest_list_enabled"
    id = "id"
    interested_count = "interested_count"
    is_canceled = "is_canceled"
    is_draft = "is_draft"
    is_page_owned = "is_page_owned"
    maybe_count = "maybe_count"
    name_ = "name"
    noreply_count = "noreply_count"
    owner = "owner"
    parent_group = "parent_group"
    place = "place"
    scheduled_publish_time = "scheduled_publish_time"
    start_time = "start_time"
    ticket_uri = "ticket_uri"
    ticket_uri_start_sales_time = "ticket_uri_start_sales_time"
    ticketing_privacy_uri = "ticketing_privacy_uri"
    ticketing_terms_uri = "ticketing_terms_uri"
    timezone = "timezone"
    type = "type"
    updated_time = "updated_time"


class EventType(GraphEnum):
    community = "community"
    group = "group"
    private = "private"
    public = "public"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
EventCategoryLiteral = Literal[
    "ART_EVENT",
    "BOOK_EVENT",
    "CLASS_EVENT",
    "COMEDY_EVENT",
    "CONFERENCE_EVENT",
    "DANCE_EVENT",
    "DINING_EVENT",
    "FAMILY_EVENT",
    "FESTIVAL_EVENT",
    "FITNESS",
    "FOOD_TASTING",
    "FUNDRAISER",
    "LECTURE",
    "MEETUP",
    "MOVIE_EVENT",
    "MUSIC_EVENT",
    "NEIGHBORHOOD",
    "NIGHTLIFE",
    "OTHER",
    "RELIGIOUS_EVENT",
    "SHOPPING",
    "SPORTS_EVENT",
    "THEATER_EVENT",
    "VOLUNTEERING",
    "WORKSHOP",
]
EventTypeLiteral = Literal[
    "community",
    "group",
    "private",
    "public",
]
EventFieldLiteral = Literal[
    "attending_count",
    "can_guests_invite",
    "category",
    "cover",
    "declined_count",
    "description",
    "discount_code_enabled",
    "end_time",
    "event_times",
    "guest_list_enabled",
    "id",
    "interested_count",
    "is_canceled",
    "is_draft",
    "is_page_owned",
    "maybe_count",
    "name",
    "noreply_count",
    "owner",
    "parent_group",
    "place",
    "scheduled_publish_time",
    "start_time",
    "ticket_uri",
    "ticket_uri_start_sales_time",
    "ticketing_privacy_uri",
    "ticketing_terms_uri",
    "timezone",
    "type",
    "updated_time",
]
