"""The retry policy: how long it waits, how often it tries, and which failures it repeats for which operations."""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from rtpkg._runtime.calls import Answer, Send, Wait, call_plan
from rtpkg._runtime.errors import (
    GraphAPIError,
    GraphAuthError,
    GraphConnectionError,
    GraphError,
    GraphInvalidParameterError,
    GraphRequestError,
    GraphServerError,
    GraphThrottlingError,
    GraphTimeoutError,
    GraphTransportError,
)
from rtpkg._runtime.operations import Operation, Param, prepare
from rtpkg._runtime.retry import NO_RETRIES, RetryPolicy
from rtpkg._runtime.usage import BUSINESS_USE_CASE_USAGE, Usage, parse_usage
from tests.runtime.support import ERRORS_BY_CODE, ApiTooManyCallsError, ApiUnknownError, graph_error_body


def constant(value: float) -> Callable[[], float]:
    return lambda: value


# Without jitter every wait is exactly the exponential base, so the arithmetic can be checked to the digit.
STEADY = RetryPolicy(max_attempts=10, initial_delay=1.0, max_delay=60.0, multiplier=2.0, jitter=0.0)


def blocked_for(minutes: float, business_id: str = "111") -> Usage:
    """Usage whose Business Use Case header announces that access is blocked for ``minutes``."""
    header = {business_id: [{"type": "ads_management", "call_count": 100, "estimated_time_to_regain_access": minutes}]}
    return parse_usage({BUSINESS_USE_CASE_USAGE: json.dumps(header)})


# -- waits ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("attempt", "expected"), [(1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0), (5, 16.0), (6, 32.0)])
def test_backoff_doubles_from_the_initial_delay(attempt: int, expected: float) -> None:
    assert STEADY.backoff(attempt) == expected


@pytest.mark.parametrize(("attempt", "expected"), [(1, 0.5), (2, 1.5), (3, 4.5), (4, 13.5)])
def test_backoff_follows_a_custom_initial_delay_and_multiplier(attempt: int, expected: float) -> None:
    policy = RetryPolicy(initial_delay=0.5, multiplier=3.0, max_delay=100.0, jitter=0.0)
    assert policy.backoff(attempt) == pytest.approx(expected)


@pytest.mark.parametrize("attempt", [7, 8, 20])
def test_backoff_stops_growing_at_max_delay(attempt: int) -> None:
    # 2 ** 6 = 64 is the first base above 60.
    assert STEADY.backoff(attempt) == 60.0


def test_backoff_with_multiplier_one_stays_at_the_initial_delay() -> None:
    policy = RetryPolicy(initial_delay=3.0, multiplier=1.0, jitter=0.0)
    assert [policy.backoff(n) for n in (1, 2, 3)] == [3.0, 3.0, 3.0]


def test_backoff_stays_at_max_delay_for_a_very_late_attempt() -> None:
    policy = RetryPolicy(max_attempts=5000, jitter=0.0)
    assert policy.backoff(1100) == policy.max_delay


def test_jitter_draws_nothing_below_the_non_random_share() -> None:
    policy = RetryPolicy(initial_delay=4.0, jitter=0.5, random=constant(0.0))
    assert policy.backoff(1) == 2.0


def test_jitter_reaches_the_full_base_at_the_top_of_the_random_range() -> None:
    policy = RetryPolicy(initial_delay=4.0, jitter=0.5, random=constant(1.0))
    assert policy.backoff(1) == 4.0


def test_jitter_scales_linearly_with_the_random_draw() -> None:
    policy = RetryPolicy(initial_delay=4.0, jitter=0.5, random=constant(0.25))
    assert policy.backoff(1) == pytest.approx(2.0 + 4.0 * 0.5 * 0.25)


def test_full_jitter_can_wait_nothing() -> None:
    policy = RetryPolicy(initial_delay=4.0, jitter=1.0, random=constant(0.0))
    assert policy.backoff(3) == 0.0


def test_jitter_applies_to_the_capped_delay() -> None:
    policy = RetryPolicy(initial_delay=1.0, max_delay=10.0, jitter=0.5, random=constant(0.0))
    assert policy.backoff(10) == 5.0


def test_seeded_jitter_stays_within_bounds_and_repeats() -> None:
    def waits(seed: int) -> list[float]:
        policy = RetryPolicy(initial_delay=1.0, max_delay=30.0, jitter=0.3, random=random.Random(seed).random)
        return [policy.backoff(n) for n in range(1, 9)]

    first = waits(1234)
    for attempt, wait in enumerate(first, start=1):
        base = min(30.0, 2.0 ** (attempt - 1))
        assert base * 0.7 <= wait <= base
    assert first == waits(1234)
    # Jitter exists to spread clients out: another seed must give other waits.
    assert first != waits(4321)


def test_the_random_source_does_not_take_part_in_equality() -> None:
    assert RetryPolicy(random=constant(0.1)) == RetryPolicy(random=constant(0.9))


@pytest.mark.parametrize("max_attempts", [0, -1])
def test_max_attempts_must_be_at_least_one(max_attempts: int) -> None:
    with pytest.raises(ValueError, match="max_attempts"):
        RetryPolicy(max_attempts=max_attempts)


@pytest.mark.parametrize("jitter", [-0.01, 1.01])
def test_jitter_must_be_a_share(jitter: float) -> None:
    with pytest.raises(ValueError, match="jitter"):
        RetryPolicy(jitter=jitter)


# -- attempts ------------------------------------------------------------------------------------------------


def test_delay_allows_tries_up_to_max_attempts() -> None:
    policy = RetryPolicy(max_attempts=3, jitter=0.0)
    error = ApiTooManyCallsError("limit")
    assert policy.delay(error, 1, idempotent=True) == (1.0, "throttled (#4)")
    assert policy.delay(error, 2, idempotent=True) == (2.0, "throttled (#4)")
    assert policy.delay(error, 3, idempotent=True) is None


def test_no_retries_never_waits() -> None:
    assert NO_RETRIES.max_attempts == 1
    assert NO_RETRIES.delay(ApiTooManyCallsError("limit"), 1, idempotent=True) is None
    assert NO_RETRIES.delay(GraphConnectionError("refused", request_sent=False), 1, idempotent=True) is None


def test_delay_uses_the_backoff_of_the_failed_attempt() -> None:
    decision = STEADY.delay(ApiTooManyCallsError("limit"), 4, idempotent=False)
    assert decision is not None
    assert decision[0] == 8.0


# -- which failures are retried --------------------------------------------------------------------------------


@pytest.mark.parametrize("idempotent", [True, False])
def test_throttling_is_retried_for_every_operation(idempotent: bool) -> None:
    # Graph refuses a throttled call before doing any of its work, so even a create may be sent again.
    error = ApiTooManyCallsError("(#4) Application request limit reached", is_transient=False)
    assert STEADY.reason_to_retry(error, idempotent) == "throttled (#4)"


def test_throttling_category_without_a_catalogue_class_is_retried() -> None:
    assert STEADY.reason_to_retry(GraphThrottlingError("slow down", code=80004), idempotent=False) == (
        "throttled (#80004)"
    )


def test_transient_error_is_retried_for_idempotent_operations() -> None:
    error = GraphAPIError("try again", code=2, is_transient=True)
    assert STEADY.reason_to_retry(error, idempotent=True) == "transient error (#2)"


def test_transient_error_is_not_retried_for_a_create() -> None:
    # A POST that creates something may have been done already.
    error = GraphAPIError("try again", code=2, is_transient=True)
    assert STEADY.reason_to_retry(error, idempotent=False) is None


def test_catalogue_code_documented_as_temporary_is_retried_when_idempotent() -> None:
    error = ApiUnknownError("An unknown error occurred")
    assert error.is_transient
    assert STEADY.reason_to_retry(error, idempotent=True) == "transient error (#1)"
    assert STEADY.reason_to_retry(error, idempotent=False) is None


def test_graph_saying_not_transient_overrides_the_category_default() -> None:
    error = GraphServerError("broken for good", code=1, is_transient=False)
    assert STEADY.reason_to_retry(error, idempotent=True) is None


@pytest.mark.parametrize(
    "error",
    [
        GraphInvalidParameterError("(#100) Invalid parameter", code=100),
        GraphAuthError("Invalid OAuth 2.0 Access Token", code=190),
        GraphAPIError("something else", code=12345),
    ],
    ids=["invalid-parameter", "auth", "uncatalogued"],
)
def test_errors_that_are_neither_throttling_nor_transient_are_not_retried(error: GraphAPIError) -> None:
    assert STEADY.reason_to_retry(error, idempotent=True) is None


@pytest.mark.parametrize("cls", [GraphConnectionError, GraphTimeoutError])
@pytest.mark.parametrize("idempotent", [True, False])
def test_connection_never_made_is_retried_for_every_operation(cls: type[GraphTransportError], idempotent: bool) -> None:
    # Nothing reached Graph, so nothing can have been done twice.
    error = cls("connection failed (ConnectError)", request_sent=False)
    assert STEADY.reason_to_retry(error, idempotent) == cls.__name__


@pytest.mark.parametrize("cls", [GraphConnectionError, GraphTimeoutError])
def test_broken_connection_is_retried_only_when_idempotent(cls: type[GraphTransportError]) -> None:
    error = cls("connection failed (ReadError)", request_sent=True)
    assert STEADY.reason_to_retry(error, idempotent=True) == cls.__name__
    assert STEADY.reason_to_retry(error, idempotent=False) is None


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_server_error_without_graph_json_is_retried_only_when_idempotent(status: int) -> None:
    error = GraphTransportError("HTTP 5xx with a body that is not JSON", http_status=status, excerpt="<html>")
    assert STEADY.reason_to_retry(error, idempotent=True) == f"HTTP {status}"
    assert STEADY.reason_to_retry(error, idempotent=False) is None


@pytest.mark.parametrize("status", [200, 400, 404, 499])
def test_answer_below_500_that_is_not_graph_json_is_not_retried(status: int) -> None:
    # Asking again would get the same answer.
    error = GraphTransportError("not a Graph result", http_status=status)
    assert STEADY.reason_to_retry(error, idempotent=True) is None


def test_request_refused_before_sending_is_not_retried() -> None:
    error: GraphError = GraphRequestError("parameter 'name' is required")
    assert STEADY.reason_to_retry(error, idempotent=True) is None
    assert STEADY.delay(error, 1, idempotent=True) is None


# -- Business Use Case blocking -------------------------------------------------------------------------------


def test_announced_block_longer_than_the_backoff_is_waited_out() -> None:
    error = ApiTooManyCallsError("limit", usage=blocked_for(0.5))
    assert STEADY.delay(error, 1, idempotent=False) == (30.0, "throttled (#4)")


def test_backoff_longer_than_the_announced_block_wins() -> None:
    error = ApiTooManyCallsError("limit", usage=blocked_for(0.01))
    assert STEADY.delay(error, 5, idempotent=False) == (16.0, "throttled (#4)")


def test_announced_block_equal_to_max_delay_is_waited_out() -> None:
    error = ApiTooManyCallsError("limit", usage=blocked_for(1))
    assert STEADY.delay(error, 1, idempotent=False) == (60.0, "throttled (#4)")


def test_announced_block_longer_than_max_delay_gives_up_at_once() -> None:
    error = ApiTooManyCallsError("limit", usage=blocked_for(2))
    assert STEADY.delay(error, 1, idempotent=True) is None


def test_longest_announced_block_of_any_business_counts() -> None:
    header = {
        "111": [{"type": "ads_management", "estimated_time_to_regain_access": 0.25}],
        "222": [{"type": "ads_insights", "estimated_time_to_regain_access": 0.75}],
    }
    usage = parse_usage({BUSINESS_USE_CASE_USAGE: json.dumps(header)})
    assert STEADY.delay(ApiTooManyCallsError("limit", usage=usage), 1, idempotent=False) == (45.0, "throttled (#4)")


def test_announced_block_does_not_make_an_error_retryable() -> None:
    error = GraphInvalidParameterError("bad", code=100, usage=blocked_for(0.5))
    assert STEADY.delay(error, 1, idempotent=True) is None


def test_announced_block_of_zero_leaves_the_backoff() -> None:
    error = ApiTooManyCallsError("limit", usage=blocked_for(0))
    assert STEADY.delay(error, 2, idempotent=False) == (2.0, "throttled (#4)")


# -- the policy inside a call ----------------------------------------------------------------------------------


def drive(operation: Operation[Any], answers: Iterator[Answer], policy: RetryPolicy) -> list[float]:
    """Run one call's plan against canned answers, taking one per request; the waits it asked for."""
    plan = call_plan(operation, prepare(operation, {"id": "7"}), policy, ERRORS_BY_CODE)
    waits: list[float] = []
    action = next(plan)
    try:
        while True:
            if isinstance(action, Send):
                action = plan.send(next(answers))
            else:
                assert isinstance(action, Wait)
                waits.append(action.seconds)
                action = plan.send(None)
    except StopIteration:
        return waits


def error_answer(code: int, *, is_transient: bool) -> Answer:
    body = graph_error_body(code=code, message=f"(#{code}) failure", is_transient=is_transient)
    return Answer(500 if code == 1 else 400, {}, json.dumps(body).encode())


CREATE = Operation("create_thing", "POST", "/{id}/things", (Param("id", "text", required=True, in_path=True),), dict)
UPDATE = Operation(
    "update_thing", "POST", "/{id}", (Param("id", "text", required=True, in_path=True),), dict, idempotent=True
)
OK = Answer(200, {}, b'{"success": true}')


def test_call_repeats_a_throttled_create_until_it_succeeds() -> None:
    answers = iter([error_answer(4, is_transient=True), OK])
    assert drive(CREATE, answers, STEADY) == [1.0]
    assert list(answers) == []


def test_call_does_not_repeat_a_create_after_a_transient_error() -> None:
    answers = iter([error_answer(1, is_transient=True), OK])
    with pytest.raises(ApiUnknownError):
        drive(CREATE, answers, STEADY)
    assert list(answers) == [OK]


def test_call_repeats_an_idempotent_post_after_a_transient_error() -> None:
    answers = iter([error_answer(1, is_transient=True), error_answer(1, is_transient=True), OK])
    assert drive(UPDATE, answers, STEADY) == [1.0, 2.0]
    assert list(answers) == []


def test_call_gives_up_after_max_attempts() -> None:
    answers = iter([error_answer(4, is_transient=True)] * 3)
    with pytest.raises(ApiTooManyCallsError):
        drive(CREATE, answers, RetryPolicy(max_attempts=2, jitter=0.0))
    assert len(list(answers)) == 1
