"""Render and format every file: across worker processes, skipping every file whose inputs are in the cache.

Workers are forked with the IR already in memory; each is handed only the positions of its jobs.
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
from generator.formatting import format_source
from generator.ir import model as ir
from generator.render.package import Digests, Job, plan, render

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
    assert _package is not None
    job = _jobs[index]
    started = time.perf_counter()
    text = render(_package, job)
    rendered = time.perf_counter()
    # The runtime's source is kept black-formatted where it lives (a test checks), so copies skip black.
    formatted = text if job.verbatim else format_source(job.path, text, _cache)
    return index, formatted, rendered - started, time.perf_counter() - rendered


def produce(package: ir.PackageIR, cache: Cache, workers: int, code: str) -> tuple[dict[str, str], ProduceStats]:
    """Every file by path, formatted, in plan order."""
    jobs = plan(package)
    digests = Digests(package)
    keys = [digests.job_key(job, code) for job in jobs]
    texts: list[str | None] = [cache.get_text("out", key) for key in keys]
    todo = [i for i, text in enumerate(texts) if text is None]
    stats = ProduceStats(files=len(jobs), from_cache=len(jobs) - len(todo))
    # Files made from a whole version or package change with any edit but render in milliseconds (their text is
    # then usually formatted already): a handful of other files is not worth starting workers for.
    modules = [i for i in todo if not any(ref[0] in ("package", "version") for _, ref in jobs[i].context)]
    if workers <= 1 or len(modules) <= _INLINE_BELOW:
        _start_worker(package, jobs, cache.root)
        results = [_work(i) for i in todo]
    else:
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else None)
        # Forked workers inherit the IR. Frozen, its objects are neither scanned by each worker's garbage
        # collector nor copied page by page as the collector touches them.
        gc.collect()
        gc.freeze()
        try:
            with ProcessPoolExecutor(
                max_workers=min(workers, len(todo)),
                mp_context=context,
                initializer=_start_worker,
                initargs=(package, jobs, cache.root, os.getpid()),
            ) as pool:
                results = list(pool.map(_work, todo, chunksize=1))
        finally:
            gc.unfreeze()
    for index, text, render_seconds, format_seconds in results:
        texts[index] = text
        cache.put_text("out", keys[index], text)
        stats.render_seconds += render_seconds
        stats.format_seconds += format_seconds
    return {job.path: text for job, text in zip(jobs, texts) if text is not None}, stats
