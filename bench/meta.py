"""Rows 2 and 3: the whole Marketing API, Meta's v25.0 snapshot imported into a scratch project and generated.

The scratch project lives in ``.cache/bench/meta-v25`` and is reused across runs (re-imported when the snapshot
or the importer changes). Rows that need it are skipped, with a message, where ../shared/meta-api-specs is absent.

- Cold: ``generate`` with the output folder and the cache removed first (so the run also fills the cache that
  the incremental rows start from), against black alone formatting the same unformatted texts with the same
  number of workers, with the pinned black installed in the peers' environment.
- One node changed: a field added to (then removed from) AdsPixel, then ``generate``; and the same change
  followed by ``check``, which reports the stale output. Absolute seconds.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import shutil
import statistics
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from bench import measure
from bench.peers import Peer
from bench.table import Row, Skipped, seconds

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOT = ROOT.parent / "shared" / "meta-api-specs" / "v25.0"
PROJECT = ROOT / ".cache" / "bench" / "meta-v25"
NODE_FILE = Path("spec") / "v25.0" / "ads_pixel.yaml"
PROBE = "  bench_probe: {type: string, description: A field the benchmark adds and removes.}\n"
COLD_GOAL = 1.1
INCREMENTAL_GOAL = 1.0
_STAMP = ".bench-stamp"


def available() -> bool:
    return SNAPSHOT.is_dir()


def missing() -> str:
    return f"{SNAPSHOT} is not here"


def _cli(root: Path, *args: str, ok: tuple[int, ...] = (0,)) -> measure.Timed:
    env = measure.with_path(os.environ, ROOT)
    return measure.run([sys.executable, "-m", "generator", *args], cwd=root, env=env, ok=ok)


def _stamp() -> str:
    """What the scratch spec depends on: the snapshot's commit and the importer's code."""
    digest = hashlib.sha256((SNAPSHOT / "COMMIT").read_bytes() if (SNAPSHOT / "COMMIT").is_file() else b"")
    for path in sorted((ROOT / "generator" / "importer").glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def ensure_project() -> Path:
    """The scratch project with the imported v25.0 spec, imported anew when what it depends on changed."""
    stamp = PROJECT / _STAMP
    if stamp.is_file() and stamp.read_text(encoding="utf-8") == _stamp():
        _set_probe(PROJECT, present=False)
        return PROJECT
    shutil.rmtree(PROJECT, ignore_errors=True)
    (PROJECT / "spec").mkdir(parents=True)
    (PROJECT / "pyproject.toml").write_text(
        '[tool.graph-codegen]\nspec_dir = "spec"\noutput_dir = "generated"\npackage = "fbgraph"\n', encoding="utf-8"
    )
    print("importing Meta's v25.0 snapshot into a scratch project...", file=sys.stderr, flush=True)
    _cli(PROJECT, "import", str(SNAPSHOT))
    stamp.write_text(_stamp(), encoding="utf-8")
    return PROJECT


def ensure_generated(root: Path, workers: int) -> None:
    """Bring the scratch output up to date with this generator (a no-op when it already is)."""
    print("bringing the v25.0 scratch output up to date...", file=sys.stderr, flush=True)
    _cli(root, "--jobs", str(workers), "generate")


def _set_probe(root: Path, *, present: bool) -> None:
    node = root / NODE_FILE
    text = node.read_text(encoding="utf-8")
    without = text.replace(PROBE, "")
    node.write_text(without.replace("fields:\n", "fields:\n" + PROBE, 1) if present else without, encoding="utf-8")


# The package whose files a forked renderer renders; set before the pool forks.
_package: Any = None


def _render(job: Any) -> str:
    from generator.render.package import render

    return render(_package, job)


def _unformatted(root: Path, workers: int) -> list[str]:
    """Every Python file of the output as the generator renders it, before black."""
    global _package
    from generator import pipeline
    from generator.config import Config
    from generator.render.package import plan

    _package = pipeline.build_ir(Config.load(root))
    jobs = [job for job in plan(_package) if job.path.endswith(".py")]
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        return list(pool.map(_render, jobs, chunksize=8))


def _black_alone(peer: Peer, texts: list[str], workers: int, scratch: Path) -> float:
    from generator.formatting import BLACK_MODE

    folder = scratch / "unformatted"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for index, text in enumerate(texts):
        (folder / f"{index:05d}.py").write_text(text, encoding="utf-8")
    targets = sorted(target.name.lower() for target in BLACK_MODE.target_versions)
    script = ROOT / "bench" / "black_alone.py"
    done = measure.run(
        [str(peer.python), str(script), str(folder), str(workers), str(BLACK_MODE.line_length), *targets]
    )
    return float(done.stdout.split()[-1])


def measure_cold(root: Path, peer: Peer | None, workers: int, scratch: Path) -> tuple[list[Row | Skipped], list[str]]:
    label = "cold generate, Meta's full v25.0 / black alone"
    shutil.rmtree(root / "generated", ignore_errors=True)
    shutil.rmtree(root / ".cache", ignore_errors=True)
    print("cold generation of Meta's full v25.0 (minutes)...", file=sys.stderr, flush=True)
    ours = _cli(root, "--jobs", str(workers), "generate")
    files = list((root / "generated").rglob("*.py"))
    lines = sum(path.read_text(encoding="utf-8").count("\n") for path in files)
    notes = [
        f"cold generate of Meta's v25.0: {len(files)} Python files, {lines:,} lines; {ours.wall:.1f} s wall, "
        f"{ours.cpu:.1f} s CPU over all its processes, {workers} worker(s)"
    ]
    if peer is None:
        return [Skipped(label, "black could not be installed in the peers' environment")], notes
    print("black alone on the same output...", file=sys.stderr, flush=True)
    texts = _unformatted(root, workers)
    black = _black_alone(peer, texts, workers, scratch)
    notes.append(f"black alone: {len(texts)} files, same {workers} worker(s), black {peer.version('black')}")
    return [Row(label, seconds(ours.wall), seconds(black), ours.wall / black, COLD_GOAL, "x")], notes


def measure_incremental(root: Path, workers: int, repeats: int) -> tuple[list[Row | Skipped], list[str]]:
    """One node changed, then ``generate``; one node changed, then ``check``. The output is current to begin."""
    jobs = ("--jobs", str(workers))
    generate: list[measure.Timed] = []
    check: list[measure.Timed] = []
    for _ in range(repeats):
        _set_probe(root, present=True)
        generate.append(_cli(root, *jobs, "generate"))
        _set_probe(root, present=False)
        check.append(_cli(root, *jobs, "check", ok=(1,)))  # exit 1: the output is stale, as it must be
        _cli(root, *jobs, "generate")  # back to where it started
    rows: list[Row | Skipped] = []
    notes = [f"one node changed: a field added to or removed from AdsPixel, median of {repeats} CLI runs each"]
    for command, runs in (("generate", generate), ("check", check)):
        wall = statistics.median(run.wall for run in runs)
        rows.append(Row(f"one node changed at full v25.0, {command}", seconds(wall), "-", wall, INCREMENTAL_GOAL, "s"))
        notes.append(f"one node changed, {command}: {statistics.median(run.cpu for run in runs):.2f} s CPU")
    return rows, notes
