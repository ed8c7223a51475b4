"""Timing helpers shared by the benchmark rows: commands in fresh processes, medians of alternating runs."""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path


class CommandFailed(Exception):
    pass


@dataclass(frozen=True)
class Timed:
    wall: float  # seconds
    cpu: float  # user + system seconds of the command and every process it waited for
    returncode: int
    stdout: str
    stderr: str


def run(
    command: Sequence[str],
    *,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
    ok: tuple[int, ...] = (0,),
    timeout: float = 1800,
) -> Timed:
    """Run ``command`` and time it; raise CommandFailed with the end of its output when its exit code is not ok."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(
        list(command), cwd=cwd, env=dict(env) if env is not None else None, capture_output=True, text=True,
        timeout=timeout, check=False,
    )  # fmt: skip
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in ok:
        tail = (done.stderr.strip() or done.stdout.strip() or "no output").splitlines()[-3:]
        raise CommandFailed(f"{' '.join(command[:4])} ... exited {done.returncode}: {' | '.join(tail)}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Timed(wall, cpu, done.returncode, done.stdout, done.stderr)


def alternating(measures: Mapping[str, Callable[[], float]], repeats: int) -> dict[str, float]:
    """Median of ``repeats`` samples of each measure, taken in turn, so that load drifting over time hits all."""
    samples: dict[str, list[float]] = {name: [] for name in measures}
    for _ in range(repeats):
        for name, measure in measures.items():
            samples[name].append(measure())
    return {name: statistics.median(values) for name, values in samples.items()}


def with_path(env: Mapping[str, str], *folders: Path) -> dict[str, str]:
    """``env`` with ``folders`` first on PYTHONPATH."""
    extra = os.pathsep.join(str(folder) for folder in folders)
    current = env.get("PYTHONPATH", "")
    return {**env, "PYTHONPATH": f"{extra}{os.pathsep}{current}" if current else extra}
