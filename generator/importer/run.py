"""The import command: read a snapshot, convert it, write a new version folder or merge into an existing one."""

from __future__ import annotations

import difflib
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from ruamel.yaml.comments import CommentedMap

from generator.config import ConfigError
from generator.diagnostics import Location, Problems, SpecError, display_path
from generator.importer import yamlio
from generator.importer.convert import Converter, Imported, Stats
from generator.importer.merge import MergeResult, Merger
from generator.importer.snapshot import Snapshot, read_snapshot
from generator.naming import snake_case
from generator.spec.loader import load_version

CODEGEN_URL = "https://github.com/facebook/facebook-business-sdk-codegen"


@dataclass
class ImportReport:
    version: str
    target: Path
    source_id: str
    stats: Stats
    created_folder: bool
    new_files: int = 0
    changed_files: int = 0
    added: int = 0
    disagreements: list[str] = field(default_factory=list)

    def text(self) -> str:
        s = self.stats
        lines = [
            f"{display_path(self.target)}: imported {self.version} as source {self.source_id!r}",
            f"  types: {s.types} ({s.nodes} nodes, {s.structs} structs); fields: {s.fields}; operations: "
            f"{s.operations}; parameters: {s.params}; enums: {s.enums} ({s.enum_values} values)"
            + (f", {s.enum_duplicates} more identical to one of these, declared once" if s.enum_duplicates else ""),
        ]
        if self.created_folder:
            lines.append(f"  files: {self.new_files} written (a new version folder)")
        else:
            lines.append(
                f"  files: {self.new_files} new, {self.changed_files} changed; {self.added} facts added to existing files"
            )
        left = sum(s.left.values())
        lines.append(f"  left for a person: {left}")
        lines.extend(f"    {count} {kind}" for kind, count in sorted(s.left.items()))
        lines.append(f"  disagreements with hand-written facts (ours kept): {len(self.disagreements)}")
        lines.extend(f"    {d}" for d in self.disagreements)
        return "\n".join(lines)


def _fail(where: Path | str, message: str) -> Exception:
    """A located error for a file; an option's error names the option."""
    if isinstance(where, str):
        return ConfigError(f"{where}: {message}")
    problems = Problems()
    problems.add(Location(display_path(where), 1, 1), "", message)
    return SpecError(problems.sorted())


def source_id_for(snapshot: Snapshot) -> str:
    commit = re.sub(r"[^A-Za-z0-9]", "", snapshot.commit or "")[:12]
    return f"meta-api-specs-{commit}" if commit else "meta-api-specs"


def run_import(
    src: Path, spec_dir: Path, as_version: str | None = None, nodes: list[str] | None = None
) -> ImportReport:
    """Import ``src`` into ``spec_dir/<version>``. Raises SpecError (nothing written) on bad input."""
    problems = Problems()
    snapshot = read_snapshot(src, problems)
    if snapshot is None:
        raise SpecError(problems.sorted())
    version = as_version or snapshot.version
    if version is None:
        raise _fail(src / "specs" / "version.txt", "no version given: pass --as vX.Y")
    if not re.fullmatch(r"v[0-9]+\.[0-9]+", version):
        raise _fail("--as", f"{version!r} is not a version like v25.0")
    if nodes is not None:
        if not nodes:
            raise _fail("--nodes", "no type names given")
        for name in nodes:
            if name not in snapshot.types:
                close = difflib.get_close_matches(name, list(snapshot.types), n=1)
                hint = f"; did you mean {close[0]!r}?" if close else ""
                raise _fail("--nodes", f"{name!r} is not a type of the snapshot{hint}")
    source_id = source_id_for(snapshot)
    converter = Converter(snapshot, source_id, problems)
    target = spec_dir / version
    # With --nodes, the types the folder already has are brought up to date as well (their fields).
    present = [t for t in snapshot.types if (target / f"{snake_case(t)}.yaml").is_file()] if nodes else []
    full, fields_only = converter.select(nodes, present)
    imported = converter.convert(full, fields_only)
    if problems:
        raise SpecError(problems.sorted())
    report = ImportReport(version, target, source_id, imported.stats, created_folder=not target.exists())
    if report.created_folder:
        files = _new_folder(imported, snapshot, version, source_id)
        _write_folder(target, files)
        report.new_files = len(files)
        return report
    if not target.is_dir():
        raise _fail(target, "exists but is not a folder")
    # Merge only into a folder the loader accepts: a broken hand-written file is reported, never overwritten.
    load_version(target, problems)
    if problems:
        raise SpecError(problems.sorted())
    merged = Merger(target, imported, source_id).run()
    _add_source(target, snapshot, source_id, merged)
    for path, text in sorted(merged.files.items()):
        _write_atomic(path, text)
    report.new_files = merged.new_files
    report.changed_files = len(merged.files) - merged.new_files
    report.added = merged.added
    report.disagreements = sorted(merged.disagreements, key=_by_location)
    return report


def _by_location(line: str) -> tuple[str, int, int]:
    where = line.split(" ", 1)[0].rsplit(":", 2)
    return (where[0], int(where[1]), int(where[2])) if len(where) == 3 and where[1].isdigit() else (line, 0, 0)


def _source_entry(snapshot: Snapshot) -> dict[str, str]:
    commit = snapshot.commit or "unknown"
    return {
        "title": f"Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit {commit}",
        "url": CODEGEN_URL,
        "note": "Imported with graph-codegen import. It has no descriptions or error codes, and names the SDK "
        "class a POST or DELETE reads back rather than the shape Graph answers with.",
    }


def _new_folder(imported: Imported, snapshot: Snapshot, version: str, source_id: str) -> dict[str, str]:
    files = {f"{snake_case(name)}.yaml": yamlio.new_file(data) for name, data in imported.types.items()}
    files["version.yaml"] = yamlio.new_file(
        {
            "graph_version": version,
            "description": f"Graph API {version} as Meta's machine-readable Marketing API spec describes it.",
            "sources": {source_id: _source_entry(snapshot)},
        }
    )
    errors = CommentedMap(codes=CommentedMap())
    errors.yaml_set_start_comment(
        f"{yamlio.SCHEMA_COMMENT}\nMeta's data lists no error codes; the catalogue is left for a person."
    )
    files["errors.yaml"] = yamlio.dump(errors)
    return files


def _add_source(target: Path, snapshot: Snapshot, source_id: str, merged: MergeResult) -> None:
    path = target / "version.yaml"
    doc = yamlio.load(path)
    if not isinstance(doc, CommentedMap) or not isinstance(doc.get("sources"), CommentedMap):
        raise _fail(path, "expected a version file with 'sources'")
    if source_id in doc["sources"]:
        return
    doc["sources"][source_id] = yamlio.styled(_source_entry(snapshot))
    merged.files[path] = yamlio.dump(doc)


def _write_folder(target: Path, files: dict[str, str]) -> None:
    """All files appear at once: they are written beside the target and the folder is renamed into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        for name, text in files.items():
            (stage / name).write_text(text, encoding="utf-8")
        os.rename(stage, target)
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise


def _write_atomic(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
