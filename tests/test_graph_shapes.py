"""Functional tests for shapes real Graph specs have: recursive types, names that are not identifiers, taken
class names, renamed path placeholders, file uploads, the empty enum value, integer map keys and untyped JSON."""

from __future__ import annotations

import asyncio
import importlib
import itertools
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from urllib.parse import parse_qsl

import httpx
import pytest

from tests.helpers import generate_and_import, spec_files

_names = itertools.count()

CAMPAIGN_YAML = """\
node: Campaign
source: test
coverage: minimal
fields:
  id: {type: string}
  source_campaign: {type: Campaign}
  children: {type: list<Campaign>}
  by_name: {type: "map<string, Campaign>"}
  either: {type: Campaign Or Targeting}
  parent_link: {type: "Struct {campaign: Campaign, note: string}"}
  targeting: {type: Targeting}
read:
  returns: Campaign
creates:
  owner:
    parent: Owner
    path: /act_{owner_id}/campaigns
    params:
      name: {type: string, required: true}
    returns: "Struct {id: numeric string}"
"""

TARGETING_YAML = """\
struct: Targeting
source: test
coverage: minimal
fields:
  name: {type: string}
  flexible: {type: list<Targeting>}
  rule: {type: TargetingRule}
"""

TARGETING_RULE_YAML = """\
struct: TargetingRule
source: test
coverage: minimal
fields:
  back: {type: Targeting}
  campaigns: {type: "map<string, list<Campaign>>"}
"""


def _generate(tmp_path: Path, **files: str | None) -> ModuleType:
    return generate_and_import(tmp_path, spec_files(**files), f"fbshape{next(_names)}")


def test_recursive_types_are_full_models(tmp_path: Path) -> None:
    pkg = _generate(
        tmp_path,
        campaign__yaml=CAMPAIGN_YAML,
        targeting__yaml=TARGETING_YAML,
        targeting_rule__yaml=TARGETING_RULE_YAML,
    )
    models = pkg.models
    data = {
        "id": "1",
        "source_campaign": {"id": "2", "children": [{"id": "3"}]},
        "by_name": {"a": {"id": "4"}},
        "either": {"id": "5"},
        "parent_link": {"campaign": {"id": "6"}, "note": "n"},
        "targeting": {
            "name": "t",
            "flexible": [{"name": "u"}],
            "rule": {"back": {"name": "v"}, "campaigns": {"k": [{"id": "7"}]}},
        },
    }
    campaign = models.Campaign.model_validate(data)
    assert campaign.id == "1"
    assert type(campaign.source_campaign) is models.Campaign and campaign.source_campaign.id == "2"
    assert campaign.source_campaign.children[0].id == "3"
    assert campaign.by_name["a"].id == "4"
    assert type(campaign.either) is models.Campaign and campaign.either.id == "5"
    assert campaign.parent_link.campaign.id == "6"
    assert campaign.targeting.flexible[0].name == "u"
    assert campaign.targeting.rule.back.name == "v"
    assert type(campaign.targeting.rule.campaigns["k"][0]) is models.Campaign
    assert campaign.to_graph() == data
    assert set(models.Targeting.model_fields) == {"name", "flexible", "rule"}
    source = (Path(pkg.__file__).parent / "models" / "campaign.py").read_text(encoding="utf-8")
    assert "RootModel" not in source
    assert re.search(r"^class Campaign\(GraphModel\):", source, flags=re.MULTILINE)


STATS_YAML = """\
struct: ActionStats
source: test
coverage: minimal
fields:
  1d_click: {type: string}
  28d_view: {type: int32}
  100x100: {type: string}
  post.object.wall: {type: string}
  value: {type: string, python_name: amount}
"""

PAGE_YAML = """\
node: Page
class_name: FacebookPage
id_param: page_id
source: test
coverage: minimal
fields:
  id: {type: numeric string}
  name: {type: string}
  parent: {type: Page}
read:
  errors: [100]
edges:
  conversations:
    get:
      params:
        user_id: {type: string, python_name: participant_id}
        client: {type: string}
      returns: list<Owner>
  insights:
    get:
      params:
        fields: {type: list<string>}
        max_pages: {type: int32}
        1d_window: {type: bool}
      returns: list<ActionStats>
"""

USER_YAML = """\
node: User
id_param: person_id
source: test
coverage: minimal
fields:
  id: {type: numeric string}
  pages: {type: list<Page>}
edges:
  conversations:
    get:
      params:
        user_id: {type: string}
      returns: list<Owner>
"""


def _named_pkg(tmp_path: Path) -> ModuleType:
    return _generate(tmp_path, action_stats__yaml=STATS_YAML, page__yaml=PAGE_YAML, user__yaml=USER_YAML)


def test_field_names_that_are_not_identifiers_get_python_names(tmp_path: Path) -> None:
    models = _named_pkg(tmp_path).models
    wire = {"1d_click": "a", "28d_view": 3, "100x100": "b", "post.object.wall": "c", "value": "d"}
    stats = models.ActionStats.model_validate(wire)
    assert (stats.field_1d_click, stats.field_28d_view, stats.field_100x100) == ("a", 3, "b")
    assert (stats.post_object_wall, stats.amount) == ("c", "d")
    assert stats.to_graph() == wire
    assert models.ActionStats(field_1d_click="x").to_graph() == {"1d_click": "x"}
    assert models.ActionStatsField.field_1d_click.value == "1d_click"


def test_class_name_and_id_param_rename_what_graph_names_take(tmp_path: Path) -> None:
    pkg = _named_pkg(tmp_path)
    assert pkg.models.FacebookPage.__name__ == "FacebookPage" and not hasattr(pkg.models, "Page")
    user = pkg.models.User.model_validate({"id": "1", "pages": [{"id": "2", "parent": {"id": "3"}}]})
    assert type(user.pages[0]) is pkg.models.FacebookPage and user.pages[0].parent.id == "3"
    assert pkg.page._GET_PAGE.path == "/{page_id}"
    assert pkg.page._GET_CONVERSATIONS.path == "/{page_id}/conversations"
    assert pkg.user._GET_CONVERSATIONS.path == "/{person_id}/conversations"


def test_parameters_named_like_signature_keywords_reach_the_wire(tmp_path: Path) -> None:
    pkg = _named_pkg(tmp_path)
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"data": [{"id": "1", "1d_click": "x"}]})

    with pkg.GraphClient("t", transport=httpx.MockTransport(handler)) as client:
        page = pkg.page.get_insights(
            client,
            page_id="9",
            fields_param=["impressions", "reach"],
            max_pages_param=3,
            param_1d_window=True,
        )
        assert page.data[0].field_1d_click == "x"
        with pytest.raises(pkg.errors.GraphRequestError, match="'fields_param' and 'fields' both set"):
            pkg.page.get_insights(client, page_id="9", fields_param=["a"], fields=["1d_click"])
        pkg.page.get_conversations(client, page_id="9", participant_id="42", client_param="web")
        pkg.user.get_conversations(client, person_id="8", user_id="43")
        pkg.page.get_insights(client, page_id="9", fields=[pkg.models.ActionStatsField.field_1d_click])
    assert dict(seen[0].url.params) == {"fields": '["impressions","reach"]', "max_pages": "3", "1d_window": "true"}
    assert dict(seen.pop().url.params) == {"fields": "1d_click"}
    assert len(seen) == 3
    assert seen[1].url.path == "/v1.0/9/conversations" and dict(seen[1].url.params) == {
        "user_id": "42",
        "client": "web",
    }
    assert seen[2].url.path == "/v1.0/8/conversations" and dict(seen[2].url.params) == {"user_id": "43"}


VALUES_YAML = """\
struct: AudienceValues
source: test
coverage: minimal
fields:
  by_day: {type: "map<unsigned int32, int64>"}
  snapshots: {type: "list<map<datetime, list<map<int, Object>>>>"}
  owners_by_id: {type: "map<int64, list<Owner>>"}
  raw: {type: any}
  items: {type: list<any>}
  extra: {type: "map<string, any>"}
  status: {type: Status}
enums:
  Status: {values: ["", ACTIVE]}
"""

GIZMO_YAML = """\
node: Gizmo
source: test
coverage: minimal
fields:
  id: {type: numeric string}
  values: {type: AudienceValues}
read: {}
update:
  params:
    counts: {type: "map<int64, string>"}
    payload: {type: any}
    status: {type: Status}
  returns: "Struct {success: bool}"
enums:
  Status: {values: ["", ACTIVE]}
edges:
  images:
    post:
      params:
        filename: {type: file, required: true}
        name: {type: string}
        documents: {type: list<file>}
      returns: "Struct {hash: string}"
"""


def test_integer_map_keys_any_json_and_the_empty_enum_value(tmp_path: Path) -> None:
    pkg = _generate(tmp_path, audience_values__yaml=VALUES_YAML, gizmo__yaml=GIZMO_YAML)
    models = pkg.models
    wire = {
        "by_day": {"1": 10, "20": 30},
        "owners_by_id": {"7": [{"id": "1"}]},
        "raw": {"any": ["thing", 1, None]},
        "items": [1, "a", {"b": True}],
        "extra": {"k": [1]},
        "status": "",
        "snapshots": [{"2019-11-15T12:00:00Z": [{"3": {"a": 1}}]}],
    }
    values = models.AudienceValues.model_validate(wire)
    assert values.by_day == {1: 10, 20: 30}
    assert type(values.owners_by_id[7][0]).__name__ == "Owner"
    assert values.raw == {"any": ["thing", 1, None]} and values.items[2] == {"b": True}
    assert values.status is models.AudienceValuesStatus.EMPTY_VALUE and values.status.is_known
    (when,) = values.snapshots[0]
    assert when.year == 2019 and values.snapshots[0][when][0] == {3: {"a": 1}}
    assert values.to_graph() == wire

    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"success": True})

    with pkg.GraphClient("t", transport=httpx.MockTransport(handler)) as client:
        pkg.gizmo.update_gizmo(client, gizmo_id="1", counts={3: "x"}, payload=[1, {"a": None}], status="")
    assert parse_qsl(seen[0].content.decode(), keep_blank_values=True) == [
        ("counts", '{"3":"x"}'),
        ("payload", '[1,{"a":null}]'),
        ("status", ""),
    ]


def test_every_shape_together_passes_mypy_strict(tmp_path: Path) -> None:
    pkg = _generate(
        tmp_path / "project",
        campaign__yaml=CAMPAIGN_YAML,
        targeting__yaml=TARGETING_YAML,
        targeting_rule__yaml=TARGETING_RULE_YAML,
        action_stats__yaml=STATS_YAML,
        page__yaml=PAGE_YAML,
        user__yaml=USER_YAML,
        audience_values__yaml=VALUES_YAML,
        gizmo__yaml=GIZMO_YAML,
    )
    package_dir = Path(pkg.__file__).parent.parent
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"), package_dir.name],
        cwd=package_dir.parent,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_file_uploads_go_as_multipart_and_the_fake_server_checks_them(tmp_path: Path) -> None:
    pkg = _generate(tmp_path, audience_values__yaml=VALUES_YAML, gizmo__yaml=GIZMO_YAML)
    testing = importlib.import_module(pkg.__name__.rpartition(".")[0] + ".testing")
    image = tmp_path / "ad image.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    with testing.FakeGraph("v1.0") as graph:
        with pkg.GraphClient(graph.access_token, base_url=graph.base_url) as client:
            # The fake server's sample of an integer- or datetime-keyed map has keys of that type.
            values = pkg.gizmo.get_gizmo(client, gizmo_id="1").values
            assert list(values.by_day) == [1] and values.snapshots[0]
            result = pkg.gizmo.create_image(client, gizmo_id="1", filename=image, name="a b&c")
            assert result.hash == "hash"
            with image.open("rb") as handle:
                pkg.gizmo.create_image(client, gizmo_id="1", filename=handle)
            pkg.gizmo.create_image(client, gizmo_id="1", filename=b"raw bytes", documents=[b"one", image])
            with pytest.raises(pkg.errors.GraphRequestError, match="pathlib.Path"):
                pkg.gizmo.create_image(client, gizmo_id="1", filename=str(image))
            with pytest.raises(pkg.errors.GraphRequestError, match="cannot read"):
                pkg.gizmo.create_image(client, gizmo_id="1", filename=tmp_path / "missing.png")
            with pytest.raises(pkg.errors.InvalidParameterError, match="empty"):
                pkg.gizmo.create_image(client, gizmo_id="1", filename=b"")

            async def run() -> None:
                async with pkg.AsyncGraphClient(graph.access_token, base_url=graph.base_url) as aclient:
                    await pkg.gizmo.create_image_async(aclient, gizmo_id="1", filename=b"async bytes")

            asyncio.run(run())
        # A file parameter sent as text, and a text parameter sent as a file, are refused like Graph does.
        plain = httpx.post(
            f"{graph.base_url}/v1.0/1/images", data={"filename": "x", "access_token": graph.access_token}
        )
        assert plain.status_code == 400 and "must be a file upload" in plain.text
        wrong = httpx.post(
            f"{graph.base_url}/v1.0/1/images",
            data={"access_token": graph.access_token},
            files={"filename": ("a.png", b"x"), "name": ("n.txt", b"y")},
        )
        assert wrong.status_code == 400 and "must be text" in wrong.text
        broken = httpx.post(
            f"{graph.base_url}/v1.0/1/images",
            content=b"--nope\r\n",
            headers={
                "Content-Type": "multipart/form-data; boundary=b",
                "Authorization": f"Bearer {graph.access_token}",
            },
        )
        assert broken.status_code == 400
    sent = [r for r in graph.requests if r.route == "POST /{gizmo_id}/images"]
    assert sent[0].files == (("filename", "ad image.png", image.read_bytes()),) and dict(sent[0].form) == {
        "name": "a b&c"
    }
    assert sent[1].files[0][1:] == ("ad image.png", image.read_bytes())
    assert sent[2].files == (
        ("filename", "filename", b"raw bytes"),
        ("documents", "documents", b"one"),
        ("documents", "ad image.png", image.read_bytes()),
    )
    assert sent[4].files == (("filename", "filename", b"async bytes"),)
    assert graph.internal_errors == []


def test_the_fake_server_routes_an_id_to_the_operations_of_its_node(tmp_path: Path) -> None:
    pkg = _generate(
        tmp_path,
        campaign__yaml=CAMPAIGN_YAML,
        targeting__yaml=TARGETING_YAML,
        targeting_rule__yaml=TARGETING_RULE_YAML,
    )
    testing = importlib.import_module(pkg.__name__.rpartition(".")[0] + ".testing")
    with testing.FakeGraph("v1.0") as graph, pkg.GraphClient(graph.access_token, base_url=graph.base_url) as client:
        assert {"GET /{widget_id}", "GET /{campaign_id}"} <= set(graph.routes)
        # An id it does not know: the first node whose read accepts the parameters (Widget's refuses these fields).
        campaign = pkg.campaign.get_campaign(client, campaign_id="5", fields=["source_campaign", "children"])
        assert graph.requests[-1].route == "GET /{campaign_id}" and campaign.id
        assert pkg.widget.get_widget(client, widget_id="5", fields=["color"]).color is not None
        assert graph.requests[-1].route == "GET /{widget_id}"
        # An id it handed out from a create belongs to the created node.
        created = pkg.campaign.create_campaign(client, owner_id="1", name="c")
        other = pkg.campaign.create_campaign(client, owner_id="1", name="d")
        assert created.id != other.id
        pkg.campaign.get_campaign(client, campaign_id=created.id)
        assert graph.requests[-1].route == "GET /{campaign_id}"
        pkg.widget.get_widget(client, widget_id=created.id)  # Graph answers with what the id is
        assert graph.requests[-1].route == "GET /{campaign_id}"
        # An id a test registers.
        graph.register("Widget", "77")
        pkg.campaign.get_campaign(client, campaign_id="77")
        assert graph.requests[-1].route == "GET /{widget_id}"
        graph.register("Owner", "88")  # Owner has no read at all
        with pytest.raises(pkg.errors.InvalidParameterError, match="Unsupported get request"):
            pkg.widget.get_widget(client, widget_id="88")
        with pytest.raises(ValueError, match="unknown node 'Nope'"):
            graph.register("Nope", "1")
    assert graph.internal_errors == []
