"""Graph API v5.0 clients: the runtime clients bound to this version's path and errors."""

from __future__ import annotations

from .._runtime import client as _client
from .errors import ERRORS_BY_CODE


class GraphClient(_client.GraphClient):
    """Synchronous client for Graph API v5.0."""

    graph_version = "v5.0"
    error_registry = ERRORS_BY_CODE


class AsyncGraphClient(_client.AsyncGraphClient):
    """Asynchronous client for Graph API v5.0."""

    graph_version = "v5.0"
    error_registry = ERRORS_BY_CODE
