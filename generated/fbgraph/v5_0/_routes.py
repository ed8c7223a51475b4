"""Every route of Graph API v5.0: what the spec documents, and what it says Graph refuses."""

from __future__ import annotations

from typing import Any

from .._runtime.operations import Operation
from . import errors
from . import ads_pixel

GRAPH_VERSION = "v5.0"
OPERATIONS: tuple[Operation[Any], ...] = (*ads_pixel.OPERATIONS,)
UNSUPPORTED: tuple[tuple[str, str], ...] = (*ads_pixel.UNSUPPORTED,)
ERRORS_BY_CODE = errors.ERRORS_BY_CODE
