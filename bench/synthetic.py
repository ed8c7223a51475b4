"""Synthetic specs of N AdsPixel-shaped nodes (bench/synthetic_spec.py): generation, caching and imports at scale.

    python3 -m bench.run --synthetic 100 1000     # the table for N = 100 and N = 1,000 (minutes)

Figures only; nothing is asserted.
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from bench.synthetic_spec import touch_node, write_spec
from generator import pipeline, writing
from generator.config import Config
from generator.formatting import BLACK_MODE
from generator.render.package import plan, render

ROOT = Path(__file__).resolve().parent.parent


def _cli(*args: str, cwd: Path) -> float:
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - started
    if result.returncode not in (0, 1):
        raise RuntimeError(f"graph-codegen {' '.join(args)} failed:\n{result.stderr}")
    return elapsed


def _black(text: str) -> str:
    import black

    return black.format_str(text, mode=BLACK_MODE)


def _black_alone(texts: list[str], workers: int) -> float:
    """black by itself on the generator's unformatted output, with the same number of workers."""
    started = time.perf_counter()
    if workers == 1:
        for text in texts:
            _black(text)
    else:
        with ProcessPoolExecutor(workers) as pool:
            list(pool.map(_black, texts, chunksize=1))
    return time.perf_counter() - started


def _unformatted(config: Config, workers: int) -> list[str]:
    package = pipeline.build_ir(config)
    jobs = [job for job in plan(package) if job.path.endswith(".py")]
    return [render(package, job) for job in jobs]


def _import_time(output: Path, module: str, runs: int = 7) -> float:
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    samples = []
    for _ in range(runs):
        result = subprocess.run(
            [sys.executable, "-c", code],
            cwd=output,
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(output)},
        )
        if result.returncode != 0:
            raise RuntimeError(result.stderr)
        samples.append(float(result.stdout))
    return statistics.median(samples)


def _peak_mib() -> float:
    peak_kib = max(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    )
    return peak_kib / 1024


def measure(nodes: int, workers: int, scratch: Path) -> dict[str, float]:
    root = scratch / f"n{nodes}"
    folder = write_spec(root, nodes)
    config = Config.load(root)
    figures: dict[str, float] = {}

    timings = pipeline.Timings()
    started = time.perf_counter()
    files = pipeline.render(config, pipeline.Options(workers=workers, cache_dir=None), timings)
    write_started = time.perf_counter()
    writing.write(config.output_dir, files)
    timings.write = time.perf_counter() - write_started
    figures["cold generate, no cache (in process)"] = time.perf_counter() - started
    figures["  load"] = timings.load
    figures["  IR"] = timings.ir
    figures["  render + format, wall"] = timings.render_format
    figures["    render, CPU summed over workers"] = timings.produce.render_seconds
    figures["    format, CPU summed over workers"] = timings.produce.format_seconds
    figures["  write"] = timings.write
    lines = sum(text.count("\n") for path, text in files.items() if path.endswith(".py"))
    figures["generated Python lines"] = lines

    texts = _unformatted(config, workers)
    figures["black alone, same output and workers"] = _black_alone(texts, workers)

    jobs = ["--jobs", str(workers)]
    cache = root / ".cache"
    if cache.exists():
        shutil.rmtree(cache)
    figures["cold generate, no cache (CLI)"] = _cli(*jobs, "--no-cache", "generate", cwd=root)
    figures["generate filling the cache (CLI)"] = _cli(*jobs, "generate", cwd=root)
    figures["no-op generate (CLI)"] = _cli(*jobs, "generate", cwd=root)
    figures["check (CLI)"] = _cli(*jobs, "check", cwd=root)
    touch_node(folder, nodes // 2, nodes, variant=1)
    figures["one node changed, regenerate (CLI)"] = _cli(*jobs, "generate", cwd=root)
    figures["import the version package"] = _import_time(config.output_dir, "synthgraph.v1_0")
    figures["import one node's endpoint module"] = _import_time(
        config.output_dir, f"synthgraph.v1_0.synth_node{nodes // 2:04d}"
    )
    figures["peak memory of one process, MiB"] = _peak_mib()
    return figures


def run(sizes: list[int], workers: int, scratch: Path) -> None:
    results: dict[int, dict[str, float]] = {}
    for nodes in sizes:
        print(f"measuring N = {nodes} with {workers} worker(s)...", file=sys.stderr, flush=True)
        results[nodes] = measure(nodes, workers, scratch)
    names = list(results[sizes[0]])
    width = max(len(n) for n in names) + 2
    print(f"synthetic specs, {workers} worker(s); seconds unless stated")
    print("metric".ljust(width) + "".join(f"N={n}".rjust(14) for n in sizes))
    for name in names:
        cells = []
        for n in sizes:
            value = results[n][name]
            cells.append(f"{value:14.0f}" if name.startswith("generated") or "MiB" in name else f"{value:14.3f}")
        print(name.ljust(width) + "".join(cells))
    for n in sizes:
        r = results[n]
        ratio = r["cold generate, no cache (in process)"] / r["black alone, same output and workers"]
        per_node = r["cold generate, no cache (CLI)"] / n * 1000
        print(f"N={n}: cold generate / black alone = {ratio:.2f}; per node {per_node:.1f} ms")
    if len(sizes) >= 2:
        small, large = sizes[0], sizes[-1]
        per_small = results[small]["cold generate, no cache (CLI)"] / small
        per_large = results[large]["cold generate, no cache (CLI)"] / large
        print(f"cost per node, N={small} -> N={large}: {100 * (per_large / per_small - 1):+.1f}%")
