"""Tests import the committed generated package straight from generated/, as the golden it is."""

from __future__ import annotations

import sys

from tests.helpers import ROOT

sys.path.insert(0, str(ROOT / "generated"))
