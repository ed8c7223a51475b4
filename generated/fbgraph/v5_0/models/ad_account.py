"""AdAccount and the types that belong to it (Graph API v5.0).

An ad account, the container of a business's ads.

Fields: partial. Source: Meta's facebook-business Python SDK 5.0.3, generated for API v5.0 (adobjects/adspixel.py and the classes it returns).
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from fbgraph.v5_0.models._refs import Business
from datetime import datetime
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict
from enum import StrEnum


class AdAccount(GraphModel):
    """An ad account, the container of a business's ads."""

    id: str
    """The ID of the ad account, in the form act_{ad_account_id}."""
    account_id: str | None = None
    """The ID of the ad account."""
    name: str | None = None
    """Name of the account."""
    account_status: int | None = None
    """Status of the account."""
    age: float | None = None
    """Amount of time the ad account has been open, in days."""
    amount_spent: str | None = None
    """Current amount spent by the account."""
    balance: str | None = None
    """Bill amount due for this ad account."""
    business: Business | None = None
    """The business manager that owns this ad account."""
    business_name: str | None = None
    created_time: datetime | None = None
    """The time the account was created."""
    currency: str | None = None
    """The currency used for the account."""
    disable_reason: int | None = None
    """The reason why the account was disabled."""
    end_advertiser: str | None = None
    """The entity the ads will target."""
    min_daily_budget: int | None = None
    """The minimum daily budget for this ad account."""
    owner: str | None = None
    """The ID of the account owner."""
    spend_cap: str | None = None
    """The maximum amount that can be spent by this ad account."""
    timezone_id: int | None = None
    """The timezone ID of this ad account."""
    timezone_name: str | None = None
    """Name for the time zone."""


class AdAccountField(GraphEnum):
    """Fields of AdAccount to ask for with `fields=`."""

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
