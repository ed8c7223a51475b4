"""Content and the types that belong to it (Graph API v25.0).

One product of an event's contents.

Fields: documented. Source: Conversions API reference, Custom Data (Standard) Parameters.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from typing import Annotated
from pydantic import Field
from fbgraph._runtime.request_models import RequestModel
from enum import StrEnum


class Content(RequestModel):
    """
    One product of an event's contents.

    Attributes:
        id: The product id.
        quantity: How many.
        item_price: The price of one item.
        title: The product's title.
        description: The product's description.
        brand: The product's brand.
        category: The product's category.
        delivery_category: How the product is delivered.
    """

    id: Annotated[str | None, Field(description="The product id.")] = None
    quantity: Annotated[int | None, Field(description="How many.")] = None
    item_price: Annotated[float | None, Field(description="The price of one item.")] = None
    title: Annotated[str | None, Field(description="The product's title.")] = None
    description: Annotated[str | None, Field(description="The product's description.")] = None
    brand: Annotated[str | None, Field(description="The product's brand.")] = None
    category: Annotated[str | None, Field(description="The product's category.")] = None
    delivery_category: Annotated[str | None, Field(description="How the product is delivered.")] = (
        None
    )


class ContentField(GraphEnum):
    """
    Fields of Content to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``title_`` is 'title'. Calls also take the value as a string.
    """

    id = "id"
    quantity = "quantity"
    item_price = "item_price"
    title_ = "title"
    description = "description"
    brand = "brand"
    category = "category"
    delivery_category = "delivery_category"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
ContentFieldLiteral = Literal[
    "id",
    "quantity",
    "item_price",
    "title",
    "description",
    "brand",
    "category",
    "delivery_category",
]
