"""Rows 4 and 5: what importing an endpoint module costs beyond its libraries.

    python3 -m bench.imports                                             # fbgraph.v25_0.ads_pixel of generated/
    python3 -m bench.imports --path DIR --module fbgraph.v25_0.ad_account  # e.g. a generated Meta snapshot

Each figure is the CPU time (user and system) of a whole fresh interpreter, ``python -c "..."``, median of
alternating runs. The floor ``import httpx, pydantic`` is measured the same way in the same run; the module is
imported right after the floor in its own interpreter, and the floor is subtracted, so that interpreter start-up
and the two libraries cancel out (an endpoint module that imports neither library cannot come out negative). CPU
time rather than wall time, because on a shared machine the wall time of a busy interpreter grows with the load of
others; the wall-time medians of the same runs are printed too.

The package is measured from a copy with its bytecode compiled, as pip installs it: where PYTHONDONTWRITEBYTECODE
is set (as on this project's machines) an editable checkout is compiled from source on every import, which would
measure CPython's compiler instead. For reference the SDK's import of the same node is shown less a bare
interpreter (``python -c pass``) of its own environment.
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from bench import measure
from bench.table import Row, Skipped, millis, render

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


def _compiled_copy(folder: Path, scratch: Path) -> Path:
    copy = scratch / folder.name
    shutil.copytree(folder, copy, ignore=shutil.ignore_patterns("__pycache__", ".*"))
    compileall.compile_dir(copy, quiet=1, workers=0)
    return copy


def measure_imports(
    targets: dict[str, tuple[str, Path]], sdk_python: Path | None, runs: int
) -> tuple[list[Row | Skipped], list[str]]:
    """``targets``: row key -> (module, folder it imports from). Rows in the order given."""
    with tempfile.TemporaryDirectory(prefix="graph-codegen-imports-") as scratch:
        copies: dict[Path, Path] = {}
        for index, (_, folder) in enumerate(targets.values()):
            if folder not in copies:
                copies[folder] = _compiled_copy(folder, Path(scratch) / str(index))
        commands: dict[str, tuple[Path | str, str, Path | None]] = {
            "floor": (sys.executable, FLOOR, None),
            "bare": (sys.executable, "pass", None),
        }
        for key, (module, folder) in targets.items():
            commands[key] = (sys.executable, f"{FLOOR}; import {module}", copies[folder])
        if sdk_python is not None:
            commands["sdk bare"] = (sdk_python, "pass", None)
            for key in targets:
                commands[f"sdk {key}"] = (sdk_python, SDK_IMPORTS[key], None)
        for command in commands.values():
            _sampler(*command)  # warms the file system cache and checks that every import works
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
        f"imports: CPU time, median of {runs} fresh interpreters each, packages with compiled bytecode; the floor "
        f"`{FLOOR}` is {millis(median['floor'] - median['bare'])} beyond a bare interpreter"
    ]
    for key, (module, _) in targets.items():
        ours = median[key] - median["floor"]
        rows.append(Row(f"import {module} minus `{FLOOR}`", millis(median[key]), millis(median["floor"]),
                        ours * 1000, GOALS[key] * 1000, "ms"))  # fmt: skip
        if sdk_python is not None:
            sdk = millis(median[f"sdk {key}"] - median["sdk bare"])
            notes.append(f"for reference, less a bare interpreter: the SDK's `{SDK_IMPORTS[key]}` {sdk}")
        notes.append(
            f"wall-time medians of the same runs: floor then {module} {millis(walls[key])}, floor "
            f"{millis(walls['floor'])}, difference {millis(walls[key] - walls['floor'])}"
        )
    return rows, notes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--path", type=Path, default=ROOT / "generated", help="a generated package's folder")
    parser.add_argument("--module", default="fbgraph.v25_0.ads_pixel")
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args()
    key = "ad_account" if args.module.endswith(".ad_account") else "ads_pixel"
    rows, notes = measure_imports({key: (args.module, args.path)}, None, args.runs)
    print(render(rows))
    for note in notes:
        print(f"- {note}")


if __name__ == "__main__":
    main()
