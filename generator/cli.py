"""The ``graph-codegen`` command (also ``python -m generator``)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from generator import __version__, pipeline
from generator.config import Config, ConfigError, find_root
from generator.diagnostics import SpecError, display_path
from generator.bump import BumpError
from generator.bump import bump as bump_version
from generator.diff import report
from generator.diff.compare import compare
from generator.diff.sources import SideError, load_side
from generator.formatting import FormattingError
from generator.writing import HandEditError

EXIT_OK = 0
EXIT_STALE = 1  # also: `diff --fail-on` found a change of that level
EXIT_BAD_INPUT = 2
EXIT_INTERNAL = 3


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="graph-codegen",
        description="Generate a typed Graph API client package from the YAML spec.",
    )
    parser.add_argument("--version", action="version", version=f"graph-codegen {__version__}")
    parser.add_argument(
        "--root",
        type=Path,
        default=None,
        help="project folder with the [tool.graph-codegen] settings (default: found upward)",
    )
    parser.add_argument("--spec", type=Path, default=None, help="spec folder (default: from settings, 'spec')")
    parser.add_argument("--output", type=Path, default=None, help="output folder (default: from settings, 'generated')")
    parser.add_argument("--jobs", type=int, default=None, help="worker processes (default: one per core)")
    parser.add_argument(
        "--no-cache", action="store_true", help="neither read nor write the cache in .cache/graph-codegen/"
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    generate = commands.add_parser("generate", help="render the spec into the output folder, writing only what changed")
    generate.add_argument("--force", action="store_true", help="overwrite generated files that were edited by hand")
    commands.add_parser("check", help="exit 1 if the output folder is not what generate would write")
    diff = commands.add_parser("diff", help="list the API changes between two spec versions")
    diff.add_argument("old", help="a version (v5.0), a spec folder, or REV:spec/v5.0")
    diff.add_argument("new", help="a version (v25.0), a spec folder, or REV:spec/v25.0")
    diff.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    diff.add_argument("--color", choices=("auto", "always", "never"), default="auto", help="colour in text output")
    diff.add_argument(
        "--fail-on", choices=("ERR", "WARN"), default=None, help="exit 1 when there is a change of this level or worse"
    )
    bump = commands.add_parser("bump", help="start a new Graph version from the newest spec folder")
    bump.add_argument("new", help="the new version, e.g. v26.0")
    bump.add_argument("--from", dest="old", default=None, help="the version to copy (default: the newest)")
    bump.add_argument("--force", action="store_true", help="replace the new folder if it exists and differs")
    imports = commands.add_parser(
        "import", help="import a snapshot of Meta's machine-readable spec into the spec folder"
    )
    imports.add_argument("src", type=Path, help="a folder laid out like facebook-business-sdk-codegen's api_specs")
    imports.add_argument(
        "--as", dest="as_version", default=None, help="the version folder (default: specs/version.txt)"
    )
    imports.add_argument("--nodes", default=None, help="comma-separated types to import with what they reference")
    schema = commands.add_parser("schema", help="write the JSON Schema of spec files, for editors")
    schema.add_argument("--stdout", action="store_true", help="print it instead of writing spec/graph-spec.schema.json")
    return parser


def _config(args: argparse.Namespace) -> Config:
    root = (args.root or find_root(Path.cwd())).resolve()
    config = Config.load(root)
    if args.spec is not None:
        config = Config(config.root, args.spec.resolve(), config.output_dir, config.package, config.distribution)
    if args.output is not None:
        config = Config(config.root, config.spec_dir, args.output.resolve(), config.package, config.distribution)
    return config


def _run(args: argparse.Namespace) -> int:
    config = _config(args)
    if args.jobs is not None and args.jobs < 1:
        raise ConfigError("--jobs must be at least 1")
    options = pipeline.Options.for_project(config, workers=args.jobs, use_cache=not args.no_cache)
    if args.command == "generate":
        result = pipeline.generate(config, options, force=args.force)
        print(f"{display_path(config.output_dir)}: {result.files} files; {result.changes.summary()}")
        return EXIT_OK
    if args.command == "check":
        from generator.spec.editor_schema import SCHEMA_PATH, schema_text

        changes = pipeline.check(config, options)
        schema = config.spec_dir / SCHEMA_PATH
        schema_stale = not schema.is_file() or schema.read_text(encoding="utf-8") != schema_text()
        if not changes.written and not changes.removed and not schema_stale:
            print(f"{display_path(config.output_dir)} is up to date")
            return EXIT_OK
        for rel in changes.written:
            print(f"stale: {display_path(config.output_dir / rel)}")
        for rel in changes.removed:
            print(f"no longer generated: {display_path(config.output_dir / rel)}")
        if changes.written or changes.removed:
            print("run `graph-codegen generate` to update it")
        if schema_stale:
            print(f"stale: {display_path(schema)}; run `graph-codegen schema` to update it")
        return EXIT_STALE
    if args.command == "diff":
        return _diff(config, args)
    if args.command == "bump":
        bumped = bump_version(config, args.new, args.old, force=args.force)
        print(f"{display_path(config.spec_dir / bumped.new)}: {bumped.spec} (from {bumped.old})")
        print(f"{display_path(config.output_dir)}: {bumped.files_written} files written")
        changelog = display_path(config.output_dir / "CHANGELOG.md")
        print(f"{changelog}: {'updated' if bumped.changelog_changed else 'unchanged'}")
        return EXIT_OK
    if args.command == "import":
        return _import(config, args)
    if args.command == "schema":
        from generator.spec.editor_schema import SCHEMA_PATH, schema_text

        text = schema_text()
        if args.stdout:
            sys.stdout.write(text)
        else:
            target = config.spec_dir / SCHEMA_PATH
            target.parent.mkdir(parents=True, exist_ok=True)
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                target.write_text(text, encoding="utf-8")
            print(f"wrote {display_path(target)}")
        return EXIT_OK
    raise AssertionError(args.command)


def _diff(config: Config, args: argparse.Namespace) -> int:
    old = load_side(config, args.old)
    new = load_side(config, args.new)
    changes = compare(old, new)
    if args.format == "json":
        sys.stdout.write(report.as_json(args.old, args.new, changes))
    elif args.format == "markdown":
        sys.stdout.write(report.as_markdown(args.old, args.new, changes))
    else:
        colour = args.color == "always" or (
            args.color == "auto" and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
        )
        sys.stdout.write(report.as_text(args.old, args.new, changes, colour=colour))
    levels = {"ERR": ("ERR",), "WARN": ("ERR", "WARN")}.get(args.fail_on or "", ())
    return EXIT_STALE if any(c.level in levels for c in changes) else EXIT_OK


def _import(config: Config, args: argparse.Namespace) -> int:
    from generator.importer.run import run_import

    nodes = [n.strip() for n in args.nodes.split(",") if n.strip()] if args.nodes is not None else None
    print(run_import(args.src, config.spec_dir, args.as_version, nodes).text())
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _run(args)
    except SpecError as exc:
        print(exc.report(), file=sys.stderr)
        return EXIT_BAD_INPUT
    except (ConfigError, SideError, BumpError, HandEditError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"error: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except (FormattingError, Exception) as exc:  # noqa: BLE001 - the last line of defence against tracebacks
        if os.environ.get("GRAPH_CODEGEN_DEBUG"):
            raise
        print(
            f"internal error: {type(exc).__name__}: {exc} (set GRAPH_CODEGEN_DEBUG=1 for details; please report it)",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


__all__ = ["main"]
