"""User and the types that belong to it (Graph API v25.0).

A Facebook user.

Fields: documented. Source: Meta's facebook-business Python SDK 5.0.3, generated for API v5.0 (adobjects/adspixel.py and the classes it returns).
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from datetime import datetime
from fbgraph.v25_0.models._refs import (
    AgeRange,
    Currency,
    EducationExperience,
    Experience,
    Group,
    PageNode,
    PaymentPricepoints,
    UserCoverPhoto,
    VideoUploadLimits,
)
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict
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
    """Updated time."""
    about: str | None = None
    age_range: AgeRange | None = None
    birthday: str | None = None
    client_business_id: str | None = None
    community: Group | None = None
    cover: UserCoverPhoto | None = None
    currency: Currency | None = None
    education: list[EducationExperience] | None = None
    favorite_athletes: list[Experience] | None = None
    favorite_teams: list[Experience] | None = None
    hometown: PageNode | None = None
    inspirational_people: list[Experience] | None = None
    install_type: str | None = None
    installed: bool | None = None
    is_guest_user: bool | None = None
    is_work_account: bool | None = None
    languages: list[Experience] | None = None
    local_news_megaphone_dismiss_status: bool | None = None
    local_news_subscription_status: bool | None = None
    location: PageNode | None = None
    meeting_for: list[str] | None = None
    name_format: str | None = None
    payment_pricepoints: PaymentPricepoints | None = None
    political: str | None = None
    profile_pic: str | None = None
    quotes: str | None = None
    relationship_status: str | None = None
    religion: str | None = None
    shared_login_upgrade_required_by: datetime | None = None
    significant_other: User | None = None
    sports: list[Experience] | None = None
    supports_donate_button_in_live_video: bool | None = None
    third_party_id: str | None = None
    timezone: float | None = None
    token_for_business: str | None = None
    verified: bool | None = None
    video_upload_limits: VideoUploadLimits | None = None
    website: str | None = None


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
    about = "about"
    age_range = "age_range"
    birthday = "birthday"
    client_business_id = "client_business_id"
    community = "community"
    cover = "cover"
    currency = "currency"
    education = "education"
    favorite_athletes = "favorite_athletes"
    favorite_teams = "favorite_teams"
    hometown = "hometown"
    inspirational_people = "inspirational_people"
    install_type = "install_type"
    installed = "installed"
    is_guest_user = "is_guest_user"
    is_work_account = "is_work_account"
    languages = "languages"
    local_news_megaphone_dismiss_status = "local_news_megaphone_dismiss_status"
    local_news_subscription_status = "local_news_subscription_status"
    location = "location"
    meeting_for = "meeting_for"
    name_format = "name_format"
    payment_pricepoints = "payment_pricepoints"
    political = "political"
    profile_pic = "profile_pic"
    quotes = "quotes"
    relationship_status = "relationship_status"
    religion = "religion"
    shared_login_upgrade_required_by = "shared_login_upgrade_required_by"
    significant_other = "significant_other"
    sports = "sports"
    supports_donate_button_in_live_video = "supports_donate_button_in_live_video"
    third_party_id = "third_party_id"
    timezone = "timezone"
    token_for_business = "token_for_business"
    verified = "verified"
    video_upload_limits = "video_upload_limits"
    website = "website"
