"""FlexibleTargeting and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph.v5_0.models._refs import IDName
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict
from enum import StrEnum


class FlexibleTargeting(GraphModel):
    behaviors: list[IDName] | None = None
    college_years: list[int] | None = None
    connections: list[IDName] | None = None
    custom_audiences: list[IDName] | None = None
    education_majors: list[IDName] | None = None
    education_schools: list[IDName] | None = None
    education_statuses: list[int] | None = None
    ethnic_affinity: list[IDName] | None = None
    family_statuses: list[IDName] | None = None
    friends_of_connections: list[IDName] | None = None
    generation: list[IDName] | None = None
    home_ownership: list[IDName] | None = None
    home_type: list[IDName] | None = None
    home_value: list[IDName] | None = None
    household_composition: list[IDName] | None = None
    income: list[IDName] | None = None
    industries: list[IDName] | None = None
    interested_in: list[int] | None = None
    interests: list[IDName] | None = None
    life_events: list[IDName] | None = None
    moms: list[IDName] | None = None
    net_worth: list[IDName] | None = None
    office_type: list[IDName] | None = None
    politics: list[IDName] | None = None
    relationship_statuses: list[int] | None = None
    user_adclusters: list[IDName] | None = None
    work_employers: list[IDName] | None = None
    work_positions: list[IDName] | None = None


class FlexibleTargetingField(GraphEnum):
    """Fields of FlexibleTargeting to ask for with `fields=`."""

    behaviors = "behaviors"
    college_years = "college_years"
    connections = "connections"
    custom_audiences = "custom_audiences"
    education_majors = "education_majors"
    education_schools = "education_schools"
    education_statuses = "education_statuses"
    ethnic_affinity = "ethnic_affinity"
    family_statuses = "family_statuses"
    friends_of_connections = "friends_of_connections"
    generation = "generation"
    home_ownership = "home_ownership"
    home_type = "home_type"
    home_value = "home_value"
    household_composition = "household_composition"
    income = "income"
    industries = "industries"
    interested_in = "interested_in"
    interests = "interests"
    life_events = "life_events"
    moms = "moms"
    net_worth = "net_worth"
    office_type = "office_type"
    politics = "politics"
    relationship_statuses = "relationship_statuses"
    user_adclusters = "user_adclusters"
    work_employers = "work_employers"
    work_positions = "work_positions"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
FlexibleTargetingFieldLiteral = Literal[
    "behaviors",
    "college_years",
    "connections",
    "custom_audiences",
    "education_majors",
    "education_schools",
    "education_statuses",
    "ethnic_affinity",
    "family_statuses",
    "friends_of_connections",
    "generation",
    "home_ownership",
    "home_type",
    "home_value",
    "household_composition",
    "income",
    "industries",
    "interested_in",
    "interests",
    "life_events",
    "moms",
    "net_worth",
    "office_type",
    "politics",
    "relationship_statuses",
    "user_adclusters",
    "work_employers",
    "work_positions",
]
