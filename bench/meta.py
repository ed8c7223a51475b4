"""Benchmark rows for the real Marketing API: Meta's v25.0 snapshot imported and generated whole.

Skipped, with a message, where ../shared/meta-api-specs is absent.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOT = ROOT.parent / "shared" / "meta-api-specs" / "v25.0"

# Runs one CLI command in a child and prints its wall time, the CPU time of it and its workers (a figure that
# holds on a shared machine), and the peak RSS of the largest of them.
_MEASURE = textwrap.dedent("""\
    import resource, subprocess, sys, time
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "generator", *sys.argv[1:]], capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if done.returncode:
        sys.exit(done.stderr or done.stdout)
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)
""")


def _run(root: Path, *args: str) -> tuple[float, float, float]:
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, *args], cwd=root, capture_output=True, text=True, check=False
    )
    if done.returncode:
        raise RuntimeError(f"graph-codegen {' '.join(args)} failed: {done.stderr.strip()[-2000:]}")
    seconds, cpu, mib = done.stdout.split()
    return float(seconds), float(cpu), float(mib)


def measure_meta(scratch: Path, workers: int) -> dict[str, float] | None:
    """Figures for the full v25.0 snapshot, or None when it is not here."""
    if not SNAPSHOT.is_dir():
        return None
    root = scratch / "meta-v25"
    (root / "spec").mkdir(parents=True)
    (root / "pyproject.toml").write_text(
        '[tool.graph-codegen]\nspec_dir = "spec"\noutput_dir = "generated"\npackage = "fbgraph"\n', encoding="utf-8"
    )
    figures: dict[str, float] = {}
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "generator", "import", str(SNAPSHOT)], cwd=root, check=True, capture_output=True
    )
    figures["import v25.0 snapshot (CLI)"] = time.perf_counter() - started
    jobs = ("--jobs", str(workers))
    wall, cpu, mib = _run(root, *jobs, "--no-cache", "generate")
    figures["cold generate, no cache (CLI)"] = wall
    figures["  its CPU, summed over processes"] = cpu
    figures["peak memory, cold generate, MiB"] = mib
    figures["generate filling the cache (CLI)"] = _run(root, *jobs, "generate")[0]
    node = root / "spec" / "v25.0" / "ads_pixel.yaml"
    node.write_text(node.read_text(encoding="utf-8").replace("coverage: documented", "coverage: partial"))
    wall, cpu, mib = _run(root, *jobs, "generate")
    figures["one node changed, regenerate (CLI)"] = wall
    figures["  its CPU, summed over processes (incremental)"] = cpu
    figures["peak memory, incremental, MiB"] = mib
    files = [p for p in (root / "generated").rglob("*.py")]
    figures["generated Python files"] = len(files)
    return figures


def print_meta(figures: dict[str, float] | None, workers: int) -> None:
    if figures is None:
        print(f"Marketing API v25.0: skipped, {SNAPSHOT} is not here")
        return
    print(f"Marketing API v25.0 snapshot (993 types, 1,469 operations), {workers} worker(s):")
    width = max(len(name) for name in figures) + 2
    for name, value in figures.items():
        shown = f"{value:.0f}" if "MiB" in name or name.startswith("generated") else f"{value:.2f} s"
        print(f"  {name:<{width}}{shown:>10}")
