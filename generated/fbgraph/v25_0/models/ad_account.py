"""AdAccount and the types that belong to it (Graph API v25.0).

An ad account, the container of a business's ads.

Fields: partial. Source: Meta's SDK code-generation spec for API v25.0 (api_specs/specs/<Type>.json of the types AdsPixel returns).
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from typing import Annotated
from pydantic import ConfigDict, Field
from fbgraph.v25_0.models._refs import Business
from datetime import datetime
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class AdAccount(GraphModel):
    """
    An ad account, the container of a business's ads.

    Attributes:
        id: The ID of the ad account, in the form act_{ad_account_id}.
        account_id: The ID of the ad account.
        name: Name of the account.
        account_status: Status of the account.
        age: Amount of time the ad account has been open, in days.
        amount_spent: Current amount spent by the account.
        balance: Bill amount due for this ad account.
        business: The business manager that owns this ad account.
        created_time: The time the account was created.
        currency: The currency used for the account.
        disable_reason: The reason why the account was disabled.
        end_advertiser: The entity the ads will target.
        min_daily_budget: The minimum daily budget for this ad account.
        owner: The ID of the account owner.
        spend_cap: The maximum amount that can be spent by this ad account.
        timezone_id: The timezone ID of this ad account.
        timezone_name: Name for the time zone.
    """

    id: Annotated[
        str, Field(description="The ID of the ad account, in the form act_{ad_account_id}.")
    ]
    account_id: Annotated[str | None, Field(description="The ID of the ad account.")] = None
    name: Annotated[str | None, Field(description="Name of the account.")] = None
    account_status: Annotated[int | None, Field(description="Status of the account.")] = None
    age: Annotated[
        float | None, Field(description="Amount of time the ad account has been open, in days.")
    ] = None
    amount_spent: Annotated[
        str | None, Field(description="Current amount spent by the account.")
    ] = None
    balance: Annotated[str | None, Field(description="Bill amount due for this ad account.")] = None
    business: Annotated[
        Business | None, Field(description="The business manager that owns this ad account.")
    ] = None
    business_name: str | None = None
    created_time: Annotated[
        datetime | None, Field(description="The time the account was created.")
    ] = None
    currency: Annotated[str | None, Field(description="The currency used for the account.")] = None
    disable_reason: Annotated[
        int | None, Field(description="The reason why the account was disabled.")
    ] = None
    end_advertiser: Annotated[str | None, Field(description="The entity the ads will target.")] = (
        None
    )
    min_daily_budget: Annotated[
        int | None, Field(description="The minimum daily budget for this ad account.")
    ] = None
    owner: Annotated[str | None, Field(description="The ID of the account owner.")] = None
    spend_cap: Annotated[
        str | None, Field(description="The maximum amount that can be spent by this ad account.")
    ] = None
    timezone_id: Annotated[int | None, Field(description="The timezone ID of this ad account.")] = (
        None
    )
    timezone_name: Annotated[str | None, Field(description="Name for the time zone.")] = None


class AdAccountField(GraphEnum):
    """
    Fields of AdAccount to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``name_`` is 'name'. Calls also take the value as a string.
    """

    id = "id"
    account_id = "account_id"
    name_ = "name"
    account_status = "account_status"
    age = "age"
    amount_spent = "amount_spent"
    balance = "balance"
    business = "business"
    business_name = "business_name"
    created_time = "created_time"
    currency = "currency"
    disable_reason = "disable_reason"
    end_advertiser = "end_advertiser"
    min_daily_budget = "min_daily_budget"
    owner = "owner"
    spend_cap = "spend_cap"
    timezone_id = "timezone_id"
    timezone_name = "timezone_name"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
AdAccountFieldLiteral = Literal[
    "id",
    "account_id",
    "name",
    "account_status",
    "age",
    "amount_spent",
    "balance",
    "business",
    "business_name",
    "created_time",
    "currency",
    "disable_reason",
    "end_advertiser",
    "min_daily_budget",
    "owner",
    "spend_cap",
    "timezone_id",
    "timezone_name",
]
