"""The ``graph-codegen`` command (also ``python -m generator``).

One function per subcommand. The project options (--root, --spec, --output, --jobs, --no-cache) are accepted
before or after the subcommand and are listed in every subcommand's --help; a value given after the subcommand
wins. Shell completion comes from click: ``eval "$(_GRAPH_CODEGEN_COMPLETE=bash_source graph-codegen)"``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click
from click.shell_completion import CompletionItem

from generator import __version__
from generator.bump import BumpError
from generator.changelog import ChangelogError
from generator.config import Config, ConfigError, find_root
from generator.diagnostics import SpecError, display_path
from generator.diff.sources import SideError
from generator.output_guard import check_output
from generator.writing import HandEditError

if TYPE_CHECKING:
    # The pipeline (the IR, templates, the worker pool) is loaded by the commands that run it, not by --help.
    from generator import pipeline

EXIT_OK = 0
EXIT_STALE = 1  # also: `diff --fail-on` found a change of that level
EXIT_BAD_INPUT = 2
EXIT_INTERNAL = 3
EXIT_INTERRUPTED = 130

F = TypeVar("F", bound=Callable[..., Any])


@dataclass
class Project:
    """The project options, gathered from before and after the subcommand."""

    values: dict[str, Any] = field(default_factory=dict)

    def config(self) -> Config:
        root: Path | None = self.values.get("root")
        config = Config.load_explicit(root.resolve()) if root is not None else Config.load(find_root(Path.cwd()))
        spec: Path | None = self.values.get("spec")
        output: Path | None = self.values.get("output")
        return Config(
            config.root,
            spec.resolve() if spec is not None else config.spec_dir,
            output.resolve() if output is not None else config.output_dir,
            config.package,
            config.distribution,
        )

    def options(self, config: Config) -> pipeline.Options:
        from generator import pipeline

        return pipeline.Options.for_project(
            config, workers=self.values.get("jobs"), use_cache=not self.values.get("no_cache", False)
        )


def _remember(ctx: click.Context, param: click.Parameter, value: Any) -> None:
    """Store a project option given at this level; one given later (after the subcommand) replaces it."""
    if value is not None and value is not False and param.name is not None:
        ctx.ensure_object(Project).values[param.name] = value


def _complete_versions(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    from generator.spec.loader import list_versions

    try:
        config = ctx.ensure_object(Project).config()
    except ConfigError:
        return []
    return [CompletionItem(p.name) for p in list_versions(config.spec_dir) if p.name.startswith(incomplete)]


_PATH = click.Path(path_type=Path, file_okay=False)
_PROJECT_OPTIONS = (
    click.option(
        "--root",
        type=_PATH,
        callback=_remember,
        expose_value=False,
        help="Project folder with the [tool.graph-codegen] settings (default: the nearest one above the working "
        "directory).",
    ),
    click.option("--spec", type=_PATH, callback=_remember, expose_value=False, help="Spec folder (default: spec)."),
    click.option(
        "--output", type=_PATH, callback=_remember, expose_value=False, help="Output folder (default: generated)."
    ),
    click.option(
        "--jobs",
        type=click.IntRange(min=1),
        callback=_remember,
        expose_value=False,
        help="Worker processes (default: one per core).",
    ),
    click.option(
        "--no-cache",
        is_flag=True,
        callback=_remember,
        expose_value=False,
        help="Neither read nor write the cache in .cache/graph-codegen/.",
    ),
)


def project_options(command: F) -> F:
    for option in reversed(_PROJECT_OPTIONS):
        command = option(command)
    return command


def _project() -> Project:
    return click.get_current_context().ensure_object(Project)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="graph-codegen", message="%(prog)s %(version)s")
@project_options
def cli() -> None:
    """Generate a typed Graph API client package from the YAML spec."""


@cli.command()
@project_options
@click.option("--force", is_flag=True, help="Overwrite generated files that were edited by hand.")
def generate(force: bool) -> int:
    """Render the spec into the output folder, writing only what changed."""
    from generator import pipeline

    project = _project()
    config = project.config()
    check_output(config, explicit=project.values.get("output") is not None)
    result = pipeline.generate(config, project.options(config), force=force)
    click.echo(f"{display_path(config.output_dir)}: {result.files} files; {result.changes.summary()}")
    return EXIT_OK


@cli.command()
@project_options
def check() -> int:
    """Exit 1 if the output folder, the changelog or the editor schema is not what the commands would write."""
    from generator.changelog import stale_entries
    from generator.spec.editor_schema import SCHEMA_PATH, schema_text

    from generator import pipeline
    from generator.cache import Cache

    project = _project()
    config = project.config()
    options = project.options(config)
    changes = pipeline.check(config, options)
    schema = config.spec_dir / SCHEMA_PATH
    schema_stale = not schema.is_file() or schema.read_text(encoding="utf-8") != schema_text()
    changelog = stale_entries(config, Cache(options.cache_dir))
    if not changes.written and not changes.removed and not schema_stale and not changelog:
        click.echo(f"{display_path(config.output_dir)} is up to date")
        return EXIT_OK
    edited = set(changes.edited)
    for rel in changes.written:
        click.echo(f"{'edited by hand' if rel in edited else 'stale'}: {display_path(config.output_dir / rel)}")
    for rel in changes.removed:
        why = "edited by hand and no longer generated" if rel in edited else "no longer generated"
        click.echo(f"{why}: {display_path(config.output_dir / rel)}")
    if edited:
        extensions = display_path(config.output_dir / config.package / "extensions")
        click.echo(
            f"move hand-written code to {extensions}/ (see the README), then run `graph-codegen generate --force` "
            "to overwrite the edited files"
        )
    elif changes.written or changes.removed:
        click.echo("run `graph-codegen generate` to update it")
    if schema_stale:
        click.echo(f"stale: {display_path(schema)}; run `graph-codegen schema` to update it")
    for entry in changelog:
        click.echo(f"stale: {entry.describe()}; run `graph-codegen changelog {entry.new}` to update it")
    return EXIT_STALE


@cli.command()
@project_options
@click.argument("old", shell_complete=_complete_versions)
@click.argument("new", shell_complete=_complete_versions)
@click.option("--format", "fmt", type=click.Choice(["text", "markdown", "json"]), default="text", show_default=True)
@click.option(
    "--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True, help="Colour in text."
)
@click.option(
    "--fail-on", type=click.Choice(["ERR", "WARN"]), default=None, help="Exit 1 on a change of this level or worse."
)
def diff(old: str, new: str, fmt: str, color: str, fail_on: str | None) -> int:
    """List the API changes from OLD to NEW: each a version (v25.0), a spec folder, or REV:spec/v25.0."""
    from generator.diff import report
    from generator.diff.compare import compare
    from generator.diff.sources import load_side

    config = _project().config()
    changes = compare(load_side(config, old), load_side(config, new))
    if fmt == "json":
        click.echo(report.as_json(old, new, changes), nl=False)
    elif fmt == "markdown":
        click.echo(report.as_markdown(old, new, changes), nl=False)
    else:
        colour = color == "always" or (color == "auto" and sys.stdout.isatty() and not os.environ.get("NO_COLOR"))
        click.echo(report.as_text(old, new, changes, colour=colour), nl=False, color=colour)
    levels = {"ERR": ("ERR",), "WARN": ("ERR", "WARN")}.get(fail_on or "", ())
    return EXIT_STALE if any(c.level in levels for c in changes) else EXIT_OK


@cli.command()
@project_options
@click.argument("new")
@click.option(
    "--from", "old", default=None, shell_complete=_complete_versions, help="Version to copy (default: newest)."
)
@click.option(
    "--force",
    is_flag=True,
    help="Start NEW over from a fresh copy even if it was edited; the edited folder is moved aside, not deleted.",
)
def bump(new: str, old: str | None, force: bool) -> int:
    """Start Graph version NEW (like v26.0): copy the newest spec folder, regenerate, and add its changelog entry."""
    from generator.bump import bump as bump_version

    project = _project()
    config = project.config()
    check_output(config, explicit=project.values.get("output") is not None)
    bumped = bump_version(config, new, old, force=force)
    click.echo(f"{display_path(config.spec_dir / bumped.new)}: {bumped.spec} (from {bumped.old})")
    if bumped.moved_aside is not None:
        click.echo(f"your edited {bumped.new} was moved to {display_path(bumped.moved_aside)}")
    click.echo(f"{display_path(config.output_dir)}: {bumped.files} files; {bumped.changes.summary()}")
    click.echo(f"{display_path(config.output_dir / 'CHANGELOG.md')}: {bumped.changelog}")
    return EXIT_OK


@cli.command()
@project_options
@click.argument("version", required=False, shell_complete=_complete_versions)
def changelog(version: str | None) -> int:
    """Rewrite the changelog entry of VERSION (default: every version) from the current diff; nothing else."""
    from generator.changelog import refresh

    config = _project().config()
    state = refresh(config, version)
    click.echo(f"{display_path(config.output_dir / 'CHANGELOG.md')}: {state}")
    return EXIT_OK


@cli.command(name="import")
@project_options
@click.argument("src", type=click.Path(path_type=Path))
@click.option("--as", "as_version", default=None, help="The version folder to write (default: SRC/specs/version.txt).")
@click.option("--nodes", default=None, help="Comma-separated types to import, with every type they reference.")
def import_snapshot(src: Path, as_version: str | None, nodes: str | None) -> int:
    """Import a snapshot of Meta's machine-readable spec (a folder like api_specs/) into the spec folder."""
    from generator.importer.run import run_import

    names = [n.strip() for n in nodes.split(",") if n.strip()] if nodes is not None else None
    click.echo(run_import(src, _project().config().spec_dir, as_version, names).text())
    return EXIT_OK


@cli.command()
@project_options
@click.option("--stdout", is_flag=True, help="Print the schema instead of writing spec/graph-spec.schema.json.")
def schema(stdout: bool) -> int:
    """Write the JSON Schema of spec files, for editors."""
    from generator.spec.editor_schema import SCHEMA_PATH, schema_text

    text = schema_text()
    if stdout:
        click.echo(text, nl=False)
        return EXIT_OK
    target = _project().config().spec_dir / SCHEMA_PATH
    target.parent.mkdir(parents=True, exist_ok=True)
    if not target.exists() or target.read_text(encoding="utf-8") != text:
        target.write_text(text, encoding="utf-8")
    click.echo(f"wrote {display_path(target)}")
    return EXIT_OK


def _fail(message: str) -> int:
    click.echo(message, err=True)
    return EXIT_BAD_INPUT


def main(argv: Sequence[str] | None = None) -> int:
    try:
        code = cli.main(args=list(argv) if argv is not None else None, prog_name="graph-codegen", standalone_mode=False)
        return code if isinstance(code, int) else EXIT_OK
    except click.ClickException as exc:  # usage errors: click's message, exit 2
        exc.show()
        return exc.exit_code
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.Abort:  # Ctrl-C or end of input: the shell's convention for an interrupted command
        click.echo("aborted", err=True)
        return EXIT_INTERRUPTED
    except SpecError as exc:
        return _fail(exc.report())
    except (ConfigError, SideError, BumpError, ChangelogError, HandEditError) as exc:
        return _fail(f"error: {exc}")
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        return _fail(f"error: {where}{exc.strerror or exc}")
    except Exception as exc:  # noqa: BLE001 - the last line of defence against tracebacks (FormattingError too)
        if os.environ.get("GRAPH_CODEGEN_DEBUG"):
            raise
        click.echo(
            f"internal error: {type(exc).__name__}: {exc} (set GRAPH_CODEGEN_DEBUG=1 for details; please report it)",
            err=True,
        )
        return EXIT_INTERNAL


__all__ = ["cli", "main"]
