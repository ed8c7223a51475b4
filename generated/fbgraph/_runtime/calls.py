"""Calls as plans: what to send, when to wait, what to hand back, with no I/O of their own.

A plan is a generator that yields actions (send this request, wait this long, here is a page) and is sent the
outcome of each. The sync and async clients each drive plans with a few lines of their own, so retries,
pagination and result handling exist once.
"""

from __future__ import annotations

import logging
from collections.abc import Generator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, Union
from urllib.parse import parse_qsl, urlsplit

from .errors import GraphAPIError, GraphError, GraphTransportError
from .models import CREDENTIAL_PARAMS, GraphModel, GraphResponse, Page
from .operations import Operation, PreparedRequest, interpret, prepare
from .retry import RetryPolicy
from .usage import parse_usage

T = TypeVar("T")
log = logging.getLogger("fbgraph")


@dataclass(frozen=True)
class Send:
    request: PreparedRequest


@dataclass(frozen=True)
class Wait:
    seconds: float


@dataclass(frozen=True)
class Emit(Generic[T]):
    page: Page[T]


@dataclass(frozen=True)
class Answer:
    status: int
    headers: Mapping[str, str]
    content: bytes


Action = Union[Send, Wait, Emit[Any]]
Outcome = Union[Answer, GraphTransportError, None]


def call_plan(
    operation: Operation[T],
    request: PreparedRequest,
    policy: RetryPolicy,
    registry: Mapping[int, type[GraphAPIError]],
) -> Generator[Action, Outcome, T]:
    """One call, with the retries the policy allows; returns its result or raises its error."""
    attempt = 1
    while True:
        outcome = yield Send(request)
        try:
            if isinstance(outcome, GraphTransportError):
                raise outcome
            assert isinstance(outcome, Answer)
            usage = parse_usage(outcome.headers)
            result = interpret(operation, outcome.status, outcome.content, registry, usage)
            if isinstance(result, GraphModel):
                trace = {k.lower(): v for k, v in outcome.headers.items()}.get("x-fb-trace-id")
                result.graph_response = GraphResponse(outcome.status, usage, trace, attempt)
                if isinstance(result, Page):
                    # The items of a page (and so what a page iterator yields) carry the response they came in.
                    for item in result.data:
                        if isinstance(item, GraphModel):
                            item.graph_response = result.graph_response
            return result
        except GraphError as error:
            decision = policy.delay(error, attempt, operation.idempotent)
            if decision is None:
                raise
            seconds, reason = decision
            log.warning(
                "%s: %s; retrying in %.2fs (try %d of %d)",
                operation.name,
                reason,
                seconds,
                attempt + 1,
                policy.max_attempts,
            )
            yield Wait(seconds)
            attempt += 1


@dataclass(frozen=True)
class ChunkResult(Generic[T]):
    """One chunk of a chunked call: where it starts in the list, how many items it held, and its outcome."""

    index: int
    start: int
    size: int
    result: T | None = None
    error: GraphError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def chunks_plan(
    operation: Operation[T],
    values: Mapping[str, Any],
    param: str,
    size: int,
    policy: RetryPolicy,
    registry: Mapping[int, type[GraphAPIError]],
    extra: Mapping[str, Any] | None = None,
) -> Generator[Action, Outcome, list[ChunkResult[T]]]:
    """One call per ``size`` items of ``param``, in turn; a chunk that fails is reported and the others still go."""
    if size < 1:
        raise ValueError("chunk_size must be at least 1")
    items = list(values.get(param) or [])
    results: list[ChunkResult[T]] = []
    for index, start in enumerate(range(0, len(items), size)):
        chunk = items[start : start + size]
        try:
            request = prepare(operation, {**values, param: chunk}, extra)
            result = yield from call_plan(operation, request, policy, registry)
            results.append(ChunkResult(index, start, len(chunk), result=result))
        except GraphError as error:
            results.append(ChunkResult(index, start, len(chunk), error=error))
    return results


def next_page_request(first: PreparedRequest, page: Page[Any]) -> PreparedRequest | None:
    """The request for the page after ``page``, or None at the end.

    Only the query of ``paging.next`` is used: the request still goes to the client's own base URL and path, so a
    next link can never send the token elsewhere, and credentials in the link are dropped.
    """
    paging = page.paging
    if paging is None or not paging.next or not page.data:
        return None
    pairs = parse_qsl(urlsplit(paging.next).query, keep_blank_values=True)
    query = tuple((k, v) for k, v in pairs if k not in CREDENTIAL_PARAMS)
    if not query:
        return None
    return PreparedRequest(first.method, first.path, query, ())


def pages_plan(
    operation: Operation[Page[T]],
    request: PreparedRequest,
    policy: RetryPolicy,
    registry: Mapping[int, type[GraphAPIError]],
    max_pages: int | None = None,
) -> Generator[Action, Outcome, None]:
    """Every page of a list edge in turn, following ``paging.next``; stops at the end or on a repeated link."""
    seen: set[tuple[tuple[str, str], ...]] = set()
    current: PreparedRequest | None = request
    count = 0
    while current is not None and (max_pages is None or count < max_pages):
        page = yield from call_plan(operation, current, policy, registry)
        count += 1
        yield Emit(page)
        following = next_page_request(request, page)
        if following is None or following.query in seen:
            return
        seen.add(following.query)
        current = following
