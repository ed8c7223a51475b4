"""Graph API v25.0.

Clients: ``GraphClient`` and ``AsyncGraphClient``. Endpoints, one module per node:
``ads_pixel``.
Models in ``models``, exceptions in ``errors``; results, pages and usage (``GraphResponse``, ``Page``, ``ChunkResult``, ``RetryPolicy``, ``NO_RETRIES``, ``Usage``) here.
Everything is imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.lazy import lazy_getattr

if TYPE_CHECKING:
    from . import errors as errors
    from . import models as models
    from . import ads_pixel as ads_pixel
    from .._runtime.models import GraphResponse as GraphResponse
    from .._runtime.models import Page as Page
    from .._runtime.calls import ChunkResult as ChunkResult
    from .._runtime.retry import RetryPolicy as RetryPolicy
    from .._runtime.retry import NO_RETRIES as NO_RETRIES
    from .._runtime.usage import Usage as Usage
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
    "GraphResponse",
    "Page",
    "ChunkResult",
    "RetryPolicy",
    "NO_RETRIES",
    "Usage",
]

__getattr__ = lazy_getattr(
    __name__,
    {
        "AsyncGraphClient": "client",
        "GraphClient": "client",
        "errors": "",
        "models": "",
        "ads_pixel": "",
        "GraphResponse": ".._runtime.models",
        "Page": ".._runtime.models",
        "ChunkResult": ".._runtime.calls",
        "RetryPolicy": ".._runtime.retry",
        "NO_RETRIES": ".._runtime.retry",
        "Usage": ".._runtime.usage",
    },
)
