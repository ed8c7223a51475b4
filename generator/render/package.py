"""Plan the generated tree: one job per file, naming its template and the parts of the IR it renders.

Jobs refer to IR parts by position rather than carrying them, so that worker processes (which inherit the IR)
receive only small jobs, and so that a job's cache key is the digest of exactly the parts it reads.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from generator import contracts
from generator.cache import object_digest, sha256
from generator.ir import model as ir
from generator.render.environment import TEMPLATES_DIR, environment
from generator.render.models import render_model_classes
from generator.style import LINE_LENGTH

# The runtime, shared by every version, is plain Python copied into the package byte for byte.
RUNTIME_DIR = TEMPLATES_DIR / "package" / "_runtime"


def runtime_files() -> tuple[str, ...]:
    """The runtime's modules, as found in its source folder (no list to keep up to date by hand)."""
    return tuple(sorted(path.name for path in RUNTIME_DIR.glob("*.py") if path.is_file()))


MODEL_MODULE = "package/version/models/module.py.jinja"

Ref = tuple[Any, ...]  # ("package",), ("version", v), ("endpoints", v, m), ("models", v, m), ("value", x)


@dataclass(frozen=True)
class Job:
    path: str
    template: str  # relative to templates/; for a verbatim job, the file that is copied
    context: tuple[tuple[str, Ref], ...]
    verbatim: bool = False  # copied as it is: neither rendered nor formatted


def resolve(package: ir.PackageIR, ref: Ref) -> Any:
    kind = ref[0]
    if kind == "package":
        return package
    if kind == "value":
        return ref[1]
    version = package.versions[ref[1]]
    if kind == "version":
        return version
    if kind == "endpoints":
        return version.endpoint_modules[ref[2]]
    return version.model_modules[ref[2]]


def plan(package: ir.PackageIR) -> list[Job]:
    """Every file of the generated distribution, in a fixed order."""
    top = package.package
    whole: Ref = ("package",)
    jobs = [
        Job("pyproject.toml", "pyproject.toml.jinja", (("package", whole), ("line_length", ("value", LINE_LENGTH)))),
        Job("README.md", "README.md.jinja", (("package", whole),)),
        Job(f"{top}/__init__.py", "package/__init__.py.jinja", (("package", whole),)),
        Job(f"{top}/py.typed", "package/py.typed.jinja", ()),
        Job(f"{top}/testing.py", "package/testing.py.jinja", (("package", whole),)),
    ]
    jobs += [Job(f"{top}/_runtime/{name}", f"package/_runtime/{name}", (), verbatim=True) for name in runtime_files()]
    for v, version in enumerate(package.versions):
        base = f"{top}/{version.module}"
        this: Ref = ("version", v)
        for name in contracts.VERSION_MODULES:
            jobs.append(Job(f"{base}/{name}.py", f"package/version/{name}.py.jinja", (("version", this),)))
        for m, endpoints in enumerate(version.endpoint_modules):
            jobs.append(
                Job(f"{base}/{endpoints.name}.py", "package/version/node.py.jinja", (("module", ("endpoints", v, m)),))
            )
        jobs.append(Job(f"{base}/models/__init__.py", "package/version/models/__init__.py.jinja", (("version", this),)))
        jobs.append(Job(f"{base}/models/_refs.py", "package/version/models/_refs.py.jinja", (("version", this),)))
        for m, module in enumerate(version.model_modules):
            context = (
                ("package_name", ("value", top)),
                ("version_module", ("value", version.module)),
                ("module", ("models", v, m)),
            )
            jobs.append(Job(f"{base}/models/{module.name}.py", MODEL_MODULE, context))
    return jobs


def render(package: ir.PackageIR, job: Job) -> str:
    """The unformatted text of one file."""
    if job.verbatim:
        return (TEMPLATES_DIR / job.template).read_text(encoding="utf-8")
    context = {name: resolve(package, ref) for name, ref in job.context}
    env = environment()
    if job.template == MODEL_MODULE:
        module: ir.ModelModule = context["module"]
        header = env.get_template("package/version/models/_header.py.jinja").render(module=module).rstrip("\n")
        classes = render_model_classes(module, context["package_name"], context["version_module"], header)
        return env.get_template(MODEL_MODULE).render(classes=classes.rstrip("\n"), module=module)
    return env.get_template(job.template).render(**context)


class Digests:
    """Digests of IR parts for job cache keys: each module once, versions and the package from their parts."""

    def __init__(self, package: ir.PackageIR) -> None:
        self.package = package
        self._memo: dict[Ref, str] = {}

    def of(self, ref: Ref) -> str:
        found = self._memo.get(ref)
        if found is None:
            found = self._memo[ref] = self._compute(ref)
        return found

    def _compute(self, ref: Ref) -> str:
        if ref[0] == "value":
            return sha256(repr(ref[1]))
        value = resolve(self.package, ref)
        # Every field of the part is digested, so a field added to the IR can never be left out of the key.
        # Parts that are jobs of their own (modules) are digested once and their digests reused.
        parts: list[str] = [type(value).__name__]
        for item in dataclasses.fields(value):
            children = self._children(ref, item.name)
            if children is None:
                parts += [item.name, object_digest(getattr(value, item.name))]
            else:
                parts += [item.name, *(self.of(child) for child in children)]
        return sha256(*parts)

    def _children(self, ref: Ref, name: str) -> list[Ref] | None:
        """The parts of ``ref``'s field ``name`` that have digests of their own, or None."""
        if ref[0] == "package" and name == "versions":
            return [("version", v) for v in range(len(self.package.versions))]
        if ref[0] == "version":
            version = self.package.versions[ref[1]]
            if name == "endpoint_modules":
                return [("endpoints", ref[1], m) for m in range(len(version.endpoint_modules))]
            if name == "model_modules":
                return [("models", ref[1], m) for m in range(len(version.model_modules))]
        return None

    def job_key(self, job: Job, code: str) -> str:
        return sha256(code, job.path, job.template, *(f"{name}={self.of(ref)}" for name, ref in job.context))
