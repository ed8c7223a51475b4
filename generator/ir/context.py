"""What the IR stages of one version share: where each thing is written, the class names taken, the modules."""

from __future__ import annotations

from dataclasses import dataclass, field

from generator import contracts
from generator.diagnostics import Location, Problems
from generator.ir import model as ir
from generator.naming import identifier_problem, snake_case
from generator.spec.loader import LoadedVersion, TypeEntry
from generator.spec.yaml_source import PathKey


@dataclass
class ModuleParts:
    """A models module being assembled: the node or struct it is named after and what belongs to it."""

    name: str
    primary: str  # class name of the node or struct the module is named after
    graph_name: str  # its Graph name
    models: list[ir.ModelDef] = field(default_factory=list)
    enums: list[ir.EnumDef] = field(default_factory=list)
    unions: list[ir.UnionDef] = field(default_factory=list)


@dataclass(frozen=True)
class Site:
    """Where a type is written, for naming its inline parts and for reporting problems."""

    entry: TypeEntry
    path: PathKey
    source: str

    def at(self, *more: str | int) -> Site:
        return Site(self.entry, (*self.path, *more), self.source)

    @property
    def location(self) -> Location:
        return self.entry.doc.location(self.path)


class BuildContext:
    def __init__(self, loaded: LoadedVersion, problems: Problems) -> None:
        self.loaded = loaded
        self.problems = problems
        self.modules: dict[str, ModuleParts] = {}
        # Every class name of the version, with where it was defined: names are imported bare, so they are unique.
        self.class_names: dict[str, Location] = {}
        self.type_modules = {name: snake_case(name) for name in loaded.types}
        # Graph name -> Python class name: the same unless the type file says 'class_name'.
        self.type_classes = {name: entry.facts.class_name for name, entry in loaded.types.items()}

    def problem(self, site: Site, message: str) -> None:
        self.problems.add(site.location, ".".join(str(p) for p in site.path), message)

    def claim_class(self, name: str, site: Site, advice: str = "") -> bool:
        why = identifier_problem(name)
        if why is not None:
            self.problem(site, f"class name {why}{advice}")
            return False
        if name in contracts.reserved_class_names():
            self.problem(
                site, f"class name {name!r} is taken by the generated runtime or a module that imports it{advice}"
            )
            return False
        first = self.class_names.get(name)
        if first is not None:
            self.problem(site, f"class name {name!r} is already used (at {first}){advice}")
            return False
        self.class_names[name] = site.location
        return True

    def module_of(self, entry: TypeEntry) -> ModuleParts:
        name = self.type_modules[entry.name]
        parts = self.modules.get(name)
        if parts is None:
            parts = self.modules[name] = ModuleParts(name, self.type_classes[entry.name], entry.name)
        return parts
