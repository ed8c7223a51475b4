"""Typed Facebook Graph API client, generated from a hand-maintained spec.

One subpackage per Graph version: ``fbgraph.v5_0`` (v5.0), ``fbgraph.v25_0`` (v25.0).
The names shared by every version (results, pages, usage, the retry policy, the exception hierarchy) are exported
here; everything is imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._runtime.lazy import lazy_getattr

if TYPE_CHECKING:
    from ._runtime.models import GraphModel as GraphModel
    from ._runtime.models import GraphResponse as GraphResponse
    from ._runtime.models import Page as Page
    from ._runtime.models import Paging as Paging
    from ._runtime.models import Cursors as Cursors
    from ._runtime.enums import GraphEnum as GraphEnum
    from ._runtime.calls import ChunkResult as ChunkResult
    from ._runtime.retry import RetryPolicy as RetryPolicy
    from ._runtime.retry import NO_RETRIES as NO_RETRIES
    from ._runtime.usage import Usage as Usage
    from ._runtime.usage import AppUsage as AppUsage
    from ._runtime.usage import AdAccountUsage as AdAccountUsage
    from ._runtime.usage import BusinessUseCaseUsage as BusinessUseCaseUsage
    from ._runtime.errors import GraphError as GraphError
    from ._runtime.errors import GraphAPIError as GraphAPIError
    from ._runtime.errors import GraphAuthError as GraphAuthError
    from ._runtime.errors import GraphPermissionError as GraphPermissionError
    from ._runtime.errors import GraphThrottlingError as GraphThrottlingError
    from ._runtime.errors import GraphInvalidParameterError as GraphInvalidParameterError
    from ._runtime.errors import GraphServerError as GraphServerError
    from ._runtime.errors import GraphOtherError as GraphOtherError
    from ._runtime.errors import GraphTransportError as GraphTransportError
    from ._runtime.errors import GraphConnectionError as GraphConnectionError
    from ._runtime.errors import GraphTimeoutError as GraphTimeoutError
    from ._runtime.errors import GraphRequestError as GraphRequestError

GRAPH_VERSIONS = (
    "v5.0",
    "v25.0",
)

__all__ = [
    "GRAPH_VERSIONS",
    "GraphModel",
    "GraphResponse",
    "Page",
    "Paging",
    "Cursors",
    "GraphEnum",
    "ChunkResult",
    "RetryPolicy",
    "NO_RETRIES",
    "Usage",
    "AppUsage",
    "AdAccountUsage",
    "BusinessUseCaseUsage",
    "GraphError",
    "GraphAPIError",
    "GraphAuthError",
    "GraphPermissionError",
    "GraphThrottlingError",
    "GraphInvalidParameterError",
    "GraphServerError",
    "GraphOtherError",
    "GraphTransportError",
    "GraphConnectionError",
    "GraphTimeoutError",
    "GraphRequestError",
]

__getattr__ = lazy_getattr(
    __name__,
    {
        "GraphModel": "_runtime.models",
        "GraphResponse": "_runtime.models",
        "Page": "_runtime.models",
        "Paging": "_runtime.models",
        "Cursors": "_runtime.models",
        "GraphEnum": "_runtime.enums",
        "ChunkResult": "_runtime.calls",
        "RetryPolicy": "_runtime.retry",
        "NO_RETRIES": "_runtime.retry",
        "Usage": "_runtime.usage",
        "AppUsage": "_runtime.usage",
        "AdAccountUsage": "_runtime.usage",
        "BusinessUseCaseUsage": "_runtime.usage",
        "GraphError": "_runtime.errors",
        "GraphAPIError": "_runtime.errors",
        "GraphAuthError": "_runtime.errors",
        "GraphPermissionError": "_runtime.errors",
        "GraphThrottlingError": "_runtime.errors",
        "GraphInvalidParameterError": "_runtime.errors",
        "GraphServerError": "_runtime.errors",
        "GraphOtherError": "_runtime.errors",
        "GraphTransportError": "_runtime.errors",
        "GraphConnectionError": "_runtime.errors",
        "GraphTimeoutError": "_runtime.errors",
        "GraphRequestError": "_runtime.errors",
    },
)
