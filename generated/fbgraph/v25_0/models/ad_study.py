"""AdStudy and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph.v25_0.models._refs import Business, User
from datetime import datetime
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict
from enum import StrEnum


class AdStudy(GraphModel):
    business: Business | None = None
    canceled_time: datetime | None = None
    client_business: Business | None = None
    cooldown_start_time: datetime | None = None
    created_by: User | None = None
    created_time: datetime | None = None
    description: str | None = None
    end_time: datetime | None = None
    id: str
    measurement_contact: User | None = None
    name: str | None = None
    observation_end_time: datetime | None = None
    results_first_available_date: str | None = None
    sales_contact: User | None = None
    start_time: datetime | None = None
    type: str | None = None
    updated_by: User | None = None
    updated_time: datetime | None = None


class AdStudyField(GraphEnum):
    """
    Fields of AdStudy to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``name_`` is 'name'. Calls also take the value as a string.
    """

    business = "business"
    canceled_time = "canceled_time"
    client_business = "client_business"
    cooldown_start_time = "cooldown_start_time"
    created_by = "created_by"
    created_time = "created_time"
    description = "description"
    end_time = "end_time"
    id = "id"
    measurement_contact = "measurement_contact"
    name_ = "name"
    observation_end_time = "observation_end_time"
    results_first_available_date = "results_first_available_date"
    sales_contact = "sales_contact"
    start_time = "start_time"
    type = "type"
    updated_by = "updated_by"
    updated_time = "updated_time"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
AdStudyFieldLiteral = Literal[
    "business",
    "canceled_time",
    "client_business",
    "cooldown_start_time",
    "created_by",
    "created_time",
    "description",
    "end_time",
    "id",
    "measurement_contact",
    "name",
    "observation_end_time",
    "results_first_available_date",
    "sales_contact",
    "start_time",
    "type",
    "updated_by",
    "updated_time",
]
