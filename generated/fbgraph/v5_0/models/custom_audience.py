"""CustomAudience and the types that belong to it (Graph API v5.0).

A custom audience, a list of people an advertiser can target.

Fields: partial. Source: Meta's facebook-business Python SDK 5.0.3, generated for API v5.0 (adobjects/adspixel.py and the classes it returns).
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from enum import StrEnum
from fbgraph._runtime.models import GraphModel


class CustomAudience(GraphModel):
    """A custom audience, a list of people an advertiser can target."""

    id: str
    """Id of the custom audience."""
    account_id: str | None = None
    """Id of the ad account."""
    name: str | None = None
    """Custom audience name."""
    description: str | None = None
    """Custom audience description."""
    approximate_count: int | None = None
    """Approximate number of people in this audience."""
    customer_file_source: str | None = None
    """Source of customer information in the uploaded file."""
    pixel_id: str | None = None
    """ID of the pixel which is collecting events for this website custom audience."""
    retention_days: int | None = None
    """Number of days to keep the user in this cluster."""
    rule: str | None = None
    """Audience rules to be applied on the referrer URL."""
    subtype: CustomAudienceSubtype | None = None
    """Type of custom audience, derived from original data source."""
    time_created: int | None = None
    """Creation time, in Unix seconds."""
    time_updated: int | None = None
    """Last update time, in Unix seconds."""


class CustomAudienceField(GraphEnum):
    """Fields of CustomAudience to ask for with `fields=`."""

    id = "id"
    account_id = "account_id"
    name_ = "name"
    description = "description"
    approximate_count = "approximate_count"
    customer_file_source = "customer_file_source"
    pixel_id = "pixel_id"
    retention_days = "retention_days"
    rule = "rule"
    subtype = "subtype"
    time_created = "time_created"
    time_updated = "time_updated"


class CustomAudienceSubtype(GraphEnum):
    """Where the audience's data comes from."""

    APP = "APP"
    BAG_OF_ACCOUNTS = "BAG_OF_ACCOUNTS"
    CLAIM = "CLAIM"
    CUSTOM = "CUSTOM"
    ENGAGEMENT = "ENGAGEMENT"
    FOX = "FOX"
    LOOKALIKE = "LOOKALIKE"
    MANAGED = "MANAGED"
    MEASUREMENT = "MEASUREMENT"
    OFFLINE_CONVERSION = "OFFLINE_CONVERSION"
    PARTNER = "PARTNER"
    REGULATED_CATEGORIES_AUDIENCE = "REGULATED_CATEGORIES_AUDIENCE"
    STUDY_RULE_AUDIENCE = "STUDY_RULE_AUDIENCE"
    VIDEO = "VIDEO"
    WEBSITE = "WEBSITE"
