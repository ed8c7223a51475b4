"""The JSON Schema that editors use to check spec files as they are typed."""

from __future__ import annotations

import json

from pydantic import TypeAdapter

from generator.spec.schema import SCHEMA_FILE, ErrorsFile, TypeFile, VersionFile

SCHEMA_PATH = SCHEMA_FILE


def schema_text() -> str:
    adapter: TypeAdapter[VersionFile | ErrorsFile | TypeFile] = TypeAdapter(VersionFile | ErrorsFile | TypeFile)
    schema = adapter.json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "graph-api-codegen spec file"
    schema["description"] = (
        "One file of a spec version folder: version.yaml, errors.yaml, or a node or struct file. "
        "Types are written in the Graph reference's vocabulary."
    )
    return json.dumps(schema, indent=2, sort_keys=True) + "\n"
