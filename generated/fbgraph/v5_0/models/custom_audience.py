"""CustomAudience and the types that belong to it (Graph API v5.0).

A custom audience, a list of people an advertiser can target.

Fields: documented. Source: Meta's facebook-business Python SDK 5.0.3, generated for API v5.0 (adobjects/adspixel.py and the classes it returns).
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from enum import StrEnum
from typing import Annotated
from pydantic import ConfigDict, Field
from fbgraph.v5_0.models._refs import (
    AdsPixel,
    AudiencePermissionForActions,
    CustomAudienceDataSource,
    CustomAudienceSharingStatus,
    CustomAudienceStatus,
    LookalikeSpec,
)
from fbgraph._runtime.models import GraphModel


class CustomAudience(GraphModel):
    """
    A custom audience, a list of people an advertiser can target.

    Attributes:
        id: Id of the custom audience.
        account_id: Id of the ad account.
        name: Custom audience name.
        description: Custom audience description.
        approximate_count: Approximate number of people in this audience.
        customer_file_source: Source of customer information in the uploaded file.
        pixel_id: ID of the pixel which is collecting events for this website custom audience.
        retention_days: Number of days to keep the user in this cluster.
        rule: Audience rules to be applied on the referrer URL.
        subtype: Type of custom audience, derived from original data source.
        time_created: Creation time, in Unix seconds.
        time_updated: Last update time, in Unix seconds.
    """

    id: Annotated[str, Field(description="Id of the custom audience.")]
    account_id: Annotated[str | None, Field(description="Id of the ad account.")] = None
    name: Annotated[str | None, Field(description="Custom audience name.")] = None
    description: Annotated[str | None, Field(description="Custom audience description.")] = None
    approximate_count: Annotated[
        int | None, Field(description="Approximate number of people in this audience.")
    ] = None
    customer_file_source: Annotated[
        str | None, Field(description="Source of customer information in the uploaded file.")
    ] = None
    pixel_id: Annotated[
        str | None,
        Field(
            description="ID of the pixel which is collecting events for this website custom audience."
        ),
    ] = None
    retention_days: Annotated[
        int | None, Field(description="Number of days to keep the user in this cluster.")
    ] = None
    rule: Annotated[
        str | None, Field(description="Audience rules to be applied on the referrer URL.")
    ] = None
    subtype: Annotated[
        CustomAudienceSubtype | None,
        Field(description="Type of custom audience, derived from original data source."),
    ] = None
    time_created: Annotated[int | None, Field(description="Creation time, in Unix seconds.")] = None
    time_updated: Annotated[int | None, Field(description="Last update time, in Unix seconds.")] = (
        None
    )
    data_source: CustomAudienceDataSource | None = None
    data_source_types: str | None = None
    datafile_custom_audience_uploading_status: str | None = None
    delivery_status: CustomAudienceStatus | None = None
    excluded_custom_audiences: list[CustomAudience] | None = None
    external_event_source: AdsPixel | None = None
    household_audience: int | None = None
    included_custom_audiences: list[CustomAudience] | None = None
    is_household: bool | None = None
    is_snapshot: bool | None = None
    is_value_based: bool | None = None
    lookalike_audience_ids: list[str] | None = None
    lookalike_spec: LookalikeSpec | None = None
    operation_status: CustomAudienceStatus | None = None
    opt_out_link: str | None = None
    permission_for_actions: AudiencePermissionForActions | None = None
    regulated_audience_spec: LookalikeSpec | None = None
    rev_share_policy_id: int | None = None
    rule_aggregation: str | None = None
    rule_v2: str | None = None
    seed_audience: int | None = None
    sharing_status: CustomAudienceSharingStatus | None = None
    time_content_updated: int | None = None


class CustomAudienceField(GraphEnum):
    """
    Fields of CustomAudience to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``name_`` is 'name'. Calls also take the value as a string.
    """

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
    data_source = "data_source"
    data_source_types = "data_source_types"
    datafile_custom_audience_uploading_status = "datafile_custom_audience_uploading_status"
    delivery_status = "delivery_status"
    excluded_custom_audiences = "excluded_custom_audiences"
    external_event_source = "external_event_source"
    household_audience = "household_audience"
    included_custom_audiences = "included_custom_audiences"
    is_household = "is_household"
    is_snapshot = "is_snapshot"
    is_value_based = "is_value_based"
    lookalike_audience_ids = "lookalike_audience_ids"
    lookalike_spec = "lookalike_spec"
    operation_status = "operation_status"
    opt_out_link = "opt_out_link"
    permission_for_actions = "permission_for_actions"
    regulated_audience_spec = "regulated_audience_spec"
    rev_share_policy_id = "rev_share_policy_id"
    rule_aggregation = "rule_aggregation"
    rule_v2 = "rule_v2"
    seed_audience = "seed_audience"
    sharing_status = "sharing_status"
    time_content_updated = "time_content_updated"


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


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
CustomAudienceSubtypeLiteral = Literal[
    "APP",
    "BAG_OF_ACCOUNTS",
    "CLAIM",
    "CUSTOM",
    "ENGAGEMENT",
    "FOX",
    "LOOKALIKE",
    "MANAGED",
    "MEASUREMENT",
    "OFFLINE_CONVERSION",
    "PARTNER",
    "REGULATED_CATEGORIES_AUDIENCE",
    "STUDY_RULE_AUDIENCE",
    "VIDEO",
    "WEBSITE",
]
CustomAudienceFieldLiteral = Literal[
    "id",
    "account_id",
    "name",
    "description",
    "approximate_count",
    "customer_file_source",
    "pixel_id",
    "retention_days",
    "rule",
    "subtype",
    "time_created",
    "time_updated",
    "data_source",
    "data_source_types",
    "datafile_custom_audience_uploading_status",
    "delivery_status",
    "excluded_custom_audiences",
    "external_event_source",
    "household_audience",
    "included_custom_audiences",
    "is_household",
    "is_snapshot",
    "is_value_based",
    "lookalike_audience_ids",
    "lookalike_spec",
    "operation_status",
    "opt_out_link",
    "permission_for_actions",
    "regulated_audience_spec",
    "rev_share_policy_id",
    "rule_aggregation",
    "rule_v2",
    "seed_audience",
    "sharing_status",
    "time_content_updated",
]
