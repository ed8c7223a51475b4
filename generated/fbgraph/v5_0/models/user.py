"""User and the types that belong to it (Graph API v5.0).

A Facebook user.

Fields: documented. Source: Meta's facebook-business Python SDK 5.0.3, generated for API v5.0 (adobjects/adspixel.py and the classes it returns).
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from typing import Annotated, Any
from pydantic import ConfigDict, Field
from datetime import datetime
from fbgraph.v5_0.models._refs import (
    AgeRange,
    Currency,
    Experience,
    Location,
    PageAdminNote,
    PageLabel,
    PageNode,
    PaymentPricepoints,
    SecuritySettings,
    UserCoverPhoto,
    UserDevice,
    VideoUploadLimits,
)
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
    about: str | None = None
    address: Location | None = None
    admin_notes: list[PageAdminNote] | None = None
    age_range: AgeRange | None = None
    auth_method: str | None = None
    birthday: str | None = None
    can_review_measurement_request: bool | None = None
    cover: UserCoverPhoto | None = None
    currency: Currency | None = None
    devices: list[UserDevice] | None = None
    education: list[dict[str, Any]] | None = None
    favorite_athletes: list[Experience] | None = None
    favorite_teams: list[Experience] | None = None
    hometown: PageNode | None = None
    inspirational_people: list[Experience] | None = None
    install_type: str | None = None
    installed: bool | None = None
    interested_in: list[str] | None = None
    is_famedeeplinkinguser: bool | None = None
    is_shared_login: bool | None = None
    is_verified: bool | None = None
    labels: list[PageLabel] | None = None
    languages: list[Experience] | None = None
    local_news_megaphone_dismiss_status: bool | None = None
    local_news_subscription_status: bool | None = None
    location: PageNode | None = None
    meeting_for: list[str] | None = None
    name_format: str | None = None
    payment_pricepoints: PaymentPricepoints | None = None
    political: str | None = None
    profile_pic: str | None = None
    public_key: str | None = None
    quotes: str | None = None
    relationship_status: str | None = None
    religion: str | None = None
    security_settings: SecuritySettings | None = None
    shared_login_upgrade_required_by: datetime | None = None
    significant_other: User | None = None
    sports: list[Experience] | None = None
    test_group: int | None = None
    third_party_id: str | None = None
    timezone: float | None = None
    token_for_business: str | None = None
    verified: bool | None = None
    video_upload_limits: VideoUploadLimits | None = None
    viewer_can_send_gift: bool | None = None
    website: str | None = None
    work: list[dict[str, Any]] | None = None


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
    about = "about"
    address = "address"
    admin_notes = "admin_notes"
    age_range = "age_range"
    auth_method = "auth_method"
    birthday = "birthday"
    can_review_measurement_request = "can_review_measurement_request"
    cover = "cover"
    currency = "currency"
    devices = "devices"
    education = "education"
    favorite_athletes = "favorite_athletes"
    favorite_teams = "favorite_teams"
    hometown = "hometown"
    inspirational_people = "inspirational_people"
    install_type = "install_type"
    installed = "installed"
    interested_in = "interested_in"
    is_famedeeplinkinguser = "is_famedeeplinkinguser"
    is_shared_login = "is_shared_login"
    is_verified = "is_verified"
    labels = "labels"
    languages = "languages"
    local_news_megaphone_dismiss_status = "local_news_megaphone_dismiss_status"
    local_news_subscription_status = "local_news_subscription_status"
    location = "location"
    meeting_for = "meeting_for"
    name_format = "name_format"
    payment_pricepoints = "payment_pricepoints"
    political = "political"
    profile_pic = "profile_pic"
    public_key = "public_key"
    quotes = "quotes"
    relationship_status = "relationship_status"
    religion = "religion"
    security_settings = "security_settings"
    shared_login_upgrade_required_by = "shared_login_upgrade_required_by"
    significant_other = "significant_other"
    sports = "sports"
    test_group = "test_group"
    third_party_id = "third_party_id"
    timezone = "timezone"
    token_for_business = "token_for_business"
    verified = "verified"
    video_upload_limits = "video_upload_limits"
    viewer_can_send_gift = "viewer_can_send_gift"
    website = "website"
    work = "work"


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
    "about",
    "address",
    "admin_notes",
    "age_range",
    "auth_method",
    "birthday",
    "can_review_measurement_request",
    "cover",
    "currency",
    "devices",
    "education",
    "favorite_athletes",
    "favorite_teams",
    "hometown",
    "inspirational_people",
    "install_type",
    "installed",
    "interested_in",
    "is_famedeeplinkinguser",
    "is_shared_login",
    "is_verified",
    "labels",
    "languages",
    "local_news_megaphone_dismiss_status",
    "local_news_subscription_status",
    "location",
    "meeting_for",
    "name_format",
    "payment_pricepoints",
    "political",
    "profile_pic",
    "public_key",
    "quotes",
    "relationship_status",
    "religion",
    "security_settings",
    "shared_login_upgrade_required_by",
    "significant_other",
    "sports",
    "test_group",
    "third_party_id",
    "timezone",
    "token_for_business",
    "verified",
    "video_upload_limits",
    "viewer_can_send_gift",
    "website",
    "work",
]
