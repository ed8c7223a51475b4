"""The generator's settings, from ``[tool.graph-codegen]`` in the project's pyproject.toml."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from generator.diagnostics import display_path
from generator.naming import identifier_problem


class ConfigError(Exception):
    pass


@dataclass(frozen=True)
class Config:
    root: Path
    spec_dir: Path
    output_dir: Path
    package: str  # the generated import package
    distribution: str  # the generated distribution's name

    @classmethod
    def load(cls, root: Path) -> Config:
        pyproject = root / "pyproject.toml"
        settings: dict[str, object] = {}
        if pyproject.is_file():
            try:
                data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
            except tomllib.TOMLDecodeError as exc:
                raise ConfigError(f"{pyproject}: {exc}") from None
            settings = data.get("tool", {}).get("graph-codegen", {})
        package = str(settings.get("package", "fbgraph"))
        why = identifier_problem(package)
        if why is not None:
            raise ConfigError(f"{pyproject}: [tool.graph-codegen] package: {why}")
        return cls(
            root=root,
            spec_dir=root / str(settings.get("spec_dir", "spec")),
            output_dir=root / str(settings.get("output_dir", "generated")),
            package=package,
            distribution=str(settings.get("distribution", package)),
        )

    @classmethod
    def load_explicit(cls, root: Path) -> Config:
        """The settings of the project folder a user named (``--root``): it must configure the generator."""
        pyproject = root / "pyproject.toml"
        if not root.is_dir():
            raise ConfigError(f"--root {root}: no such folder")
        config = cls.load(root)  # reports a pyproject.toml that is not TOML
        if not _configures_generator(pyproject):
            raise ConfigError(f"no [tool.graph-codegen] in {pyproject}; pass the project folder as --root")
        return config


def _configures_generator(pyproject: Path) -> bool:
    try:
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False
    tool = data.get("tool")
    return isinstance(tool, dict) and isinstance(tool.get("graph-codegen"), dict)


def find_root(start: Path) -> Path:
    """The nearest folder at or above ``start`` with a pyproject.toml that configures the generator."""
    for folder in (start, *start.parents):
        if _configures_generator(folder / "pyproject.toml"):
            return folder
    raise ConfigError(
        f"no [tool.graph-codegen] in a pyproject.toml above {start}; run inside the project or pass --root"
    )
