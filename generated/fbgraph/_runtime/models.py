"""Base classes of the generated models, the page of a list edge, and lazy references between modules."""

from __future__ import annotations

import importlib
import typing
from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

from dataclasses import dataclass

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from pydantic import BaseModel, ConfigDict, Discriminator, GetCoreSchemaHandler, field_validator
from pydantic_core import core_schema

from .usage import Usage

T = TypeVar("T")


@dataclass(frozen=True)
class GraphResponse:
    """How a result arrived: HTTP status, Graph's usage headers, its trace id, and how many tries it took."""

    status: int
    usage: Usage
    fbtrace_id: str | None
    attempts: int


class GraphModel(BaseModel):
    """Base of every generated model.

    Graph returns only the fields ``fields=`` asks for and adds fields without notice, so models keep fields they
    do not declare (``model_extra``) instead of dropping them, and are built on first use to keep imports fast.
    """

    model_config = ConfigDict(
        defer_build=True,
        extra="allow",
        validate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
    )

    @property
    def graph_response(self) -> GraphResponse | None:
        """For a result returned by a client call: how it arrived. None for models built any other way."""
        # Kept beside the fields rather than as a declared private attribute, which every model would pay for.
        return (self.__pydantic_private__ or {}).get("graph_response")

    @graph_response.setter
    def graph_response(self, value: GraphResponse | None) -> None:
        object.__setattr__(
            self,
            "__pydantic_private__",
            {**(self.__pydantic_private__ or {}), "graph_response": value},
        )

    def to_graph(self) -> dict[str, Any]:
        """The model as Graph spells it: wire names, JSON values, unset fields left out."""
        return self.model_dump(mode="json", by_alias=True, exclude_none=True)


class Cursors(GraphModel):
    before: str | None = None
    after: str | None = None


# Query parameters Graph puts into paging links that are credentials; they never stay in a result.
CREDENTIAL_PARAMS = frozenset({"access_token", "appsecret_proof"})


def without_credentials(url: str) -> str:
    parts = urlsplit(url)
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k not in CREDENTIAL_PARAMS
    ]
    return urlunsplit(parts._replace(query=urlencode(query)))


class Paging(GraphModel):
    cursors: Cursors | None = None
    next: str | None = None
    previous: str | None = None

    @field_validator("next", "previous")
    @classmethod
    def _drop_credentials(cls, value: str | None) -> str | None:
        # Graph's links carry the access token; a result must never show it (in a repr, a log, a dump).
        return None if value is None else without_credentials(value)


K = TypeVar("K")

# A JSON object whose keys are integers or datetimes (Graph's map<int64, ...>, map<datetime, ...>): the keys are
# strings on the wire; models read them as their type and write them back as strings.
KeyedMap = dict[K, T]


class Page(GraphModel, Generic[T]):
    """One page of a list edge."""

    data: list[T] = []
    paging: Paging | None = None
    summary: dict[str, Any] | None = None


class LazyType:
    """A stand-in for a class of another module, imported only when a model is first built.

    Node modules refer to each other in cycles (a pixel has an owner business, a business owns pixels); importing
    them eagerly would import every module of a version. Static type checkers see the real class instead.
    """

    __slots__ = ("_module", "_name")

    def __init__(self, package: str, module: str, name: str) -> None:
        self._module = f"{package}.{module}"
        self._name = name

    def resolve(self) -> Any:
        return getattr(importlib.import_module(self._module), self._name)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.resolve()(*args, **kwargs)

    def __or__(self, other: Any) -> Any:
        return typing.Union[self, other]  # noqa: UP007 - operands may not be classes

    def __ror__(self, other: Any) -> Any:
        return typing.Union[other, self]  # noqa: UP007

    def __repr__(self) -> str:
        return f"{self._module}.{self._name}"

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return handler.generate_schema(self.resolve())


def keyed_union(variants: Mapping[str, frozenset[str]]) -> Discriminator:
    """Tell union variants apart by the keys Graph sent: the variant declaring most of them wins, first on ties.

    Graph leaves out fields nobody asked for, so every field is optional and a plain union would accept any
    variant; the keys are what differ.
    """
    order = list(variants)

    def pick(value: Any) -> str | None:
        if isinstance(value, BaseModel):
            return type(value).__name__ if type(value).__name__ in variants else None
        if not isinstance(value, Mapping):
            return None
        keys = set(value)
        return max(order, key=lambda tag: (len(keys & variants[tag]), -order.index(tag)))

    chooser: Callable[[Any], str | None] = pick
    return Discriminator(chooser)
