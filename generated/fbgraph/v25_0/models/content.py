"""Content and the types that belong to it (Graph API v25.0).

One product of an event's contents.

Fields: documented. Source: Conversions API reference, Custom Data (Standard) Parameters.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from fbgraph._runtime.request_models import RequestModel
from enum import StrEnum


class Content(RequestModel):
    """One product of an event's contents."""

    id: str | None = None
    """The product id."""
    quantity: int | None = None
    """How many."""
    item_price: float | None = None
    """The price of one item."""
    title: str | None = None
    """The product's title."""
    description: str | None = None
    """The product's description."""
    brand: str | None = None
    """The product's brand."""
    category: str | None = None
    """The product's category."""
    delivery_category: str | None = None
    """How the product is delivered."""


class ContentField(GraphEnum):
    """Fields of Content to ask for with `fields=`."""

    id = "id"
    quantity = "quantity"
    item_price = "item_price"
    title_ = "title"
    description = "description"
    brand = "brand"
    category = "category"
    delivery_category = "delivery_category"
