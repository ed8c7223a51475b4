"""The goal table: each row is our figure, the peer's figure from the same run, the value compared with the
goal (a ratio, or an absolute figure where the goal is absolute), and whether the goal is met."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    figure: str
    ours: str
    peer: str  # the peer's figure, "-" where the goal is absolute
    value: float
    goal: float
    unit: str  # "x" for a ratio, else the unit of an absolute value ("s", "ms")

    @property
    def met(self) -> bool:
        return self.value <= self.goal

    def cells(self) -> tuple[str, str, str, str, str, str]:
        value = f"{self.value:.2f}x" if self.unit == "x" else f"{self.value:.{_digits(self.unit)}f} {self.unit}"
        goal = f"<= {self.goal:g}{'x' if self.unit == 'x' else ' ' + self.unit}"
        return self.figure, self.ours, self.peer, value, goal, "met" if self.met else "missed"


@dataclass(frozen=True)
class Skipped:
    figure: str
    reason: str


def _digits(unit: str) -> int:
    return 1 if unit == "ms" else 2


def seconds(value: float) -> str:
    return f"{value:.2f} s"


def millis(value: float) -> str:
    return f"{value * 1000:.1f} ms"


HEADINGS = ("figure", "ours", "peer", "value", "goal", "")


def render(rows: list[Row | Skipped]) -> str:
    cells = [row.cells() for row in rows if isinstance(row, Row)]
    widths = [max(len(line[i]) for line in [HEADINGS, *cells]) for i in range(len(HEADINGS))]
    lines = ["  ".join(text.ljust(width) for text, width in zip(HEADINGS, widths)).rstrip()]
    for row in rows:
        if isinstance(row, Skipped):
            lines.append(f"{row.figure.ljust(widths[0])}  skipped: {row.reason}")
        else:
            lines.append("  ".join(text.ljust(width) for text, width in zip(row.cells(), widths)).rstrip())
    return "\n".join(lines)
