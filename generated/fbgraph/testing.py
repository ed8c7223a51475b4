"""Test your own code against a fake Graph API, offline.

    from fbgraph.testing import FakeGraph
    from fbgraph.v25_0 import GraphClient, ads_pixel

    with FakeGraph("v25.0") as graph:
        client = GraphClient(graph.access_token, base_url=graph.base_url)
        pixel = ads_pixel.get_ads_pixel(client, ads_pixel_id="1")
        graph.inject("get_ads_pixel", error_code=80004)  # the next calls are throttled

Or as a server of its own: ``python -m fbgraph.testing --graph-version v25.0 --port 8765``.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence

from ._runtime.fake import FakeGraph, Fault, RecordedRequest

__all__ = ["FakeGraph", "Fault", "RecordedRequest", "main"]

GRAPH_VERSIONS = (
    "v5.0",
    "v25.0",
)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m fbgraph.testing", description="Serve a fake Graph API."
    )
    parser.add_argument("--graph-version", choices=GRAPH_VERSIONS, default=GRAPH_VERSIONS[-1])
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: loopback only)"
    )
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--token", default="test-token", help="the access token the server accepts")
    parser.add_argument(
        "--app-secret", default=None, help="require appsecret_proof made with this secret"
    )
    args = parser.parse_args(argv)
    fake = FakeGraph(
        args.graph_version,
        access_token=args.token,
        app_secret=args.app_secret,
        host=args.host,
        port=args.port,
    )
    with fake:
        print(
            f"fake Graph API {fake.graph_version} at {fake.base_url} (token {args.token!r}); Ctrl-C stops it"
        )
        for route in fake.routes:
            print(f"  {route}")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
