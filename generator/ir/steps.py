"""Run each type's steps of the IR build, or replay them from the cache when nothing they read has changed.

A version's IR is built in three passes over its types (enums, then models, then endpoint modules), each step
reading and writing version-wide tables (``generator.ir.journal``). Every step is recorded; its journal is cached
under the type file's content and the version-wide inputs (version.yaml, errors.yaml, the files that could not be
read). On the next run a step whose every read still sees the same value is replayed instead of run, so an edit
costs the steps of the edited file and of the types that read something it changed. Replayed steps never read
their file's document, which the loader then leaves unread.
"""

from __future__ import annotations

import dataclasses
import pickle
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from generator.cache import Cache, code_digest, sha256
from generator.diagnostics import Problems
from generator.ir import model as ir
from generator.ir.context import ModuleParts
from generator.ir.journal import ABSENT, Journal, Ledger, RecordingDict, RecordingSet
from generator.ir.types import TypeResolver
from generator.spec.loader import LoadedVersion, TypeEntry, unpickle

T = TypeVar("T")

PASSES = 3  # enums, models, endpoint modules
_PARTS = "parts"  # the journal's name for a type's own models module


def _present(_: object) -> bool:
    return True


def recording(loaded: LoadedVersion, ledger: Ledger) -> LoadedVersion:
    """``loaded`` with its table of types recording which names a step asked about (not their documents)."""
    return dataclasses.replace(loaded, types=RecordingDict("types", ledger, loaded.types, seen=_present))


def _model_facts(model: ir.ModelDef) -> tuple[str, str, str, bool]:
    """What a step reads of another type's model (``OperationBuilder``: what a call selects, whether a POST creates
    a node): recorded instead of the whole model, so that editing a model's fields or descriptions replays the
    steps of the types that return it."""
    return model.kind, model.graph_name, model.selector.class_name, bool(model.selector.members)


def _parts_state(parts: ModuleParts | None) -> Any:
    if parts is None:
        return ABSENT
    return (parts.primary, parts.graph_name, tuple(parts.models), tuple(parts.enums), tuple(parts.unions))


@dataclass
class StepCounts:
    run: int = 0
    replayed: int = 0


class Steps:
    """Runs steps for one version, replaying cached journals where they still hold."""

    def __init__(self, types: TypeResolver, ledger: Ledger, cache: Cache | None, counts: StepCounts) -> None:
        self.types = types
        self.ledger = ledger
        self.cache = cache if cache is not None and cache.root is not None else None
        self.tables: dict[str, RecordingDict] = {}
        seen = {"models_by_name": _model_facts}
        for name in (
            "class_names",
            "type_modules",
            "type_classes",
            "enum_scopes",
            "global_enums",
            "enum_values",
            "models_by_name",
            "field_sites",
        ):
            table = RecordingDict(name, ledger, getattr(types, name), seen=seen.get(name))
            setattr(types, name, table)
            self.tables[name] = table
        broken = RecordingSet("broken_enums", ledger, {key: True for key in types.broken_enums})
        types.broken_enums = broken  # type: ignore[assignment]
        self.tables["broken_enums"] = broken
        self.tables["types"] = types.loaded.types  # type: ignore[assignment]
        self.context = self._context_digest(types.loaded)
        self.previous: dict[str, list[Journal | None]] = {}
        self.journals: dict[str, list[Journal | None]] = {}
        self.counts = counts

    @staticmethod
    def _context_digest(loaded: LoadedVersion) -> str:
        """What every step may read besides its own file and the tables: version.yaml, errors.yaml, the folder's
        unreadable files (a name in one of them is reported differently), and the generator itself."""
        docs = [(d.file, d.data, d.positions) for d in (loaded.version_doc, loaded.errors_doc)]
        return sha256(code_digest(), loaded.graph_version, pickle.dumps((docs, sorted(loaded.broken)), protocol=5))

    def _key(self, entry: TypeEntry) -> str:
        return sha256("ir steps", self.context, entry.digest)

    def load(self) -> None:
        """Read the journals the last run left for these type files."""
        if self.cache is None:
            return
        for name, entry in dict.items(self.types.loaded.types):
            if not entry.digest:
                continue
            journals = unpickle(self.cache.get("ir-steps", self._key(entry)), list)
            if journals is not None and len(journals) == PASSES and all(isinstance(j, Journal) for j in journals):
                self.previous[name] = journals

    def store(self) -> None:
        """Keep the journals of every type with a step that ran (the others are cached as they are)."""
        if self.cache is None:
            return
        for name, journals in self.journals.items():
            entry = dict.__getitem__(self.types.loaded.types, name)
            earlier = self.previous.get(name) or [None] * PASSES
            if not entry.digest or all(new is old for new, old in zip(journals, earlier)):
                continue
            if all(j is not None for j in journals):
                self.cache.put("ir-steps", self._key(entry), pickle.dumps(journals, protocol=5))

    def run(self, entry: TypeEntry, index: int, step: Callable[[TypeEntry], T]) -> T:
        journals = self.journals.setdefault(entry.name, [None] * PASSES)
        module = dict.__getitem__(self.types.type_modules, entry.name)
        earlier = self.previous.get(entry.name)
        if earlier is not None and earlier[index] is not None:
            journal = earlier[index]
            assert journal is not None
            if self._holds(journal):
                self._replay(journal)
                journals[index] = journal
                self.counts.replayed += 1
                return journal.result  # type: ignore[no-any-return]
        self.counts.run += 1
        problems: Problems = self.types.problems
        if self.cache is None:
            return step(entry)
        before = _parts_state(self.types.modules.get(module))
        count = len(problems)
        journal = Journal()
        self.ledger.current = journal
        try:
            result = step(entry)
        finally:
            self.ledger.current = None
        journal.reads[(_PARTS, module)] = before
        journal.writes.append((_PARTS, module, _parts_state(self.types.modules.get(module))))
        journal.problems = tuple(problems.items[count:])
        journal.result = result
        journals[index] = journal.for_storing()
        return result

    def _now(self, table: str, key: Any) -> Any:
        if table == _PARTS:
            return _parts_state(self.types.modules.get(key))
        return self.tables[table].observe(key)

    def _holds(self, journal: Journal) -> bool:
        return all(self._now(table, key) == seen for (table, key), seen in journal.reads.items())

    def _replay(self, journal: Journal) -> None:
        for table, key, value in journal.writes:
            if table != _PARTS:
                self.tables[table].replay(key, value)
                continue
            module = str(key)
            if value == ABSENT:
                self.types.modules.pop(module, None)
            else:
                primary, graph_name, models, enums, unions = value
                parts = ModuleParts(module, primary, graph_name, list(models), list(enums), list(unions))
                self.types.modules[module] = parts
        self.types.problems.items.extend(journal.problems)
