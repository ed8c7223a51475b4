"""Render and format every file: across worker processes, skipping every file whose inputs are in the cache.

Workers are forked with the IR already in memory; each is handed only the positions of its jobs. They also
inherit what this process loaded before forking them (black, the compiled templates, datamodel-code-generator),
so that is loaded once here rather than once in every worker; and the largest jobs go first, so that no worker
is left with a large one while the others have finished.
"""

from __future__ import annotations

import ctypes
import gc
import multiprocessing
import os
import signal
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from generator.cache import Cache
from generator.ir import model as ir
from generator.render.package import MODEL_MODULE, Digests, Job, plan, render, resolve

# What a worker process works from; set once per worker by _start_worker.
_package: ir.PackageIR | None = None
_jobs: list[Job] = []
_cache = Cache(None)


# Starting worker processes costs more than rendering a handful of files where we are.
_INLINE_BELOW = 4


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


@dataclass
class ProduceStats:
    files: int = 0
    from_cache: int = 0
    render_seconds: float = 0.0  # summed over workers
    format_seconds: float = 0.0  # summed over workers


_PR_SET_PDEATHSIG = 1


def _die_with(parent: int) -> None:
    """End this worker when the command that started it ends, even by SIGKILL: otherwise it would wait forever
    for work on a queue it holds open itself (Linux; elsewhere the pool's own shutdown is all there is)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the command died before the line above
        os._exit(1)


def _start_worker(package: ir.PackageIR, jobs: list[Job], cache_root: Path | None, parent: int = 0) -> None:
    global _package, _jobs, _cache
    if parent:
        _die_with(parent)
    _package, _jobs, _cache = package, jobs, Cache(cache_root)


def _work(index: int) -> tuple[int, str, float, float]:
    from generator.formatting import format_source  # loaded by _prepare before any worker is forked

    assert _package is not None
    job = _jobs[index]
    started = time.perf_counter()
    text = render(_package, job)
    rendered = time.perf_counter()
    # The runtime's source is kept black-formatted where it lives (a test checks), so copies skip black.
    formatted = text if job.verbatim else format_source(job.path, text, _cache)
    return index, formatted, rendered - started, time.perf_counter() - rendered


def _size(package: ir.PackageIR, job: Job) -> int:
    """A rough measure of a job's work, to start the largest first: model modules by their classes, fields and
    members; the few version-wide and endpoint files are the largest of all."""
    if job.verbatim:
        return 0
    if job.template != MODEL_MODULE:
        return 1 << 30
    module: ir.ModelModule = resolve(package, dict(job.context)["module"])
    return sum(1 + len(m.fields) for m in module.models) + sum(1 + len(e.members) for e in module.enums)


def _prepare(package: ir.PackageIR, jobs: list[Job], todo: list[int]) -> list[tuple[int, str, float, float]]:
    """Load in this process what the jobs in ``todo`` need: black, Jinja and the templates they render, and
    datamodel-code-generator, which loads most of itself on its first call, made here by doing one (small)
    models job; return that job's result."""
    import generator.formatting  # noqa: F401 - black, for every worker to inherit
    from generator.render.environment import environment

    env = environment()
    for name in sorted({jobs[i].template for i in todo if not jobs[i].verbatim}):
        env.get_template(name)
    models = [i for i in todo if jobs[i].template == MODEL_MODULE]
    return [_work(min(models, key=lambda i: _size(package, jobs[i])))] if models else []


def produce(package: ir.PackageIR, cache: Cache, workers: int, code: str) -> tuple[dict[str, str], ProduceStats]:
    """Every file by path, formatted, in plan order."""
    jobs = plan(package)
    # Without a cache there is nothing to look up or keep, and digesting the whole IR for keys would be wasted.
    digests = Digests(package) if cache.root is not None else None
    keys = [digests.job_key(job, code) if digests else "" for job in jobs]
    texts: list[str | None] = [cache.get_text("out", key) if digests else None for key in keys]
    todo = [i for i, text in enumerate(texts) if text is None]
    stats = ProduceStats(files=len(jobs), from_cache=len(jobs) - len(todo))
    # Frozen, the IR's objects are not scanned by the garbage collector again and again while the jobs make and drop
    # their own; forked workers inherit them frozen, so the collector does not copy their pages either.
    gc.collect()
    gc.freeze()
    try:
        _start_worker(package, jobs, cache.root)
        results = _prepare(package, jobs, todo) if todo else []
        done = {index for index, *_ in results}
        rest = sorted((i for i in todo if i not in done), key=lambda i: -_size(package, jobs[i]))
        # Files made from a whole version or package change with any edit but render in milliseconds (their text is
        # then usually formatted already): a handful of other files is not worth starting workers for.
        modules = [i for i in rest if not any(ref[0] in ("package", "version") for _, ref in jobs[i].context)]
        if workers <= 1 or len(modules) <= _INLINE_BELOW:
            results += [_work(i) for i in rest]
        else:
            methods = multiprocessing.get_all_start_methods()
            context = multiprocessing.get_context("fork" if "fork" in methods else None)
            with ProcessPoolExecutor(
                max_workers=min(workers, len(rest)),
                mp_context=context,
                initializer=_start_worker,
                initargs=(package, jobs, cache.root, os.getpid()),
            ) as pool:
                results += pool.map(_work, rest, chunksize=1)
    finally:
        gc.unfreeze()
    for index, text, render_seconds, format_seconds in results:
        texts[index] = text
        cache.put_text("out", keys[index], text)
        stats.render_seconds += render_seconds
        stats.format_seconds += format_seconds
    return {job.path: text for job, text in zip(jobs, texts) if text is not None}, stats
