"""The pipeline end to end: spec -> load and validate -> IR -> render -> format -> write.

``generate`` and ``check`` first ask the run stamp whether anything can have changed; when nothing can, they
stop there. Otherwise each type's part of the IR is replayed from the cache while what it looked up is unchanged
(``generator.ir.steps``), files whose inputs are cached are taken from the cache, and the rest are rendered and
formatted in parallel.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from generator import stamp, writing
from generator.cache import DEFAULT_DIR, Cache, code_digest
from generator.config import Config
from generator.diagnostics import Location, Problems, SpecError, display_path
from generator.ir import model as ir
from generator.ir.build import build_version
from generator.ir.public_names import RUNTIME_EXPORTS
from generator.ir.steps import StepCounts
from generator.output_guard import check_output
from generator.produce import ProduceStats, default_workers, produce
from generator.spec.loader import list_versions, load_version


@dataclass
class Options:
    workers: int = field(default_factory=default_workers)
    cache_dir: Path | None = None  # None: no cache at all

    @classmethod
    def for_project(cls, config: Config, *, workers: int | None = None, use_cache: bool = True) -> Options:
        return cls(workers or default_workers(), (config.root / DEFAULT_DIR) if use_cache else None)


NO_CACHE = Options(workers=1, cache_dir=None)


@dataclass
class Timings:
    load: float = 0.0
    ir: float = 0.0
    render_format: float = 0.0  # wall time of the parallel stage
    write: float = 0.0
    steps: StepCounts = field(default_factory=StepCounts)  # of the IR build: run, or replayed from the cache
    produce: ProduceStats = field(default_factory=ProduceStats)
    skipped: bool = False  # the stamp showed nothing to do


@contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """The IR is a large tree of immutable values without reference cycles, loaded or built in one burst: the
    cycle collector would only scan it again and again as it grows (half the time of a build from the cache)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def build_ir(config: Config, cache: Cache | None = None, timings: Timings | None = None) -> ir.PackageIR:
    """Load every version of the spec and build its IR; raise SpecError listing every problem found."""
    with _without_cycle_collection():
        return _build_ir(config, cache, timings or Timings())


def _build_ir(config: Config, cache: Cache | None, timings: Timings) -> ir.PackageIR:
    problems = Problems()
    versions: list[ir.VersionIR] = []
    folders = list_versions(config.spec_dir)
    if not folders:
        problems.add(
            Location(display_path(config.spec_dir), 1, 1),
            "",
            f"no version folders (like v25.0) in {config.spec_dir}; set spec_dir in [tool.graph-codegen] of "
            f"{config.root / 'pyproject.toml'} or pass --spec",
        )
    for folder in folders:
        started = time.perf_counter()
        loaded = load_version(folder, problems, cache)
        built = time.perf_counter()
        timings.load += built - started
        if loaded is not None:
            versions.append(build_version(loaded, problems, cache, timings.steps))
        timings.ir += time.perf_counter() - built
    if problems:
        raise SpecError(problems.sorted())
    newest = versions[-1].graph_version.lstrip("v")
    return ir.PackageIR(
        package=config.package,
        distribution=config.distribution,
        version=f"{newest}.0",
        versions=tuple(versions),
        public_names=RUNTIME_EXPORTS,
    )


def render(config: Config, options: Options = NO_CACHE, timings: Timings | None = None) -> dict[str, str]:
    """Every generated file, rendered and formatted, by path relative to the output folder."""
    timings = timings or Timings()
    cache = Cache(options.cache_dir)
    package = build_ir(config, cache, timings)
    started = time.perf_counter()
    gc.freeze()  # nor while it is rendered: the IR lives until the files are written
    try:
        files, timings.produce = produce(package, cache, options.workers, code_digest())
    finally:
        gc.unfreeze()
    timings.render_format = time.perf_counter() - started
    return files


@dataclass
class Result:
    changes: writing.Changes
    files: int
    timings: Timings


def generate(config: Config, options: Options = NO_CACHE, *, force: bool = False) -> Result:
    check_output(config, explicit=True)  # the command line also checks where a folder outside the project came from
    timings = Timings()
    cache = Cache(options.cache_dir)
    current = stamp.input_stamp(config) if options.cache_dir else ""
    if options.cache_dir and stamp.unchanged(config, cache, current):
        manifest = writing.read_manifest(config.output_dir)
        timings.skipped = True
        return Result(writing.Changes(unchanged=len(manifest)), len(manifest), timings)
    files = render(config, options, timings)
    started = time.perf_counter()
    keep_root = config.root / DEFAULT_DIR / "replaced"
    changes = writing.write(config.output_dir, files, force=force, keep_root=keep_root)
    timings.write = time.perf_counter() - started
    if options.cache_dir:
        stamp.record(config, cache, current, writing.manifest_text(files))
    return Result(changes, len(files), timings)


def check(config: Config, options: Options = NO_CACHE) -> writing.Changes:
    """What ``generate`` would change; nothing is written."""
    if options.cache_dir:
        cache = Cache(options.cache_dir)
        if stamp.unchanged(config, cache, stamp.input_stamp(config)):
            return writing.Changes(unchanged=len(writing.read_manifest(config.output_dir)))
    return writing.plan(config.output_dir, render(config, options))
