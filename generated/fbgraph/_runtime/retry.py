"""When a failed call is tried again, and how long the client waits first.

The policy, in full:

* Throttling errors (category ``throttling``: codes 4, 17, 32, 341, 613, 80000-80014 ...) and every HTTP 429
  answer, whatever its body, are retried for every method: Graph refuses a throttled call before doing any of its
  work.
* Other errors Graph marks as transient (``is_transient``, or codes documented as temporary such as 1 and 2) are
  retried only for idempotent operations: GET, DELETE, and POSTs the spec marks ``idempotent`` (an update that
  sets values). A POST that creates something is never repeated, since Graph may have done it already.
* A connection that could not be made is retried for every method: nothing was sent. A connection that broke,
  a timeout, or a 5xx answer that is not Graph JSON is retried only for idempotent operations.
* Waits grow exponentially from ``initial_delay`` by ``multiplier`` up to ``max_delay``, with random jitter so
  that many clients do not retry in step. When Graph's Business Use Case usage header announces how long access
  stays blocked, the client waits that long, or gives up at once if it is longer than ``max_delay``. A
  ``Retry-After`` header (seconds or an HTTP date) is honoured too, capped at ``max_delay`` (60 s by default).
* A call takes at most ``deadline`` seconds (120 by default) in all: requests, waits and retries. A wait that
  would end after it is not started; the last error is raised instead.
* At most ``max_attempts`` tries in all. Every retry is logged at WARNING on the logger named after the
  package (e.g. ``fbgraph``), with the operation's name and the reason; never a token, a secret or a full URL.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

from .errors import GraphAPIError, GraphError, GraphTransportError

__all__ = [
    "NO_RETRIES",
    "RetryPolicy",
    "retry_after_seconds",
]


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 4
    initial_delay: float = 1.0
    max_delay: float = 60.0
    multiplier: float = 2.0
    jitter: float = 0.5  # the share of each wait that is random
    deadline: float | None = (
        120.0  # seconds one call may take in all, retries included; None for no limit
    )
    random: Callable[[], float] = field(default=random.random, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        if not 0 <= self.jitter <= 1:
            raise ValueError("jitter must be between 0 and 1")
        if self.deadline is not None and not self.deadline > 0:
            raise ValueError("deadline must be positive, or None")

    def backoff(self, attempt: int) -> float:
        """The wait after failed try number ``attempt`` (1-based)."""
        try:
            grown = self.initial_delay * self.multiplier ** (attempt - 1)
        except OverflowError:  # far past max_delay: the power no longer fits a float
            grown = self.max_delay
        base = min(self.max_delay, grown)
        return base * (1 - self.jitter) + base * self.jitter * self.random()

    def reason_to_retry(self, error: GraphError, idempotent: bool) -> str | None:
        """Why ``error`` may be retried under this policy, or None if it may not."""
        if getattr(error, "http_status", None) == 429:
            return "throttled (HTTP 429)"
        if isinstance(error, GraphAPIError):
            if error.category == "throttling":
                return f"throttled (#{error.code})"
            if error.is_transient and idempotent:
                return f"transient error (#{error.code})"
            return None
        if isinstance(error, GraphTransportError):
            if not error.request_sent:
                return type(error).__name__
            if idempotent and (error.http_status is None or error.http_status >= 500):
                return (
                    type(error).__name__
                    if error.http_status is None
                    else f"HTTP {error.http_status}"
                )
        return None

    def delay(
        self, error: GraphError, attempt: int, idempotent: bool, retry_after: float | None = None
    ) -> tuple[float, str] | None:
        """How long to wait before try ``attempt + 1``, and why; None to give up.

        ``retry_after`` is what the answer's ``Retry-After`` header asked for, in seconds.
        """
        if attempt >= self.max_attempts:
            return None
        reason = self.reason_to_retry(error, idempotent)
        if reason is None:
            return None
        wait = self.backoff(attempt)
        announced = (
            error.usage.seconds_to_regain_access if isinstance(error, GraphAPIError) else None
        )
        if announced is not None:
            if announced > self.max_delay:
                return None
            wait = max(wait, announced)
        if retry_after is not None:
            wait = max(wait, min(retry_after, self.max_delay))
        return wait, reason


def retry_after_seconds(headers: Mapping[str, str], now: datetime | None = None) -> float | None:
    """The wait a ``Retry-After`` header asks for, in seconds (it holds seconds or an HTTP date); None if absent
    or unreadable."""
    value = {k.lower(): v for k, v in headers.items()}.get("retry-after", "").strip()
    if not value:
        return None
    if value.isascii() and value.isdigit():
        return float(min(int(value[:12]), 10**9))
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


NO_RETRIES = RetryPolicy(max_attempts=1)
