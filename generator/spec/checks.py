"""Checks of a loaded version that need more than one file but nothing resolved: every source a fact cites."""

from __future__ import annotations

from generator.diagnostics import Problems
from generator.spec.loader import LoadedVersion, source_refs


def check_sources(loaded: LoadedVersion, problems: Problems) -> None:
    """Every ``source`` in the version's files names a source listed in version.yaml."""
    known = set(loaded.version.sources)
    refs = [*source_refs(loaded.errors_doc), *(ref for e in loaded.types.values() for ref in e.facts.source_refs)]
    for location, path, value in refs:
        if value not in known:
            problems.add(location, path, f"unknown source {value!r}; list it under 'sources' in version.yaml")
