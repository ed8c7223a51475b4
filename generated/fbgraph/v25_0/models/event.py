"""Event and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from enum import StrEnum
from fbgraph.v25_0.models._refs import (
    ChildEvent,
    CoverPhoto,
    EventRegistrationSetting,
    EventTicketSetting,
    Group,
    Place,
)
from datetime import datetime
from typing import Any
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict


class Event(GraphModel):
    attending_count: int | None = None
    can_guests_invite: bool | None = None
    category: EventCategory | None = None
    cover: CoverPhoto | None = None
    created_time: datetime | None = None
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
    is_online: bool | None = None
    is_page_owned: bool | None = None
    maybe_count: int | None = None
    name: str | None = None
    noreply_count: int | None = None
    online_event_format: EventOnlineEventFormat | None = None
    online_event_third_party_url: str | None = None
    owner: dict[str, Any] | None = None
    parent_group: Group | None = None
    place: Place | None = None
    registration_setting: EventRegistrationSetting | None = None
    scheduled_publish_time: str | None = None
    start_time: str | None = None
    ticket_setting: EventTicketSetting | None = None
    ticket_uri: str | None = None
    ticket_uri_start_sales_time: str | None = None
    ticketing_privacy_uri: str | None = None
    ticketing_terms_uri: str | None = None
    timezone: str | None = None
    type: EventType | None = None
    updated_time: datetime | None = None


class EventCategory(GraphEnum):
    CLASSIC_LITERATURE = "CLASSIC_LITERATURE"
    COMEDY = "COMEDY"
    CRAFTS = "CRAFTS"
    DANCE = "DANCE"
    DRINKS = "DRINKS"
    FITNESS_AND_WORKOUTS = "FITNESS_AND_WORKOUTS"
    FOODS = "FOODS"
    GAMES = "GAMES"
    GARDENING = "GARDENING"
    HEALTHY_LIVING_AND_SELF_CARE = "HEALTHY_LIVING_AND_SELF_CARE"
    HEALTH_AND_MEDICAL = "HEALTH_AND_MEDICAL"
    HOME_AND_GARDEN = "HOME_AND_GARDEN"
    MUSIC_AND_AUDIO = "MUSIC_AND_AUDIO"
    PARTIES = "PARTIES"
    PROFESSIONAL_NETWORKING = "PROFESSIONAL_NETWORKING"
    RELIGIONS = "RELIGIONS"
    SHOPPING_EVENT = "SHOPPING_EVENT"
    SOCIAL_ISSUES = "SOCIAL_ISSUES"
    SPORTS = "SPORTS"
    THEATER = "THEATER"
    TV_AND_MOVIES = "TV_AND_MOVIES"
    VISUAL_ARTS = "VISUAL_ARTS"


class EventField(GraphEnum):
    """
    Fields of Event to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``name_`` is 'name'. Calls also take the value as a string.
    """

    attending_count = "attending_count"
    can_guests_invite = "can_guests_invite"
    category = "category"
    cover = "cover"
    created_time = "created_time"
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
    is_online = "is_online"
    is_page_owned = "is_page_owned"
    maybe_count = "maybe_count"
    name_ = "name"
    noreply_count = "noreply_count"
    online_event_format = "online_event_format"
    online_event_third_party_url = "online_event_third_party_url"
    owner = "owner"
    parent_group = "parent_group"
    place = "place"
    registration_setting = "registration_setting"
    scheduled_publish_time = "scheduled_publish_time"
    start_time = "start_time"
    ticket_setting = "ticket_setting"
    ticket_uri = "ticket_uri"
    ticket_uri_start_sales_time = "ticket_uri_start_sales_time"
    ticketing_privacy_uri = "ticketing_privacy_uri"
    ticketing_terms_uri = "ticketing_terms_uri"
    timezone = "timezone"
    type = "type"
    updated_time = "updated_time"


class EventOnlineEventFormat(GraphEnum):
    fb_live = "fb_live"
    horizon_event = "horizon_event"
    messenger_room = "messenger_room"
    none = "none"
    other = "other"
    third_party = "third_party"


class EventType(GraphEnum):
    community = "community"
    friends = "friends"
    group = "group"
    messenger_community = "messenger_community"
    private = "private"
    public = "public"
    work_company = "work_company"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
EventCategoryLiteral = Literal[
    "CLASSIC_LITERATURE",
    "COMEDY",
    "CRAFTS",
    "DANCE",
    "DRINKS",
    "FITNESS_AND_WORKOUTS",
    "FOODS",
    "GAMES",
    "GARDENING",
    "HEALTHY_LIVING_AND_SELF_CARE",
    "HEALTH_AND_MEDICAL",
    "HOME_AND_GARDEN",
    "MUSIC_AND_AUDIO",
    "PARTIES",
    "PROFESSIONAL_NETWORKING",
    "RELIGIONS",
    "SHOPPING_EVENT",
    "SOCIAL_ISSUES",
    "SPORTS",
    "THEATER",
    "TV_AND_MOVIES",
    "VISUAL_ARTS",
]
EventOnlineEventFormatLiteral = Literal[
    "fb_live",
    "horizon_event",
    "messenger_room",
    "none",
    "other",
    "third_party",
]
EventTypeLiteral = Literal[
    "community",
    "friends",
    "group",
    "messenger_community",
    "private",
    "public",
    "work_company",
]
EventFieldLiteral = Literal[
    "attending_count",
    "can_guests_invite",
    "category",
    "cover",
    "created_time",
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
    "is_online",
    "is_page_owned",
    "maybe_count",
    "name",
    "noreply_count",
    "online_event_format",
    "online_event_third_party_url",
    "owner",
    "parent_group",
    "place",
    "registration_setting",
    "scheduled_publish_time",
    "start_time",
    "ticket_setting",
    "ticket_uri",
    "ticket_uri_start_sales_time",
    "ticketing_privacy_uri",
    "ticketing_terms_uri",
    "timezone",
    "type",
    "updated_time",
]
