"""A deterministic spec of N AdsPixel-shaped nodes with distinct names that reference each other.

Each node has fields of every kind (scalars, enums, lists, node references), three enums, a read, an update, a
delete the spec marks unsupported, a create path on its neighbour, and edges: list edges, a POST with a
four-way union result and child parameters, and a DELETE.
"""

from __future__ import annotations

import argparse
import textwrap
from pathlib import Path

HEADER = "# yaml-language-server: $schema=../graph-spec.schema.json\n"

VERSION = """\
graph_version: v1.0
description: A synthetic spec for benchmarks.
sources:
  synthetic:
    title: Written by bench/synthetic_spec.py
"""

ERRORS = """\
codes:
  1: {name: api_unknown, message: An unknown error occurred, category: server, transient: true}
  4: {name: api_too_many_calls, message: Application request limit reached, category: throttling, transient: true}
  100: {name: invalid_parameter, message: Invalid parameter, category: invalid_parameter, transient: false}
  190: {name: access_token_invalid, message: Invalid OAuth 2.0 Access Token, category: auth, transient: false}
  200: {name: permissions_error, message: Permissions error, category: permission, transient: false}
  80004: {name: ads_management_rate_limit, message: Too many calls to this ad-account, category: throttling, transient: true}
"""


def node_name(index: int) -> str:
    return f"SynthNode{index:04d}"


def file_name(index: int) -> str:
    return f"synth_node{index:04d}.yaml"


def node_spec(index: int, count: int, variant: int = 0) -> str:
    name = node_name(index)
    after = node_name((index + 1) % count)
    before = node_name((index - 1) % count)
    far = node_name((index * 7 + 3) % count)
    described = f"Synthetic node {index}, shaped like AdsPixel." + (f" Revision {variant}." if variant else "")
    return HEADER + textwrap.dedent(f"""\
        node: {name}
        source: synthetic
        coverage: documented
        description: {described}
        fields:
          id: {{type: numeric string, description: The id.}}
          name: {{type: string, description: The name.}}
          code: {{type: string, description: Code to place on a website.}}
          creation_time: {{type: datetime, description: When it was created.}}
          last_fired_time: {{type: datetime, description: When it last fired.}}
          is_unavailable: {{type: bool, description: Whether it is unavailable.}}
          can_proxy: {{type: bool}}
          match_rate_approx: {{type: int32, description: Approximate match rate.}}
          score: {{type: float}}
          automatic_matching_fields: {{type: list<MatchingFields>}}
          data_use_setting: {{type: DataUseSetting}}
          first_party_cookie_status: {{type: CookieStatus}}
          owner: {{type: {after}, description: The node that owns this one.}}
          creator: {{type: {before}}}
          related: {{type: list<{far}>}}
          labels: {{type: "map<string, string>"}}
        enums:
          MatchingFields: {{values: [em, fn, ln, ph, ge, zp, ct, st, country, db, external_id]}}
          DataUseSetting: {{values: [EMPTY, ADVERTISING_AND_ANALYTICS, ANALYTICS_ONLY]}}
          CookieStatus: {{values: [EMPTY, FIRST_PARTY_COOKIE_ENABLED, FIRST_PARTY_COOKIE_DISABLED]}}
        read:
          errors: [100, 200, 80004]
        update:
          idempotent: true
          params:
            name: {{type: string, description: New name.}}
            automatic_matching_fields: {{type: "array<enum {{em, fn, ln, ph, ge, zp, ct, st, country, db, external_id}}>"}}
            data_use_setting: {{type: "enum {{EMPTY, ADVERTISING_AND_ANALYTICS, ANALYTICS_ONLY}}"}}
            enable_automatic_matching: {{type: boolean}}
          returns: "Struct {{success: bool}}"
          errors: [100, 200]
        delete:
          supported: false
        creates:
          parent:
            parent: {after}
            path: /{{parent_id}}/synth_nodes
            params:
              name: {{type: string, required: true}}
            returns: "Struct {{id: numeric string}}"
            errors: [100, 200]
        edges:
          owners:
            get:
              params:
                business: {{type: numeric string, required: true}}
              returns: list<{after}>
              errors: [100, 190]
          related:
            get:
              returns: list<{far}>
              errors: [100]
          events:
            post:
              params:
                data: {{type: list<JSON-encoded string>, required: true}}
                test_event_code: {{type: string}}
                platforms:
                  type: array<JSON object>
                  fields:
                    name: {{type: string, required: true}}
                    version: {{type: string}}
              returns:
                names: [PostEventsReceived{index:04d}, PostEventsAttribution{index:04d}, PostEventsSuccess{index:04d}, PostEventsClaims{index:04d}]
                type: >-
                  Struct {{events_received: integer, messages: List [string], fbtrace_id: string}}
                  Or Struct {{ad_id: numeric string, campaign_id: numeric string, click_time: timestamp,
                  additional_touchpoints: List [Struct {{ad_id: numeric string, view_time: timestamp}}]}}
                  Or Struct {{success: bool}}
                  Or Struct {{claims: List [Struct {{event_name: string, metadata: Map {{string: string}}}}]}}
              errors: [100, 190, 200]
            delete:
              returns: "Struct {{success: bool}}"
              errors: [100]
          stats:
            get:
              params:
                start_time: {{type: datetime}}
                end_time: {{type: datetime}}
                aggregation: {{type: "enum {{event, host, url, device_type}}"}}
              returns: list<{name}>
              errors: [100, 80004]
        """)


def write_spec(root: Path, count: int, *, package: str = "synthgraph") -> Path:
    """Write a project with ``count`` nodes into ``root``; returns the version folder."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "pyproject.toml").write_text(
        f'[tool.graph-codegen]\nspec_dir = "spec"\noutput_dir = "generated"\npackage = "{package}"\n'
    )
    folder = root / "spec" / "v1.0"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "version.yaml").write_text(HEADER + VERSION)
    (folder / "errors.yaml").write_text(HEADER + ERRORS)
    for index in range(count):
        (folder / file_name(index)).write_text(node_spec(index, count))
    return folder


def touch_node(folder: Path, index: int, count: int, variant: int) -> None:
    """Change one node the way a maintainer would: its description."""
    (folder / file_name(index)).write_text(node_spec(index, count, variant))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("root", type=Path)
    parser.add_argument("-n", "--nodes", type=int, default=1000)
    args = parser.parse_args()
    write_spec(args.root, args.nodes)
    print(f"wrote {args.nodes} nodes to {args.root / 'spec' / 'v1.0'}")


if __name__ == "__main__":
    main()
