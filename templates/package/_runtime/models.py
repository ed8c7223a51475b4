"""Base classes of the generated models, the page of a list edge, and how union results are told apart."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

from dataclasses import dataclass

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from pydantic import BaseModel, ConfigDict, Discriminator, field_validator

from .lazy import LazyType  # re-exported: model fields refer to other modules' classes through it
from .usage import Usage

__all__ = [
    "CREDENTIAL_PARAMS",
    "Cursors",
    "GraphModel",
    "GraphResponse",
    "KeyedMap",
    "LazyType",
    "Page",
    "Paging",
    "keyed_union",
    "without_credentials",
]

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
    def graph_response(self) -> GraphResponse:
        """How a result returned by a client call arrived: status, usage headers, trace id and tries.

        Every result a client call returns carries it: a page and each of its items (so what a page
        iterator yields), and the chosen variant of a union result. A model built any other way (by hand,
        by ``model_validate``, or nested inside a result) has none, and reading it raises AttributeError,
        so ``getattr(model, "graph_response", None)`` tells the two apart.
        """
        # Kept beside the fields rather than as a declared private attribute, which every model would pay for.
        found = (self.__pydantic_private__ or {}).get("graph_response")
        if found is None:
            raise AttributeError(
                f"this {type(self).__name__} was not returned by a client call: no graph_response"
            )
        return found  # type: ignore[no-any-return]

    @graph_response.setter
    def graph_response(self, value: GraphResponse) -> None:
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
