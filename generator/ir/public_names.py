"""The runtime names a user of the generated package annotates with, and the public modules that export them.

They live in the private ``_runtime`` package; the top-level package exports all of them and each version
subpackage those a caller of that version meets (results, pages, chunks, the retry policy, usage).
"""

from __future__ import annotations

from generator.ir import model as ir

# (name, runtime module, also exported by each version subpackage)
_RUNTIME_EXPORTS: tuple[tuple[str, str, bool], ...] = (
    ("GraphModel", "models", False),
    ("GraphResponse", "models", True),
    ("Page", "models", True),
    ("Paging", "models", False),
    ("Cursors", "models", False),
    ("GraphEnum", "enums", False),
    ("ChunkResult", "calls", True),
    ("RetryPolicy", "retry", True),
    ("NO_RETRIES", "retry", True),
    ("Usage", "usage", True),
    ("AppUsage", "usage", False),
    ("AdAccountUsage", "usage", False),
    ("BusinessUseCaseUsage", "usage", False),
    ("GraphError", "errors", False),
    ("GraphAPIError", "errors", False),
    ("GraphAuthError", "errors", False),
    ("GraphPermissionError", "errors", False),
    ("GraphThrottlingError", "errors", False),
    ("GraphInvalidParameterError", "errors", False),
    ("GraphServerError", "errors", False),
    ("GraphOtherError", "errors", False),
    ("GraphTransportError", "errors", False),
    ("GraphConnectionError", "errors", False),
    ("GraphTimeoutError", "errors", False),
    ("GraphRequestError", "errors", False),
)

RUNTIME_EXPORTS: tuple[ir.PublicName, ...] = tuple(
    ir.PublicName(name, module, per_version) for name, module, per_version in _RUNTIME_EXPORTS
)
