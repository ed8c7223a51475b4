"""Record what one step of the IR build read from the version-wide tables and what it wrote, to replay it later.

A step (one type's enums, its models, or its endpoint module) reads shared tables (class names claimed so far, the
enums and models other types declared, which types exist) and writes to them. Its journal keeps the first value it
saw for every key it read, before any write of its own, and every write in order. Replaying the journal where every
one of those reads gives the same value again leaves the tables exactly as running the step would: the step is a
function of its own file (part of the cache key) and of what it read.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass, field
from typing import Any

from generator.diagnostics import Problem


@dataclass(frozen=True)
class Absent:
    """What a read of a missing key saw (every instance is equal, so it survives pickling)."""


ABSENT = Absent()
# The key under which a read of a whole table (its set of keys) is recorded.
EVERY_KEY = ("<every key>",)


@dataclass
class Journal:
    reads: dict[tuple[str, Hashable], Any] = field(default_factory=dict)
    writes: list[tuple[str, Hashable, Any]] = field(default_factory=list)
    problems: tuple[Problem, ...] = ()
    result: Any = None  # what the step returned
    # Keys this step wrote (reads of them after that are the step's own doing) and, of those, the new ones.
    written: set[tuple[str, Hashable]] = field(default_factory=set)
    added: dict[str, set[Hashable]] = field(default_factory=dict)

    def for_storing(self) -> Journal:
        return Journal(self.reads, self.writes, self.problems, self.result)


class Ledger:
    """The journal being written, if any; shared by every recording table of one build."""

    def __init__(self) -> None:
        self.current: Journal | None = None


class RecordingDict(dict[Any, Any]):
    """A dict that tells the ledger's current journal about every read and write.

    ``seen`` maps a value to what a read records of it (e.g. only that a key exists).
    """

    def __init__(
        self,
        table: str,
        ledger: Ledger,
        initial: dict[Any, Any] | None = None,
        seen: Callable[[Any], Any] | None = None,
    ) -> None:
        super().__init__(initial or {})
        self.table = table
        self.ledger = ledger
        self.seen = seen

    def observe(self, key: Hashable) -> Any:
        """What a read of ``key`` sees now, as the journal records it."""
        if key == EVERY_KEY:
            return frozenset(dict.keys(self))
        value = dict.get(self, key, ABSENT)
        return value if value is ABSENT or self.seen is None else self.seen(value)

    def _read(self, key: Hashable) -> None:
        journal = self.ledger.current
        if journal is None:
            return
        slot = (self.table, key)
        if slot not in journal.written and slot not in journal.reads:
            journal.reads[slot] = self.observe(key)

    def _read_all(self) -> None:
        journal = self.ledger.current
        if journal is None:
            return
        slot = (self.table, EVERY_KEY)
        if slot not in journal.reads:
            journal.reads[slot] = frozenset(dict.keys(self)) - journal.added.get(self.table, set())

    def get(self, key: Any, default: Any = None) -> Any:
        self._read(key)
        return dict.get(self, key, default)

    def __getitem__(self, key: Any) -> Any:
        self._read(key)
        return dict.__getitem__(self, key)

    def __contains__(self, key: object) -> bool:
        self._read(key)
        return dict.__contains__(self, key)

    def __iter__(self) -> Iterator[Any]:
        self._read_all()
        return dict.__iter__(self)

    def keys(self) -> Any:
        self._read_all()
        return dict.keys(self)

    def values(self) -> Any:
        self._read_every_value()
        return dict.values(self)

    def items(self) -> Any:
        self._read_every_value()
        return dict.items(self)

    def _read_every_value(self) -> None:
        if self.ledger.current is not None:
            self._read_all()
            for key in dict.keys(self):
                self._read(key)

    def __setitem__(self, key: Any, value: Any) -> None:
        journal = self.ledger.current
        if journal is not None:
            slot = (self.table, key)
            if slot not in journal.written:
                journal.written.add(slot)
                if not dict.__contains__(self, key):
                    journal.added.setdefault(self.table, set()).add(key)
            journal.writes.append((self.table, key, value))
        dict.__setitem__(self, key, value)

    def replay(self, key: Any, value: Any) -> None:
        dict.__setitem__(self, key, value)


class RecordingSet(RecordingDict):
    """A set kept as a recording dict of keys to True."""

    def add(self, key: Any) -> None:
        self[key] = True
