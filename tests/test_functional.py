"""Functional tests: each generates a small inline spec, imports the result, and checks how it behaves."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import itertools
import json
import typing
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

from tests.helpers import WIDGET_YAML, generate_and_import, spec_files

_names = itertools.count()


@pytest.fixture()
def pkg(tmp_path: Path) -> ModuleType:
    """The v1.0 subpackage generated from the default inline spec, under a package name of its own."""
    return generate_and_import(tmp_path, spec_files(), f"fbfunc{next(_names)}")


def client_for(pkg: ModuleType, handler: Any) -> Any:
    return pkg.GraphClient("secret-token", transport=httpx.MockTransport(handler))


def test_unknown_enum_values_are_kept_in_responses(pkg: ModuleType) -> None:
    Widget = pkg.models.Widget
    widget = Widget.model_validate({"id": "1", "color": "PURPLE", "sizes": ["S", "XXL"]})
    assert widget.color == "PURPLE" and widget.color.value == "PURPLE"
    assert isinstance(widget.color, pkg.models.WidgetColor)
    assert widget.color.is_known is False
    assert [s.is_known for s in widget.sizes] == [True, False]
    assert widget.model_dump(mode="json", exclude_none=True) == {"id": "1", "color": "PURPLE", "sizes": ["S", "XXL"]}
    assert pkg.models.WidgetColor("RED").is_known


def test_unknown_enum_values_are_refused_in_requests(pkg: ModuleType) -> None:
    calls: list[httpx.Request] = []
    with client_for(pkg, lambda r: calls.append(r) or httpx.Response(200, json={"success": True})) as client:
        with pytest.raises(pkg.errors.GraphRequestError, match="PURPLE"):
            pkg.widget.update_widget(client, widget_id="1", name="n", color="PURPLE")
        with pytest.raises(pkg.errors.GraphRequestError, match="XXL"):
            pkg.widget.update_widget(client, widget_id="1", name="n", sizes=["S", "XXL"])
    assert calls == [], "nothing is sent when a value is refused"


def test_required_parameters_are_enforced(pkg: ModuleType) -> None:
    with client_for(pkg, lambda r: httpx.Response(200, json={"success": True})) as client:
        with pytest.raises(TypeError, match="name"):
            pkg.widget.update_widget(client, widget_id="1")  # type: ignore[call-arg]
        with pytest.raises(pkg.errors.GraphRequestError, match="'name' is required"):
            pkg.widget.update_widget(client, widget_id="1", name=None)
        with pytest.raises(TypeError):
            pkg.widget.update_widget(client, "1", "n")  # keyword-only


def test_request_encoding(pkg: ModuleType) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"success": True})

    with client_for(pkg, handler) as client:
        pkg.widget.update_widget(
            client,
            widget_id="42",
            name="My Widget",
            color=pkg.models.WidgetColor.GREEN,
            sizes=["S", "L"],
            visible=False,
        )
    request = seen[0]
    assert request.method == "POST" and request.url.path == "/v1.0/42"
    assert request.headers["authorization"] == "Bearer secret-token"
    assert "secret-token" not in str(request.url)
    assert parse_qsl(request.content.decode()) == [
        ("name", "My Widget"),
        ("color", "GREEN"),
        ("sizes", '["S","L"]'),
        ("visible", "false"),
    ]


def test_aliases_cover_graph_names_that_are_not_python_names(pkg: ModuleType) -> None:
    widget = pkg.models.Widget.model_validate({"id": "1", "class": "gold"})
    assert widget.class_ == "gold"
    assert widget.to_graph() == {"id": "1", "class": "gold"}
    assert pkg.models.WidgetField.class_.value == "class"


def test_field_selector_is_sent_comma_joined(pkg: ModuleType) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"id": "1", "name": "w"})

    with client_for(pkg, handler) as client:
        widget = pkg.widget.get_widget(client, widget_id="1", fields=[pkg.models.WidgetField.id, "name"])
    assert widget.name == "w"
    assert seen[0].url.params["fields"] == "id,name"


def test_union_results_are_parsed_by_their_keys(pkg: ModuleType) -> None:
    answers = iter([{"count": 3}, {"success": True, "note": "ok"}])
    with client_for(pkg, lambda r: httpx.Response(200, json=next(answers))) as client:
        first = pkg.widget.create_thing(client, widget_id="1", payload=[{"a": 1}])
        second = pkg.widget.create_thing(client, widget_id="1", payload=[{"b": 2}])
    assert type(first).__name__ == "WidgetCreateThingResult1" and first.count == 3
    assert type(second).__name__ == "WidgetCreateThingResult2" and second.note == "ok"


def test_list_edges_return_typed_pages_with_lazy_cross_references(pkg: ModuleType) -> None:
    page = {"data": [{"id": "7", "widgets": [{"id": "1", "color": "RED"}]}], "paging": {"cursors": {"after": "x"}}}
    with client_for(pkg, lambda r: httpx.Response(200, json=page)) as client:
        result = pkg.widget.get_things(client, widget_id="1")
    owner = result.data[0]
    assert type(owner).__name__ == "Owner"
    assert type(owner.widgets[0]).__name__ == "Widget" and owner.widgets[0].color == "RED"
    assert result.paging.cursors.after == "x"


def test_errors_map_to_catalogue_classes(pkg: ModuleType) -> None:
    errors = pkg.errors
    body = {"error": {"message": "(#4) Application request limit reached", "code": 4, "fbtrace_id": "T1"}}
    with client_for(pkg, lambda r: httpx.Response(400, json=body)) as client:
        with pytest.raises(errors.ApiTooManyCallsError) as caught:
            pkg.widget.get_widget(client, widget_id="1")
    error = caught.value
    assert isinstance(error, errors.GraphThrottlingError) and isinstance(error, errors.GraphAPIError)
    assert errors.ApiTooManyCallsError.code == 4 and error.code == 4
    assert error.is_transient is True and error.fbtrace_id == "T1" and error.http_status == 400

    unknown_oauth = errors.error_from_body({"error": {"message": "m", "code": 12345, "type": "OAuthException"}})
    assert type(unknown_oauth) is errors.GraphAuthError and unknown_oauth.code == 12345
    unknown = errors.error_from_body({"error": {"message": "m", "code": 12345}})
    assert type(unknown) is errors.GraphAPIError
    assert errors.error_from_body({"error": {"code": 100, "message": "x", "is_transient": True}}).is_transient


def test_async_twin_behaves_like_the_sync_function(pkg: ModuleType) -> None:
    async def run() -> Any:
        transport = httpx.MockTransport(lambda r: httpx.Response(200, json={"id": "1", "name": "w"}))
        async with pkg.AsyncGraphClient("t", transport=transport) as client:
            return await pkg.widget.get_widget_async(client, widget_id="1", fields=["name"])

    assert asyncio.run(run()).name == "w"


def test_token_never_appears_in_reprs_or_errors(pkg: ModuleType) -> None:
    with client_for(pkg, lambda r: httpx.Response(502, text="<html>Bad gateway</html>")) as client:
        assert "secret-token" not in repr(client)
        with pytest.raises(pkg.errors.GraphTransportError) as caught:
            pkg.widget.get_widget(client, widget_id="1")
    assert "secret-token" not in str(caught.value) and "502" in str(caught.value)
    assert "Bad gateway" in caught.value.excerpt


def test_json_encoded_lists_keep_key_order(pkg: ModuleType) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"count": 1})

    with client_for(pkg, handler) as client:
        pkg.widget.create_thing(client, widget_id="1", payload=[{"z": 1, "a": {"y": 2, "b": 3}}])
    assert dict(parse_qsl(seen[0].content.decode()))["payload"] == json.dumps(
        [{"z": 1, "a": {"y": 2, "b": 3}}], separators=(",", ":")
    )


# -- issue 14: what a user meets (public names, literals, descriptions, list calls, extra parameters) -----------


def test_top_level_and_version_packages_export_the_runtime_names(pkg: ModuleType) -> None:
    top = importlib.import_module(pkg.__name__.split(".")[0])
    runtime = importlib.import_module(f"{top.__name__}._runtime.models")
    assert top.Page is runtime.Page and pkg.Page is runtime.Page and pkg.GraphResponse is runtime.GraphResponse
    assert {"Page", "GraphResponse", "RetryPolicy", "ChunkResult", "GraphThrottlingError"} <= set(top.__all__)
    assert {"WidgetColor", "WidgetColorLiteral", "Widget"} <= set(pkg.models.__all__)


def test_enum_parameters_take_members_or_literal_values(pkg: ModuleType) -> None:
    assert typing.get_args(pkg.models.WidgetColorLiteral) == ("RED", "GREEN")
    hints = inspect.signature(pkg.widget.update_widget).parameters
    assert hints["color"].annotation == "WidgetColor | WidgetColorLiteral | None"
    assert hints["sizes"].annotation.startswith("Sequence[UpdateWidgetSize | UpdateWidgetSizeLiteral]")
    assert inspect.signature(pkg.widget.get_widget).parameters["fields"].annotation == (
        "Sequence[WidgetField | WidgetFieldLiteral] | None"
    )


def test_descriptions_are_field_descriptions_and_tautologies_are_dropped(tmp_path: Path) -> None:
    widget = WIDGET_YAML.replace("  color: {type: Color}\n", "  color: {type: Color, description: color}\n")
    pkg = generate_and_import(tmp_path, spec_files(widget__yaml=widget), f"fbfunc{next(_names)}")
    fields = pkg.models.Widget.model_fields
    assert fields["name"].description == "The name."
    assert fields["color"].description is None, "a description that repeats its name says nothing"
    assert "name: The name." in (pkg.models.Widget.__doc__ or "")
    schema = pkg.models.Widget.model_json_schema()
    properties = schema.get("properties") or schema["$defs"]["Widget"]["properties"]  # a $ref when recursive
    assert properties["name"]["description"] == "The name."


def test_list_edges_take_limit_cursors_and_max_pages(pkg: ModuleType) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"data": [{"id": "1"}], "paging": {"cursors": {"after": "A"}}})

    listing = inspect.signature(pkg.widget.iter_things).parameters
    assert {"limit", "after", "before", "max_pages", "extra_params"} <= set(listing)
    with client_for(pkg, handler) as client:
        pkg.widget.get_things(client, widget_id="1", limit=5, after="QUZU", before=None)
    assert dict(parse_qsl(seen[0].url.query.decode())) == {"limit": "5", "after": "QUZU"}


def test_a_spec_that_declares_a_paging_parameter_keeps_its_own(tmp_path: Path) -> None:
    widget = WIDGET_YAML.replace(
        "        since: {type: datetime}\n",
        "        since: {type: datetime}\n        limit: {type: string, description: Rows.}\n",
    )
    pkg = generate_and_import(tmp_path, spec_files(widget__yaml=widget), f"fbfunc{next(_names)}")
    params = inspect.signature(pkg.widget.get_things).parameters
    assert params["limit"].annotation == "str | None" and "after" in params


def test_extra_params_are_sent_after_the_declared_ones_and_never_replace_them(pkg: ModuleType) -> None:
    seen: list[httpx.Request] = []
    with client_for(pkg, lambda r: seen.append(r) or httpx.Response(200, json={"success": True})) as client:
        pkg.widget.update_widget(client, widget_id="1", name="n", extra_params={"new_flag": False, "n": 2.5})
        with pytest.raises(pkg.errors.GraphRequestError, match="'visible', a declared parameter"):
            pkg.widget.update_widget(client, widget_id="1", name="n", extra_params={"visible": True})
        with pytest.raises(pkg.errors.GraphRequestError, match="credentials"):
            pkg.widget.get_widget(client, widget_id="1", extra_params={"appsecret_proof": "x"})
    assert len(seen) == 1
    assert parse_qsl(seen[0].content.decode()) == [("name", "n"), ("new_flag", "false"), ("n", "2.5")]


def test_throttling_errors_carry_retry_after_in_seconds(pkg: ModuleType) -> None:
    header = '{"9": [{"type": "ads_management", "estimated_time_to_regain_access": 2}], "8": []}'

    def handler(request: httpx.Request) -> httpx.Response:
        body = {"error": {"code": 4, "message": "(#4) Application request limit reached"}}
        return httpx.Response(400, json=body, headers={"X-Business-Use-Case-Usage": header})

    no_retries = importlib.import_module(f"{pkg.__name__.split('.')[0]}").NO_RETRIES
    with pkg.GraphClient("t", transport=httpx.MockTransport(handler), retry=no_retries) as client:
        with pytest.raises(pkg.errors.GraphThrottlingError) as caught:
            pkg.widget.get_widget(client, widget_id="1")
    assert caught.value.retry_after == 120
