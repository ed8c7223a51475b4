"""Graph API v25.0.

Clients: ``GraphClient`` and ``AsyncGraphClient``. Endpoints, one module per node:
``ads_pixel``.
Models in ``models``, exceptions in ``errors``. Everything is imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.lazy import lazy_getattr

if TYPE_CHECKING:
    from . import errors as errors
    from . import models as models
    from . import ads_pixel as ads_pixel
    from .client import AsyncGraphClient as AsyncGraphClient
    from .client import GraphClient as GraphClient

GRAPH_VERSION = "v25.0"

__all__ = [
    "GRAPH_VERSION",
    "AsyncGraphClient",
    "GraphClient",
    "errors",
    "models",
    "ads_pixel",
]

__getattr__ = lazy_getattr(
    __name__,
    {
        "AsyncGraphClient": "client",
        "GraphClient": "client",
        "errors": "",
        "models": "",
        "ads_pixel": "",
    },
)
