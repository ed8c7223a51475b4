"""Checks of a loaded version that need more than one file but nothing resolved: every source a fact cites."""

from __future__ import annotations

from typing import Any

from generator.diagnostics import Problems
from generator.spec.loader import LoadedVersion
from generator.spec.yaml_source import PathKey, YamlDocument


def check_sources(loaded: LoadedVersion, problems: Problems) -> None:
    """Every ``source`` in the version's files names a source listed in version.yaml."""
    known = set(loaded.version.sources)
    docs: list[YamlDocument] = [loaded.errors_doc, *(e.doc for e in loaded.types.values())]
    for doc in docs:
        for path, value in _walk(doc.data, ()):
            if path and path[-1] == "source" and isinstance(value, str) and value not in known:
                problems.add(
                    doc.location(path),
                    ".".join(map(str, path)),
                    f"unknown source {value!r}; list it under 'sources' in version.yaml",
                )


def _walk(data: Any, path: PathKey) -> list[tuple[PathKey, Any]]:
    found: list[tuple[PathKey, Any]] = [(path, data)]
    if isinstance(data, dict):
        for key, value in data.items():
            found.extend(_walk(value, (*path, key)))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found.extend(_walk(value, (*path, index)))
    return found
