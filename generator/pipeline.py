"""The pipeline end to end: spec -> load and validate -> IR -> render -> format -> write."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.config import Config
from generator.diagnostics import Location, Problems, SpecError, display_path
from generator.formatting import format_source
from generator.ir import model as ir
from generator.ir.build import build_version
from generator.render.package import render_package
from generator.spec.loader import list_versions, load_version
from generator import writing


def build_ir(config: Config) -> ir.PackageIR:
    """Load every version of the spec and build its IR; raise SpecError listing every problem found."""
    problems = Problems()
    versions: list[ir.VersionIR] = []
    folders = list_versions(config.spec_dir)
    if not folders:
        problems.add(
            Location(display_path(config.spec_dir), 1, 1), "", "no version folders (like v25.0) in the spec directory"
        )
    for folder in folders:
        loaded = load_version(folder, problems)
        if loaded is not None:
            versions.append(build_version(loaded, problems))
    if problems:
        raise SpecError(problems.sorted())
    newest = versions[-1].graph_version.lstrip("v")
    return ir.PackageIR(
        package=config.package,
        distribution=config.distribution,
        version=f"{newest}.0",
        versions=tuple(versions),
    )


def render(package: ir.PackageIR) -> dict[str, str]:
    """Every generated file, rendered and formatted, by path relative to the output folder."""
    return {path: format_source(path, text) for path, text in render_package(package)}


@dataclass
class Result:
    changes: writing.Changes
    files: int


def generate(config: Config) -> Result:
    files = render(build_ir(config))
    return Result(writing.write(config.output_dir, files), len(files))


def check(config: Config) -> writing.Changes:
    """What ``generate`` would change; nothing is written."""
    return writing.plan(config.output_dir, render(build_ir(config)))


def output_path(config: Config, rel: str) -> Path:
    return config.output_dir / rel
