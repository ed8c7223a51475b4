"""Spec problems with their locations, collected so that every one can be reported at once."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, order=True)
class Location:
    file: str
    line: int  # 1-based
    column: int  # 1-based

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True, order=True)
class Problem:
    location: Location
    path: str
    message: str

    def __str__(self) -> str:
        where = f"{self.location} {self.path}" if self.path else str(self.location)
        # One problem, one line: a message never spans lines.
        message = " ".join(self.message.split())
        return f"{where}: {message}"


@dataclass
class Problems:
    """An accumulating list of spec problems."""

    items: list[Problem] = field(default_factory=list)

    def add(self, location: Location, path: str, message: str) -> None:
        self.items.append(Problem(location, path, message))

    def extend(self, other: Problems) -> None:
        self.items.extend(other.items)

    def __bool__(self) -> bool:
        return bool(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def sorted(self) -> list[Problem]:
        return sorted(set(self.items))


class SpecError(Exception):
    """Raised when the spec has problems; carries all of them."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s) in the spec")

    def report(self) -> str:
        lines = [str(p) for p in self.problems]
        count = len(self.problems)
        lines.append(f"{count} problem{'s' if count != 1 else ''} found; nothing was written.")
        return "\n".join(lines)


def display_path(path: Path) -> str:
    """A path as users should see it: relative to the working directory when it is below it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()
