"""Typed Facebook Graph API client, generated from a hand-maintained spec.

One subpackage per Graph version: ``fbgraph.v5_0`` (v5.0), ``fbgraph.v25_0`` (v25.0).
"""

GRAPH_VERSIONS = (
    "v5.0",
    "v25.0",
)
__all__ = ["GRAPH_VERSIONS"]
