"""Every route of Graph API v5.0: what the spec documents, and what it says Graph refuses."""

from __future__ import annotations

from typing import Any

from .._runtime.declarations import Operation
from . import errors
from . import ads_pixel

GRAPH_VERSION = "v5.0"
OPERATIONS: tuple[Operation[Any], ...] = (*ads_pixel.OPERATIONS,)
# For each operation above, in the same order: the node whose id starts its path, and the node whose id its
# answer holds (creates). The fake server routes an id to the operations of its node with these.
OWNERS: tuple[tuple[str, str | None], ...] = (
    ("AdsPixel", None),
    ("AdsPixel", None),
    ("AdAccount", "AdsPixel"),
    ("Business", "AdsPixel"),
    ("AdsPixel", None),
    ("AdsPixel", None),
    ("AdsPixel", None),
    ("AdsPixel", None),
    ("AdsPixel", None),
    ("AdsPixel", None),
    ("AdsPixel", None),
    ("AdsPixel", None),
    ("AdsPixel", None),
    ("AdsPixel", None),
    ("AdsPixel", None),
)
UNSUPPORTED: tuple[tuple[str, str], ...] = (*ads_pixel.UNSUPPORTED,)
ERRORS_BY_CODE = errors.ERRORS_BY_CODE
