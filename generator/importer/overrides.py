"""Apply ``SDKCodegen.json``: the corrections Meta's own SDK generator makes to the spec files.

``spec_overriding`` addresses facts with a small JSONPath dialect; the forms Meta uses are supported and any
other is reported, so an override is never skipped unnoticed. ``enum_overriding`` replaces an enum's values.
``flags`` and ``read_endpoints`` steer how Meta's SDKs are written, not what Graph accepts, so they are not facts.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from generator.diagnostics import Location, Problems, display_path
from generator.importer.snapshot import MetaApi, MetaField, MetaParam, MetaType, Snapshot

_API = r"\$\.apis\[\?\(@\.method=='(?P<method>[A-Z]+)' && @\.endpoint=='(?P<endpoint>[A-Za-z0-9_]*)'\)\]"
_PARAM = r"(?:\.params|\['params'\])\[\?\(@\.name=='(?P<param>[^']+)'\)\]"
_FIELD = re.compile(r"\$\.fields\[\?\(@\.name=='(?P<field>[^']+)'\)\]")
_API_RE = re.compile(_API)
_API_PARAM_RE = re.compile(_API + _PARAM)

# Keys that change a fact; the others are notes for a reader of the spec.
_FILE_KEYS = ("is_file_param",)


def _note(key: str, value: Any) -> str:
    return f"SDKCodegen.json sets {key}: {str(value).lower() if isinstance(value, bool) else value}"


def apply_overrides(snapshot: Snapshot, path: Path, data: Any, problems: Problems) -> None:
    shown = display_path(path)
    if not isinstance(data, dict):
        problems.add(Location(shown, 1, 1), "", "expected an object")
        return
    spec = data.get("spec_overriding", {})
    if not isinstance(spec, dict):
        problems.add(Location(shown, 1, 1), "spec_overriding", "expected an object")
        spec = {}
    for type_name, paths in spec.items():
        where = f"spec_overriding.{type_name}"
        target = snapshot.types.get(type_name)
        if target is None or not isinstance(paths, dict):
            problems.add(
                Location(shown, 1, 1), where, "no such type in specs/" if target is None else "expected an object"
            )
            continue
        for jsonpath, changes in paths.items():
            if not isinstance(changes, dict):
                problems.add(Location(shown, 1, 1), f"{where}.{jsonpath}", "expected an object")
                continue
            message = _apply_one(target, jsonpath, changes)
            if message:
                problems.add(Location(shown, 1, 1), f"{where}[{jsonpath!r}]", message)
    enums = data.get("enum_overriding", {})
    for enum_name, change in enums.items() if isinstance(enums, dict) else ():
        # Addressed by the enum's name or, as Meta's generator does, by '<Node>_<field or parameter>'.
        matches = [e for e in snapshot.enums.values() if enum_name in (e.name, f"{e.node}_{e.field_or_param}")]
        values = change.get("values") if isinstance(change, dict) else None
        if not matches or not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            why = "no such enum in specs/enum_types.json" if not matches else "expected {values: [strings]}"
            problems.add(Location(shown, 1, 1), f"enum_overriding.{enum_name}", why)
            continue
        for enum in matches:
            enum.values = list(dict.fromkeys(values))
            enum.overridden = True


def _apply_one(target: MetaType, jsonpath: str, changes: dict[str, Any]) -> str | None:
    if jsonpath == "$":
        target.override_notes.extend(_note(k, v) for k, v in changes.items())
        return None
    match = _FIELD.fullmatch(jsonpath)
    if match:
        field = next((f for f in target.fields if f.name == match["field"]), None)
        if field is None:
            return f"{target.name} has no field {match['field']!r}"
        _change(field, changes)
        return None
    match = _API_PARAM_RE.fullmatch(jsonpath) or _API_RE.fullmatch(jsonpath)
    if match is None:
        return "unsupported path; expected $, $.fields[?(@.name=='x')] or $.apis[?(@.method=='M' && @.endpoint=='e')]"
    api = _find_api(target, match["method"], match["endpoint"])
    if api is None:
        return f"{target.name} has no {match['method']} {match['endpoint']!r}"
    if "param" not in match.groupdict() or match["param"] is None:
        _change(api, changes)
        return None
    param = next((p for p in api.params if p.name == match["param"]), None)
    if param is None:
        return f"{target.name} {match['method']} {match['endpoint']!r} has no parameter {match['param']!r}"
    _change(param, changes)
    return None


def _find_api(target: MetaType, method: str, endpoint: str) -> MetaApi | None:
    return next((a for a in target.apis if a.method == method and a.endpoint == endpoint), None)


def _change(element: MetaField | MetaParam | MetaApi, changes: dict[str, Any]) -> None:
    for key, value in changes.items():
        # Every override is noted where it applies, including those that change the fact, so a reader sees why.
        element.override_notes.append(_note(key, value))
        if key == "type" and isinstance(value, str) and not isinstance(element, MetaApi):
            element.type = value
        elif key == "return" and isinstance(value, str) and isinstance(element, MetaApi):
            element.returns = value
        elif key in _FILE_KEYS and value is True and isinstance(element, MetaParam):
            element.file_param = True
