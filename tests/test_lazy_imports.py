"""Importing an endpoint module builds nothing: no model, no pydantic model machinery, no HTTP client. A call
imports what it needs on first use, and type checkers still see the exact classes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.helpers import ROOT

GENERATED = ROOT / "generated"


def _run(code: str) -> dict[str, object]:
    """Run ``code`` in a fresh interpreter that imports the committed package; it prints one JSON line."""
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=GENERATED,
        env={**os.environ, "PYTHONPATH": str(GENERATED)},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    loaded: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return loaded


_HEAVY = """
import json, sys
HEAVY = ("pydantic.main", "httpx", "asyncio", "fbgraph._runtime.models", "fbgraph._runtime.client")
def heavy():
    return sorted(m for m in sys.modules if m in HEAVY or ".models" in m and m.startswith("fbgraph.v"))
"""


@pytest.mark.parametrize("version", ["v5_0", "v25_0"])
def test_importing_an_endpoint_module_imports_no_model_pydantic_model_or_http_client(version: str) -> None:
    loaded = _run(_HEAVY + f"""
import fbgraph.{version}.ads_pixel as endpoints
print(json.dumps({{"heavy": heavy(), "functions": len(endpoints.__all__), "operations": len(endpoints.OPERATIONS)}}))
""")
    assert loaded["heavy"] == []
    assert loaded["functions"] and loaded["operations"]


def test_the_route_table_imports_every_endpoint_module_and_still_no_model() -> None:
    loaded = _run(_HEAVY + """
from fbgraph.v25_0 import _routes
print(json.dumps({"heavy": heavy(), "routes": len(_routes.OPERATIONS)}))
""")
    assert loaded == {"heavy": [], "routes": 22}


def test_a_call_imports_what_it_uses_and_returns_what_it_returned_before() -> None:
    loaded = _run(_HEAVY + """
import httpx
import fbgraph.v25_0.ads_pixel as endpoints
from fbgraph.v25_0 import GraphClient
sync_only = heavy()
seen = []
def answer(request):
    seen.append(str(request.url))
    if request.url.path.endswith("/assigned_users"):
        return httpx.Response(200, json={"data": [{"id": "u1"}]})
    return httpx.Response(200, json={"id": "1", "name": "p", "owner_business": {"id": "2", "name": "b"}})
client = GraphClient("token-1234567890", transport=httpx.MockTransport(answer))
pixel = endpoints.get_ads_pixel(client, ads_pixel_id="1", fields=["id", "name"])
users = endpoints.get_assigned_users(client, ads_pixel_id="1", business="2")
from fbgraph.v25_0.models import AdsPixel, AssignedUser, Business
from fbgraph import Page
try:
    endpoints.get_ads_pixel(client, ads_pixel_id="1", fields=["nme"])
    refused = ""
except ValueError as error:
    refused = str(error)
print(json.dumps({
    "sync_only": sync_only,
    "pixel": type(pixel) is AdsPixel and type(pixel.owner_business) is Business,
    "page": type(users) is Page[AssignedUser] and type(users.data[0]) is AssignedUser,
    "sent": seen,
    "refused": refused,
}))
""")
    # A synchronous client needs neither asyncio nor any model until its first call.
    assert "fbgraph._runtime.client" in loaded["sync_only"]
    assert not [m for m in loaded["sync_only"] if m == "asyncio" or m.startswith("fbgraph.v25_0.models")]
    assert loaded["pixel"] and loaded["page"]
    assert loaded["sent"] == [
        "https://graph.facebook.com/v25.0/1?fields=id%2Cname",
        "https://graph.facebook.com/v25.0/1/assigned_users?business=2",
    ]
    assert "'nme' is not a known AdsPixelField value" in str(loaded["refused"])


def test_type_checkers_see_the_exact_result_classes(tmp_path: Path) -> None:
    program = tmp_path / "program.py"
    program.write_text(textwrap.dedent("""
        from fbgraph.v25_0 import AsyncGraphClient, GraphClient, ads_pixel


        def sync(client: GraphClient) -> None:
            reveal_type(ads_pixel.get_ads_pixel(client, ads_pixel_id="1"))
            reveal_type(ads_pixel.get_assigned_users(client, ads_pixel_id="1", business="2"))
            reveal_type(ads_pixel.iter_assigned_users(client, ads_pixel_id="1", business="2"))
            reveal_type(ads_pixel.create_event_in_chunks(client, ads_pixel_id="1", data=[]))


        async def concurrent(client: AsyncGraphClient) -> None:
            reveal_type(await ads_pixel.get_ads_pixel_async(client, ads_pixel_id="1"))
        """))
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"), str(program)],
        cwd=tmp_path,
        env={**os.environ, "MYPYPATH": str(GENERATED)},
        capture_output=True,
        text=True,
    )
    revealed = [line.split("Revealed type is ", 1)[1] for line in result.stdout.splitlines() if "Revealed" in line]
    models = "fbgraph.v25_0.models"
    assert revealed == [
        f'"{models}.ads_pixel.AdsPixel"',
        f'"fbgraph._runtime.models.Page[{models}.assigned_user.AssignedUser]"',
        f'"typing.Iterator[{models}.assigned_user.AssignedUser]"',
        '"list[fbgraph._runtime.calls.ChunkResult['
        + " | ".join(
            f"{models}.ads_pixel.AdsPixel{name}"
            for name in ("EventsReceived", "EventAttribution", "EventSuccess", "EventClaims")
        )
        + ']]"',
        f'"{models}.ads_pixel.AdsPixel"',
    ], result.stdout
