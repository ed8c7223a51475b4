"""Functional tests for shapes real Graph specs have: recursive types, names that are not identifiers, taken
class names, renamed path placeholders, file uploads, the empty enum value, integer map keys and untyped JSON."""

from __future__ import annotations

import itertools
import re
from pathlib import Path
from types import ModuleType

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
