"""Conversions API benchmark: build, normalise, hash and serialise a batch of 1,000 events with raw customer
data, with the generated models and with Meta's SDK, in the same run.

    python3 -m bench.capi [--runs N] [--json]

Prints one line with both times and their ratio (the target is at most 0.5), or the same figures as one JSON
object with ``--json``. The two sides run in turns (ours, then the SDK, N times) and each run is timed in CPU
time of this process, so that other work on the machine weighs on both alike; the ratio is the median of the
ratios of the turns. Every run of ours starts with empty rule caches, so it normalises and hashes everything.
Assumes generated/ is importable (it adds it).
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "generated"))

EVENTS = 1000
RUNS = 15


def raw_people(count: int) -> list[dict[str, Any]]:
    """Varied raw customer data: no two events share an email, phone or name."""
    cities = ["New York", "São Paulo", "Köln", "Tokyo", "Paris", "Lagos"]
    return [
        {
            "email": f"  Customer.{i}@Example{i % 7}.com ",
            "phone": f"+1 (650) 555-{1000 + i:04d}",
            "first": f"Mary{i}",
            "last": f"Smith{i % 97}",
            "city": cities[i % len(cities)],
            "zip": f"{94000 + i % 999:05d}",
            "country": "US",
            "external_id": f"loyalty-{i}",
            "ip": f"10.0.{i % 256}.{i % 200}",
            "agent": "Mozilla/5.0 (X11; Linux x86_64)",
            "value": 10.0 + i,
        }
        for i in range(count)
    ]


def ours(people: list[dict[str, Any]]) -> str:
    from fbgraph._runtime.operations import encode
    from fbgraph.v25_0.ads_pixel import _CREATE_EVENT
    from fbgraph.v25_0.models import CustomData, ServerEvent, UserData

    events = [
        ServerEvent(
            event_name="Purchase",
            event_time=1700000000 + n,
            action_source="website",
            user_data=UserData(
                em=p["email"], ph=p["phone"], fn=p["first"], ln=p["last"], ct=p["city"], zp=p["zip"],
                country=p["country"], external_id=p["external_id"], client_ip_address=p["ip"],
                client_user_agent=p["agent"],
            ),
            custom_data=CustomData(value=p["value"], currency="usd"),
        )
        for n, p in enumerate(people)
    ]  # fmt: skip
    data = next(param for param in _CREATE_EVENT.params if param.name == "data")
    return encode(data, events)


def theirs(people: list[dict[str, Any]]) -> list[str]:
    from facebook_business.adobjects.serverside.action_source import ActionSource
    from facebook_business.adobjects.serverside.custom_data import CustomData
    from facebook_business.adobjects.serverside.event import Event
    from facebook_business.adobjects.serverside.event_request import EventRequest
    from facebook_business.adobjects.serverside.user_data import UserData

    events = [
        Event(
            event_name="Purchase",
            event_time=1700000000 + n,
            action_source=ActionSource.WEBSITE,
            user_data=UserData(
                email=p["email"], phone=p["phone"], first_name=p["first"], last_name=p["last"], city=p["city"],
                zip_code=p["zip"], country_code=p["country"], external_id=p["external_id"],
                client_ip_address=p["ip"], client_user_agent=p["agent"],
            ),
            custom_data=CustomData(value=p["value"], currency="usd"),
        )
        for n, p in enumerate(people)
    ]  # fmt: skip
    return EventRequest(pixel_id="1", events=events).normalize()


def _forget_hashes() -> None:
    """Empty every rule's cache, so that each measured run normalises and hashes everything itself."""
    from fbgraph._runtime.normalize import preparer
    from fbgraph.v25_0.models import UserData

    for rule in UserData.graph_rules.values():
        preparer(rule).cache_clear()


def _timed(function: Any, people: list[dict[str, Any]]) -> float:
    gc.collect()  # each run starts from the same collector state, outside the measurement
    started = time.process_time()
    function(people)
    return time.process_time() - started


def measure(runs: int = RUNS) -> dict[str, float]:
    """Both sides in turns: the median time of each (seconds) and the median of the turns' ratios."""
    ours(raw_people(10))  # build the models' validators once, outside the measurement
    theirs(raw_people(10))
    people = raw_people(EVENTS)
    generated: list[float] = []
    sdk: list[float] = []
    for _ in range(runs):
        _forget_hashes()
        generated.append(_timed(ours, people))
        sdk.append(_timed(theirs, people))
    return {
        "events": EVENTS,
        "runs": runs,
        "generated_s": statistics.median(generated),
        "sdk_s": statistics.median(sdk),
        "ratio": statistics.median([g / s for g, s in zip(generated, sdk)]),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bench.capi", description="Conversions API benchmark: ours against the SDK"
    )
    parser.add_argument("--runs", type=int, default=RUNS, help=f"turns of each side (default {RUNS})")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    found = measure(args.runs)
    if args.json:
        print(json.dumps(found))
        return
    print(f"{EVENTS} events, median of {args.runs} runs in turns (CPU time): generated models "
          f"{found['generated_s'] * 1000:.1f} ms, Meta SDK {found['sdk_s'] * 1000:.1f} ms, "
          f"ratio {found['ratio']:.2f} (target at most 0.50)")  # fmt: skip


if __name__ == "__main__":
    main()
