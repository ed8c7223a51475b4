"""Conversions API benchmark: build, normalise, hash and serialise a batch of 1,000 events with raw customer
data, with the generated models and with Meta's SDK, in the same run.

    python3 -m bench.capi

Prints both times and their ratio (the target is at most 0.5). Assumes generated/ is importable (it adds it).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "generated"))

EVENTS = 1000
RUNS = 7


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


def best(function: Any, people: list[dict[str, Any]]) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        function(people)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _forget_hashes() -> None:
    """Empty every rule's cache, so that each measured run normalises and hashes everything itself."""
    from fbgraph._runtime.normalize import preparer
    from fbgraph.v25_0.models import UserData

    for rule in UserData.graph_rules.values():
        preparer(rule).cache_clear()


def main() -> None:
    ours(raw_people(10))  # build the models' validators once, outside the measurement
    theirs(raw_people(10))
    people = raw_people(EVENTS)
    generated = best(lambda p: (_forget_hashes(), ours(p)), people)
    sdk = best(theirs, people)
    print(f"{EVENTS} events, median of {RUNS} runs: generated models {generated * 1000:.1f} ms, "
          f"Meta SDK {sdk * 1000:.1f} ms, ratio {generated / sdk:.2f} (target at most 0.50)")  # fmt: skip


if __name__ == "__main__":
    main()
