"""Rows 4 and 5: what importing an endpoint module costs beyond its libraries.

Each figure is the CPU time (user and system) of a whole fresh interpreter, ``python -c "import ..."``, median of
alternating runs; the floor ``import httpx, pydantic`` is measured the same way in the same run and subtracted, so
that interpreter start-up and the two libraries cancel out. CPU time rather than wall time, because on a shared
machine the wall time of a busy interpreter grows with the load of others; on an idle one they differ little (the
wall-time medians of the same runs are printed too). For reference the SDK's import of the same node is shown
less a bare interpreter (``python -c pass``) of its own environment. A first, untimed run of each writes the
bytecode caches.
"""

from __future__ import annotations

import os
import statistics
import sys
from pathlib import Path

from bench import measure
from bench.table import Row, Skipped, millis

ROOT = Path(__file__).resolve().parent.parent
FLOOR = "import httpx, pydantic"
SDK_IMPORTS = {
    "ads_pixel": "from facebook_business.adobjects.adspixel import AdsPixel",
    "ad_account": "from facebook_business.adobjects.adaccount import AdAccount",
}
GOALS = {"ads_pixel": 0.025, "ad_account": 0.060}


def _sampler(python: Path | str, statement: str, package_root: Path | None) -> measure.Timed:
    env = measure.with_path(os.environ, package_root) if package_root else dict(os.environ)
    return measure.run([str(python), "-c", statement], env=env)


def measure_imports(
    targets: dict[str, tuple[str, Path]], sdk_python: Path | None, runs: int
) -> tuple[list[Row | Skipped], list[str]]:
    """``targets``: row key -> (module, folder it imports from). Rows in the order given."""
    commands: dict[str, tuple[Path | str, str, Path | None]]
    commands = {
        "floor": (sys.executable, FLOOR, None),
        "bare": (sys.executable, "pass", None),
    }
    for key, (module, folder) in targets.items():
        commands[key] = (sys.executable, f"import {module}", folder)
    if sdk_python is not None:
        commands["sdk bare"] = (sdk_python, "pass", None)
        for key in targets:
            commands[f"sdk {key}"] = (sdk_python, SDK_IMPORTS[key], None)
    for command in commands.values():
        _sampler(*command)  # writes the bytecode caches
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    wall: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            timed = _sampler(*command)
            cpu[name].append(timed.cpu)
            wall[name].append(timed.wall)
    median = {name: statistics.median(values) for name, values in cpu.items()}
    walls = {name: statistics.median(values) for name, values in wall.items()}
    rows: list[Row | Skipped] = []
    notes = [
        f"imports: CPU time, median of {runs} fresh interpreters each; the floor `{FLOOR}` is "
        f"{millis(median['floor'] - median['bare'])} beyond a bare interpreter"
    ]
    for key, (module, _) in targets.items():
        ours = median[key] - median["floor"]
        rows.append(Row(f"import {module} minus `{FLOOR}`", millis(median[key]), millis(median["floor"]),
                        ours * 1000, GOALS[key] * 1000, "ms"))  # fmt: skip
        reference = f"{module} {millis(median[key] - median['bare'])}"
        if sdk_python is not None:
            reference += f", the SDK's `{SDK_IMPORTS[key]}` {millis(median[f'sdk {key}'] - median['sdk bare'])}"
        notes.append(f"for reference, less a bare interpreter: {reference}")
        notes.append(
            f"wall-time medians of the same runs: {module} {millis(walls[key])}, floor {millis(walls['floor'])}, "
            f"difference {millis(walls[key] - walls['floor'])}"
        )
    return rows, notes
