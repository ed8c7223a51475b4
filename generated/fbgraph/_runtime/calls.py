"""Calls as plans: what to send, when to wait, what to hand back, with no I/O of their own.

A plan is a generator that yields actions (send this request, wait this long, here is a page) and is sent the
outcome of each. The sync and async clients each drive plans with a few lines of their own, so retries,
pagination and result handling exist once.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Generator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, Union
from urllib.parse import parse_qsl, urlsplit

from .errors import GraphAPIError, GraphError, GraphPagingError, GraphTransportError
from .identity import PACKAGE
from .models import CREDENTIAL_PARAMS, GraphModel, GraphResponse, Page
from .operations import Operation, PreparedRequest, interpret, prepare
from .retry import RetryPolicy, retry_after_seconds
from .usage import parse_usage

__all__ = [
    "Action",
    "Answer",
    "ChunkResult",
    "DEFAULT_MAX_PAGES",
    "Emit",
    "Outcome",
    "PageGuard",
    "Send",
    "Wait",
    "call_plan",
    "chunks_plan",
    "next_page_request",
    "pages_plan",
]

T = TypeVar("T")
log = logging.getLogger(PACKAGE)


@dataclass(frozen=True)
class Send:
    request: PreparedRequest
    deadline: float | None = None  # time.monotonic() by which the whole call must be done


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
    deadline = None if policy.deadline is None else time.monotonic() + policy.deadline
    while True:
        outcome = yield Send(request, deadline)
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
            retry_after = (
                retry_after_seconds(outcome.headers) if isinstance(outcome, Answer) else None
            )
            decision = policy.delay(error, attempt, operation.idempotent, retry_after)
            if decision is None or not _fits(deadline, decision[0]):
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


def _fits(deadline: float | None, wait: float) -> bool:
    """Whether a wait ends before the call's deadline (a retry that could not finish in time is not started)."""
    return deadline is None or time.monotonic() + wait < deadline


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
    """Every page of a list edge in turn, following ``paging.next``, until the end or ``max_pages``.

    Without ``max_pages``, at most ``DEFAULT_MAX_PAGES``; a link or cursor that comes back raises, since
    following it would loop.
    """
    guard = PageGuard(request, max_pages)
    current: PreparedRequest | None = request
    while current is not None and guard.may_fetch():
        page = yield from call_plan(operation, current, policy, registry)
        yield Emit(page)
        current = next_page_request(request, page)
        if current is not None:
            guard.check(current)


DEFAULT_MAX_PAGES = 10_000
_CURSOR_PARAMS = ("after", "before")


class PageGuard:
    """Counts pages and remembers every link and cursor followed, so that a server cannot make paging loop."""

    def __init__(self, first: PreparedRequest, max_pages: int | None) -> None:
        self.limit = DEFAULT_MAX_PAGES if max_pages is None else max_pages
        self.explicit = max_pages is not None
        self.fetched = 0
        self.queries: set[tuple[tuple[str, str], ...]] = {first.query}
        self.cursors: set[tuple[str, str]] = set(_cursors(first))

    def may_fetch(self) -> bool:
        self.fetched += 1
        return self.fetched <= self.limit

    def check(self, following: PreparedRequest) -> None:
        if self.fetched >= self.limit and not self.explicit:
            raise GraphPagingError(f"more than {self.limit} pages; pass max_pages to read further")
        cursors = set(_cursors(following))
        if following.query in self.queries or cursors & self.cursors:
            raise GraphPagingError(
                "the next page's link repeats an earlier page; paging stopped to avoid a loop"
            )
        self.queries.add(following.query)
        self.cursors |= cursors


def _cursors(request: PreparedRequest) -> list[tuple[str, str]]:
    return [(k, v) for k, v in request.query if k in _CURSOR_PARAMS]
