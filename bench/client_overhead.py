"""Row 7: what the generated client adds to a request, against bare httpx, on real HTTP over loopback.

The fake Graph server (``fbgraph.testing.FakeGraph``) runs in a process of its own. Sequential: ``calls``
``get_ads_pixel`` calls with the generated ``GraphClient``, against the same requests (the same URL, query and
token, captured from the generated client's first request) with a bare ``httpx.Client`` that reads each answer
as JSON. Concurrent: the same number of calls spread over ``tasks`` asyncio tasks, with ``AsyncGraphClient``
against a bare ``httpx.AsyncClient``. Each figure is the median of alternating repeats.

    python3 -m bench.client_overhead --calls 2000 --tasks 50 --repeats 3   # prints one JSON line

It needs the generated package importable (bench.run puts generated/ on PYTHONPATH).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

import httpx

from bench.measure import alternating

if TYPE_CHECKING:
    from fbgraph.v25_0.models import AdsPixelField

GRAPH_VERSION = "v25.0"
PIXEL = "1234"
# Starts the fake server, says where it listens, and stops when its standard input closes.
_SERVER = (
    "import sys\n"
    "from fbgraph.testing import FakeGraph\n"
    f"graph = FakeGraph({GRAPH_VERSION!r}).start()\n"
    "print(graph.base_url, graph.access_token, flush=True)\n"
    "sys.stdin.read()\n"
    "graph.stop()\n"
)


def _fields() -> list[AdsPixelField]:
    from fbgraph.v25_0.models import AdsPixelField

    return [AdsPixelField.id, AdsPixelField.name_, AdsPixelField.last_fired_time]


def captured_request(base_url: str, token: str) -> tuple[str, dict[str, str]]:
    """The URL and Authorization header of the generated client's get_ads_pixel request."""
    from fbgraph.v25_0 import GraphClient, ads_pixel

    seen: list[httpx.Request] = []
    with httpx.Client(event_hooks={"request": [seen.append]}) as http:
        client = GraphClient(token, base_url=base_url, http_client=http)
        ads_pixel.get_ads_pixel(client, ads_pixel_id=PIXEL, fields=_fields())
    request = seen[-1]
    return str(request.url), {"Authorization": request.headers["Authorization"]}


def sync_generated(base_url: str, token: str, calls: int) -> float:
    from fbgraph.v25_0 import GraphClient, ads_pixel

    fields = _fields()
    with GraphClient(token, base_url=base_url) as client:
        started = time.perf_counter()
        for _ in range(calls):
            ads_pixel.get_ads_pixel(client, ads_pixel_id=PIXEL, fields=fields)
        return time.perf_counter() - started


def sync_bare(url: str, headers: dict[str, str], calls: int) -> float:
    with httpx.Client() as http:
        started = time.perf_counter()
        for _ in range(calls):
            response = http.get(url, headers=headers)
            response.raise_for_status()
            response.json()
        return time.perf_counter() - started


async def _spread(calls: int, tasks: int, call: Callable[[], object]) -> float:
    async def worker(count: int) -> None:
        for _ in range(count):
            await call()  # type: ignore[misc]

    shares = [calls // tasks + (1 if i < calls % tasks else 0) for i in range(tasks)]
    started = time.perf_counter()
    await asyncio.gather(*(worker(share) for share in shares))
    return time.perf_counter() - started


async def _async_generated(base_url: str, token: str, calls: int, tasks: int) -> float:
    from fbgraph.v25_0 import AsyncGraphClient, ads_pixel

    fields = _fields()
    async with AsyncGraphClient(token, base_url=base_url) as client:
        return await _spread(
            calls, tasks, lambda: ads_pixel.get_ads_pixel_async(client, ads_pixel_id=PIXEL, fields=fields)
        )


async def _async_bare(url: str, headers: dict[str, str], calls: int, tasks: int) -> float:
    async with httpx.AsyncClient() as http:

        async def call() -> None:
            response = await http.get(url, headers=headers)
            response.raise_for_status()
            response.json()

        return await _spread(calls, tasks, call)


def measure(base_url: str, token: str, calls: int, tasks: int, repeats: int) -> dict[str, float]:
    url, headers = captured_request(base_url, token)
    return alternating(
        {
            "sync_generated": lambda: sync_generated(base_url, token, calls),
            "sync_bare": lambda: sync_bare(url, headers, calls),
            "async_generated": lambda: asyncio.run(_async_generated(base_url, token, calls, tasks)),
            "async_bare": lambda: asyncio.run(_async_bare(url, headers, calls, tasks)),
        },
        repeats,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--tasks", type=int, default=50)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    server = subprocess.Popen([sys.executable, "-c", _SERVER], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        base_url, token = server.stdout.readline().split()
        figures = measure(base_url, token, args.calls, args.tasks, args.repeats)
    finally:
        assert server.stdin is not None
        server.stdin.close()
        server.wait(timeout=30)
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
