"""Import cost of an endpoint module against the floor ``import httpx, pydantic``, in fresh interpreters.

    python3 -m bench.imports                                   # fbgraph.v25_0.ads_pixel of generated/
    python3 -m bench.imports --path DIR --module fbgraph.v25_0.ad_account   # e.g. a generated Meta snapshot

Each round runs three children, alternating: the floor alone, the module alone, and the floor then the module
(the module's own cost, after what it shares with the floor). Figures are medians of CPU time (a figure that
holds when other work shares the machine), in milliseconds. The package is measured from a copy with its
bytecode compiled, as pip installs it; ``--from-source`` measures without bytecode, which is what an environment
with PYTHONDONTWRITEBYTECODE set sees on every run.
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLOOR = "httpx, pydantic"

_TIMED = """\
import sys, time
c0 = time.process_time()
import {first}
c1 = time.process_time()
import {second}
c2 = time.process_time()
print(c1 - c0, c2 - c1, len(sys.modules))
"""


@dataclass(frozen=True)
class ImportCost:
    floor_ms: float  # import httpx, pydantic
    module_ms: float  # the module alone, in a fresh interpreter
    after_floor_ms: float  # the module after the floor, in the same interpreter
    modules: int  # how many modules the interpreter holds after importing the module alone

    @property
    def minus_floor_ms(self) -> float:
        """The module alone minus the floor, each measured in its own interpreter."""
        return self.module_ms - self.floor_ms


def _child(path: Path, first: str, second: str) -> tuple[float, float, int]:
    done = subprocess.run(
        [sys.executable, "-c", _TIMED.format(first=first, second=second)],
        cwd=path,
        env={**os.environ, "PYTHONPATH": str(path)},
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode:
        raise RuntimeError(done.stderr.strip()[-2000:])
    one, two, modules = done.stdout.split()
    return float(one) * 1000, float(two) * 1000, int(modules)


def import_cost(generated: Path, module: str, runs: int = 9, from_source: bool = False) -> ImportCost:
    """Medians over ``runs`` rounds for ``module`` of the package folder ``generated`` (measured from a copy)."""
    with tempfile.TemporaryDirectory(prefix="graph-codegen-imports-") as scratch:
        copy = Path(scratch) / "generated"
        shutil.copytree(generated, copy, ignore=shutil.ignore_patterns("__pycache__"))
        if not from_source:
            compileall.compile_dir(copy, quiet=1)
        floor, alone, after = [], [], []
        for _ in range(runs):
            floor.append(_child(copy, FLOOR, "os")[0])
            module_alone, _, modules = _child(copy, module, "os")
            alone.append((module_alone, modules))
            after.append(_child(copy, FLOOR, module)[1])
    return ImportCost(
        floor_ms=statistics.median(floor),
        module_ms=statistics.median(ms for ms, _ in alone),
        after_floor_ms=statistics.median(after),
        modules=int(statistics.median(n for _, n in alone)),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--path", type=Path, default=ROOT / "generated", help="a generated package's folder")
    parser.add_argument("--module", default="fbgraph.v25_0.ads_pixel")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--from-source", action="store_true", help="measure without compiled bytecode")
    args = parser.parse_args()
    cost = import_cost(args.path, args.module, args.runs, args.from_source)
    how = "from source" if args.from_source else "with bytecode"
    print(f"import {args.module} ({how}), CPU ms, medians of {args.runs}:")
    rows = [
        (f"import {FLOOR} (the floor)", cost.floor_ms),
        (f"the module alone ({cost.modules} modules in all)", cost.module_ms),
        ("the module alone minus the floor", cost.minus_floor_ms),
        ("the module after the floor", cost.after_floor_ms),
    ]
    for label, value in rows:
        print(f"  {label:<44}{value:8.1f}")


if __name__ == "__main__":
    main()
