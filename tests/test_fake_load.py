"""50 threads and 50 async tasks against one fake Graph server at once, with faults injected on the way.

The run lasts FAKE_LOAD_SECONDS (2 by default; set it to 20 for the full soak). It must end with no failed call
other than those the injected faults stand for, every request recorded exactly once, and every fault consumed
exactly as many times as it was injected.
"""

from __future__ import annotations

import asyncio
import os
import threading
import time
from collections import Counter
from typing import Any

from fbgraph._runtime.retry import RetryPolicy
from fbgraph.testing import FakeGraph
from fbgraph.v25_0 import AsyncGraphClient, GraphClient, ads_pixel, errors

SECONDS = float(os.environ.get("FAKE_LOAD_SECONDS", "2"))
THREADS = TASKS = 50
REFUSALS = 40  # invalid-parameter errors: not retried, so each is one failed call
THROTTLES = 40  # throttling errors: retried, so each is one extra request and no failed call
# Enough tries that a call throttled again on its retry (faults are shared by every caller) still succeeds.
RETRY = RetryPolicy(max_attempts=THROTTLES + 1, initial_delay=0.001, max_delay=0.01)
EVENT = {"event_name": "Lead", "event_time": 1700000000, "user_data": {"em": "load@example.com"}}


def test_threads_and_tasks_together_lose_nothing_and_consume_faults_exactly() -> None:
    with FakeGraph("v25.0") as graph:
        refusals = graph.inject("create_event", error_code=100, times=REFUSALS)
        throttles = graph.inject("create_event", error_code=4, times=THROTTLES)  # taken once the first is used up
        end = time.monotonic() + SECONDS
        hard_stop = end + 30  # bounded even if a fault were never consumed
        lock = threading.Lock()
        calls: list[str] = []  # the marker of every call made
        outcomes: Counter[str] = Counter()

        def record(marker: str, outcome: str) -> None:
            with lock:
                calls.append(marker)
                outcomes[outcome] += 1

        def keep_going() -> bool:
            now = time.monotonic()
            return now < end or ((refusals.times or throttles.times) and now < hard_stop)

        def worker(name: str) -> None:
            with GraphClient(graph.access_token, base_url=graph.base_url, retry=RETRY) as client:
                n = 0
                while keep_going():
                    marker = f"{name}-{n}"
                    n += 1
                    try:
                        ads_pixel.create_event(client, ads_pixel_id="1", data=[EVENT], test_event_code=marker)
                        record(marker, "ok")
                    except errors.InvalidParameterError:
                        record(marker, "refused")
                    except Exception as exc:  # noqa: BLE001 - any other failure is counted and fails the test
                        record(marker, f"failed: {type(exc).__name__}: {exc}")

        async def tasks() -> None:
            async with AsyncGraphClient(graph.access_token, base_url=graph.base_url, retry=RETRY) as client:

                async def task(name: str) -> None:
                    n = 0
                    while keep_going():
                        marker = f"{name}-{n}"
                        n += 1
                        try:
                            await ads_pixel.create_event_async(
                                client, ads_pixel_id="1", data=[EVENT], test_event_code=marker
                            )
                            record(marker, "ok")
                        except errors.InvalidParameterError:
                            record(marker, "refused")
                        except Exception as exc:  # noqa: BLE001
                            record(marker, f"failed: {type(exc).__name__}: {exc}")

                await asyncio.gather(*(task(f"task{i}") for i in range(TASKS)))

        threads = [threading.Thread(target=worker, args=(f"thread{i}",)) for i in range(THREADS)]
        threads.append(threading.Thread(target=asyncio.run, args=(tasks(),)))
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

        assert graph.internal_errors == []
        recorded = Counter(dict(r.form).get("test_event_code") for r in graph.requests)

    assert [o for o in outcomes if o.startswith("failed")] == [], "no call failed except by injected faults"
    assert outcomes["refused"] == REFUSALS
    assert refusals.times == 0 and throttles.times == 0, "every fault was consumed"
    assert set(recorded) == set(calls) and len(calls) == len(set(calls))
    assert sum(recorded.values()) == len(calls) + THROTTLES, "one request per call, plus one per throttled try"
