"""What a user of the generated package meets: public names, typed results, typed enum arguments, documented
fields, list calls with cursors, extra parameters, the announced wait of a throttled call, and the fake server's
authentication. Each test names the problem of issue 14 it covers."""

from __future__ import annotations

import importlib
import os
import pydoc
import subprocess
import sys
import textwrap
from pathlib import Path
from urllib.parse import parse_qsl

import pytest

import fbgraph
from fbgraph import v25_0
from fbgraph.testing import FakeGraph
from tests.helpers import ROOT

GENERATED = ROOT / "generated"
TOKEN = "surface-token"

# Written the way the package README writes code; every line must pass mypy --strict.
GOOD_PROGRAM = """\
from fbgraph import ChunkResult, GraphResponse, GraphThrottlingError, Page, RetryPolicy, Usage
from fbgraph.v25_0 import GraphClient, ads_pixel
from fbgraph.v25_0 import GraphResponse as VersionGraphResponse
from fbgraph.v25_0.models import AdsPixelCreateEventResult, AdsPixelField, AssignedUser, ServerEvent, UserData


def read(client: GraphClient) -> float | None:
    pixel = ads_pixel.get_ads_pixel(client, ads_pixel_id="1", fields=[AdsPixelField.id, AdsPixelField.name_, "code"])
    response: GraphResponse = pixel.graph_response
    same: VersionGraphResponse = response
    usage: Usage = same.usage
    return usage.app.call_count


def send(client: GraphClient) -> list[ChunkResult[AdsPixelCreateEventResult]]:
    ads_pixel.update_ads_pixel(client, ads_pixel_id="1", data_use_setting="ANALYTICS_ONLY")
    event = ServerEvent(event_name="Purchase", event_time=1, user_data=UserData(em="a@b.c"), action_source="website")
    assert event.action_source is not None
    return ads_pixel.create_event_in_chunks(client, ads_pixel_id="1", data=[event])


def listing(client: GraphClient) -> Page[AssignedUser]:
    for user in ads_pixel.iter_assigned_users(client, ads_pixel_id="1", business="2", limit=10, max_pages=2):
        print(user.id)
    return ads_pixel.get_assigned_users(client, ads_pixel_id="1", business="2", limit=10, after="MTAx")


def wait(error: GraphThrottlingError, policy: RetryPolicy) -> float:
    return error.retry_after or policy.initial_delay
"""

BAD_PROGRAM = """\
from fbgraph.v25_0 import GraphClient, ads_pixel
from fbgraph.v25_0.models import ServerEvent, UserData


def typos(client: GraphClient) -> None:
    ads_pixel.update_ads_pixel(client, ads_pixel_id="1", data_use_setting="ANALYTICS")
    ads_pixel.get_ads_pixel(client, ads_pixel_id="1", fields=["nme"])
    ServerEvent(event_name="Purchase", event_time=1, user_data=UserData(em="a@b.c"), action_source="webiste")
"""


def _mypy(tmp_path: Path, source: str) -> subprocess.CompletedProcess[str]:
    program = tmp_path / "program.py"
    program.write_text(source, encoding="utf-8")
    # Run outside the project, as a user would: no project mypy settings, no pydantic plugin.
    env = {**os.environ, "MYPYPATH": str(GENERATED)}
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"), str(program)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )


def test_problem_3_4_user_code_type_checks_strictly(tmp_path: Path) -> None:
    result = _mypy(tmp_path, GOOD_PROGRAM)
    assert result.returncode == 0, result.stdout + result.stderr


def test_problem_3_enum_typos_are_type_errors(tmp_path: Path) -> None:
    result = _mypy(tmp_path, BAD_PROGRAM)
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert [line.split(":")[1] for line in errors] == ["6", "7", "8"], result.stdout
    assert "'ANALYTICS'" in errors[0] and "'nme'" in errors[1] and "'webiste'" in errors[2]


def test_problem_4_public_names() -> None:
    from fbgraph._runtime import calls, models, retry

    assert fbgraph.Page is models.Page and fbgraph.GraphResponse is models.GraphResponse
    assert fbgraph.RetryPolicy is retry.RetryPolicy and fbgraph.ChunkResult is calls.ChunkResult
    assert v25_0.GraphResponse is models.GraphResponse and v25_0.Page is models.Page
    for module in (fbgraph, v25_0, v25_0.models, v25_0.errors, v25_0.ads_pixel):
        assert module.__all__, module.__name__
        for name in module.__all__:
            assert getattr(module, name) is not None, f"{module.__name__}.{name}"
    assert not any(name.startswith("_") for name in fbgraph.__all__)
    with pytest.raises(AttributeError, match="nope"):
        fbgraph.nope  # noqa: B018


def test_problem_3_results_carry_their_response_and_usage_is_never_none() -> None:
    with FakeGraph("v25.0", access_token=TOKEN) as graph:
        with v25_0.GraphClient(TOKEN, base_url=graph.base_url) as client:
            pixel = v25_0.ads_pixel.get_ads_pixel(client, ads_pixel_id="1")
            page = v25_0.ads_pixel.get_assigned_users(client, ads_pixel_id="1", business="2")
    for result in (pixel, page, page.data[0]):
        assert result.graph_response.status == 200
        usage = result.graph_response.usage
        assert isinstance(usage.app, fbgraph.AppUsage) and not usage.app and usage.app.call_count is None
        assert isinstance(usage.ad_account, fbgraph.AdAccountUsage) and not usage.ad_account
    built = v25_0.models.AdsPixel(id="1")
    assert getattr(built, "graph_response", None) is None
    with pytest.raises(AttributeError):
        built.graph_response  # noqa: B018


def test_problem_3_literals_sent_in_models_become_members() -> None:
    models = v25_0.models
    event = models.ServerEvent(
        event_name="P", event_time=1, user_data=models.UserData(em="a@b.c"), action_source="website"
    )
    assert event.action_source is models.ServerEventActionSource.website
    assert event.to_graph()["action_source"] == "website"
    assert models.ServerEventActionSourceLiteral.__args__ == tuple(m.value for m in models.ServerEventActionSource)


def test_problem_5_descriptions_are_field_descriptions() -> None:
    AdsPixel = v25_0.models.AdsPixel
    assert AdsPixel.model_fields["code"].description == "Pixel code to be placed on the website"
    assert AdsPixel.model_json_schema()["properties"]["code"]["description"] == "Pixel code to be placed on the website"
    assert "Customer information that matches the event to people." in pydoc.render_doc(
        v25_0.models.ServerEvent, renderer=pydoc.plaintext
    )
    # A description that only repeats its name says nothing and is left out.
    assert AdsPixel.model_fields["can_proxy"].description is None
    doc = v25_0.ads_pixel.create_event.__doc__ or ""
    assert "data: data" not in doc and "platforms: platforms" not in doc
    assert "1,000 events per request" in doc
    model_source = (GENERATED / "fbgraph" / "v25_0" / "models" / "ads_pixel.py").read_text()
    assert '"""can_proxy"""' not in model_source
    assert "Graph API v5.0" not in model_source.split('"""')[1], "the v25.0 model cites a v25.0 page"


def test_problem_2_renamed_enum_members_are_documented() -> None:
    field = v25_0.models.AdsPixelField
    assert field.name_.value == "name"
    assert "``name_`` is 'name'" in (field.__doc__ or "")
    readme = (GENERATED / "README.md").read_text()
    assert "AdsPixelField.name_" in readme and "AdsPixelField.name]" not in readme


def test_problem_6_list_calls_take_limit_and_cursors() -> None:
    with FakeGraph("v25.0", access_token=TOKEN, list_size=5) as graph:
        with v25_0.GraphClient(TOKEN, base_url=graph.base_url) as client:
            page = v25_0.ads_pixel.get_assigned_users(client, ads_pixel_id="1", business="2", limit=2, after="1")
            assert [u.id for u in page.data] == ["1000001", "1000002"]
            assert page.paging is not None and page.paging.cursors is not None
            earlier = v25_0.ads_pixel.get_assigned_users(
                client, ads_pixel_id="1", business="2", limit=1, before=page.paging.cursors.before
            )
            assert [u.id for u in earlier.data] == ["1000000"]
            graph.reset()
            items = list(v25_0.ads_pixel.iter_assigned_users(client, ads_pixel_id="1", business="2", limit=2))
            assert len(items) == 5 and len(graph.requests) == 3
            assert all(item.graph_response.status == 200 for item in items)
            assert dict(graph.requests[0].query)["limit"] == "2"
            graph.reset()
            resumed = list(
                v25_0.ads_pixel.iter_assigned_users(client, ads_pixel_id="1", business="2", after="3", max_pages=1)
            )
            assert len(resumed) == 2 and dict(graph.requests[0].query)["after"] == "3"


def test_problem_6_extra_params_are_sent_and_collisions_refused() -> None:
    import httpx

    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"success": True})

    with v25_0.GraphClient(TOKEN, transport=httpx.MockTransport(answer)) as client:
        v25_0.ads_pixel.update_ads_pixel(
            client,
            ads_pixel_id="1",
            name="n",
            extra_params={"is_crm": True, "config": {"a": [1]}, "skipped": None, "rank": 3},
        )
        form = parse_qsl(seen[0].content.decode())
        assert form == [("name", "n"), ("is_crm", "true"), ("config", '{"a":[1]}'), ("rank", "3")]
        for name in ("name", "access_token"):
            with pytest.raises(v25_0.errors.GraphRequestError, match=repr(name)):
                v25_0.ads_pixel.update_ads_pixel(client, ads_pixel_id="1", extra_params={name: "x"})
        with pytest.raises(v25_0.errors.GraphRequestError, match="'limit'"):
            list(v25_0.ads_pixel.iter_assigned_users(client, ads_pixel_id="1", business="2", extra_params={"limit": 5}))
    assert len(seen) == 1, "a refused call sends nothing"


def test_problem_6_retry_after_comes_from_the_usage_headers() -> None:
    blocked = {"X-Business-Use-Case-Usage": '{"1": [{"type": "ads_management", "estimated_time_to_regain_access": 7}]}'}
    with FakeGraph("v25.0", access_token=TOKEN) as graph:
        with v25_0.GraphClient(TOKEN, base_url=graph.base_url, retry=fbgraph.NO_RETRIES) as client:
            graph.inject("get_ads_pixel", error_code=80004, headers=blocked, times=1)
            with pytest.raises(fbgraph.GraphThrottlingError) as caught:
                v25_0.ads_pixel.get_ads_pixel(client, ads_pixel_id="1")
            assert caught.value.retry_after == 420
            graph.inject("get_ads_pixel", error_code=80004, times=1)
            with pytest.raises(fbgraph.GraphThrottlingError) as unknown:
                v25_0.ads_pixel.get_ads_pixel(client, ads_pixel_id="1")
            assert unknown.value.retry_after is None


@pytest.mark.parametrize(
    ("headers", "query", "body", "accepted"),
    [
        ({"Authorization": f"Bearer {TOKEN}"}, "", "", True),
        ({"Authorization": f"OAuth {TOKEN}"}, "", "", True),
        ({"Authorization": f"oauth {TOKEN}"}, "", "", True),
        ({}, f"access_token={TOKEN}", "", True),
        ({}, "", f"access_token={TOKEN}", True),
        ({"Authorization": f"Basic {TOKEN}"}, "", "", False),
        ({"Authorization": "OAuth wrong"}, "", "", False),
        ({}, "", "", False),
    ],
)
def test_problem_7_the_fake_server_authenticates_as_graph_does(
    headers: dict[str, str], query: str, body: str, accepted: bool
) -> None:
    import httpx

    with FakeGraph("v25.0", access_token=TOKEN) as graph:
        method = "POST" if body else "GET"
        url = f"{graph.base_url}/v25.0/1" + (f"?{query}" if query else "")
        content = (body + "&name=n").encode() if body else None
        form = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
        response = httpx.request(method, url, headers={**headers, **form}, content=content)
        assert (response.status_code == 200) is accepted, response.text
        assert graph.requests[-1].authorized is accepted
        assert graph.internal_errors == []
