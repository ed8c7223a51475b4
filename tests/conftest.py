"""Tests import the generated package the way its users do: installed (editable) from this checkout's generated/."""

from __future__ import annotations

import importlib.util

import pytest

from tests.helpers import ROOT

INSTALL = 'python3 -m pip install -e ".[test]" -e ./generated'


def pytest_sessionstart(session: pytest.Session) -> None:
    spec = importlib.util.find_spec("fbgraph")
    expected = ROOT / "generated" / "fbgraph"
    if spec is None or spec.origin is None:
        raise pytest.UsageError(f"the generated package fbgraph is not installed; run: {INSTALL}")
    found = ROOT.joinpath(spec.origin).resolve().parent
    if found != expected.resolve():
        raise pytest.UsageError(f"fbgraph is imported from {found}, not from {expected}; run: {INSTALL}")
