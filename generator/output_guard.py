"""Which folders the generator may write its output into; checked before anything is touched.

The writer replaces the whole output folder, carrying over what is not its own. Pointed at the wrong folder (a
typo in ``--output``, a bad ``output_dir`` setting) that is still the wrong place for a generated package, so
some folders are refused outright, each refusal naming the rule it breaks.
"""

from __future__ import annotations

from pathlib import Path

from generator.config import Config, ConfigError
from generator.diagnostics import display_path
from generator.writing import MANIFEST, digest, read_manifest


class OutputRefused(ConfigError):
    pass


def _within(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _foreign_pyproject(output: Path) -> bool:
    """A pyproject.toml in the output folder that the generator's manifest does not list with this content."""
    pyproject = output / "pyproject.toml"
    if not pyproject.exists() and not pyproject.is_symlink():
        return False
    if pyproject.is_symlink() or not pyproject.is_file():
        return True
    try:
        text = pyproject.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return True
    return read_manifest(output).get("pyproject.toml") != digest(text)


def refusal(config: Config, *, explicit: bool) -> str | None:
    """Why ``config.output_dir`` must not be written to; None when it may be.

    ``explicit``: the folder was given on the command line, so it may be outside the project."""
    output = config.output_dir.resolve()
    root = config.root.resolve()
    spec = config.spec_dir.resolve()
    if _within(root, output):
        return "the output folder must not be the project root or a folder that contains it"
    if _within(spec, output):
        return "the output folder must not hold the spec folder"
    if _within(output, spec):
        return "the output folder must not be inside the spec folder"
    if ".git" in output.parts:
        return "the output folder must not be inside a .git folder"
    if (output / ".git").exists() or (output / ".git").is_symlink():
        return "the output folder must not hold a .git folder"
    if _foreign_pyproject(output):
        return (
            f"the output folder must not hold a pyproject.toml the generator did not write (its {MANIFEST} does not"
            " list it; restore the manifest or remove that file if it is the generated one)"
        )
    if not explicit and not _within(output, root):
        return "the output folder must be inside the project unless it is given explicitly with --output"
    return None


def check_output(config: Config, *, explicit: bool) -> None:
    """Raise OutputRefused, naming the rule, if the output folder may not be written to."""
    why = refusal(config, explicit=explicit)
    if why is not None:
        raise OutputRefused(f"refusing to write to {display_path(config.output_dir)}: {why}")
