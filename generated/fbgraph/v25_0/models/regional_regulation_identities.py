"""RegionalRegulationIdentities and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class RegionalRegulationIdentities(GraphModel):
    australia_finserv_beneficiary: str | None = None
    australia_finserv_payer: str | None = None
    india_finserv_beneficiary: str | None = None
    india_finserv_payer: str | None = None
    singapore_universal_beneficiary: str | None = None
    singapore_universal_payer: str | None = None
    taiwan_finserv_beneficiary: str | None = None
    taiwan_finserv_payer: str | None = None
    taiwan_universal_beneficiary: str | None = None
    taiwan_universal_payer: str | None = None
    universal_beneficiary: str | None = None
    universal_payer: str | None = None


class RegionalRegulationIdentitiesField(GraphEnum):
    """Fields of RegionalRegulationIdentities to ask for with `fields=`."""

    australia_finserv_beneficiary = "australia_finserv_beneficiary"
    australia_finserv_payer = "australia_finserv_payer"
    india_finserv_beneficiary = "india_finserv_beneficiary"
    india_finserv_payer = "india_finserv_payer"
    singapore_universal_beneficiary = "singapore_universal_beneficiary"
    singapore_universal_payer = "singapore_universal_payer"
    taiwan_finserv_beneficiary = "taiwan_finserv_beneficiary"
    taiwan_finserv_payer = "taiwan_finserv_payer"
    taiwan_universal_beneficiary = "taiwan_universal_beneficiary"
    taiwan_universal_payer = "taiwan_universal_payer"
    universal_beneficiary = "universal_beneficiary"
    universal_payer = "universal_payer"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
RegionalRegulationIdentitiesFieldLiteral = Literal[
    "australia_finserv_beneficiary",
    "australia_finserv_payer",
    "india_finserv_beneficiary",
    "india_finserv_payer",
    "singapore_universal_beneficiary",
    "singapore_universal_payer",
    "taiwan_finserv_beneficiary",
    "taiwan_finserv_payer",
    "taiwan_universal_beneficiary",
    "taiwan_universal_payer",
    "universal_beneficiary",
    "universal_payer",
]
