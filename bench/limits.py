"""Generation at the spec reader's limits: wall time and peak memory of `python3 -m generator generate`.

    python3 -m bench.limits

Each row is one spec at (or, for input that can only be refused, past) one limit, generated from a cold start
with no cache. The target is under 10 s and 300 MB per row; the figures are reported, not asserted.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from generator.spec.typeexpr import MAX_TYPE_DEPTH
from generator.spec.yaml_source import MAX_DEPTH, MAX_FILE_BYTES, MAX_ITEMS, MAX_VALUES, _Loader
from tests.helpers import spec_files, write_project

ROOT = Path(__file__).resolve().parent.parent
HEAD = "node: Widget\nsource: test\ncoverage: minimal\nfields:\n  id: {type: numeric string}\n"


def _nested_types() -> dict[str, str]:
    depth = MAX_TYPE_DEPTH
    kinds = {
        "deep_list": "list<" * depth + "string" + ">" * depth,
        "deep_map": "map<string, " * depth + "string" + ">" * depth,
        "deep_struct": "Struct {a: " * depth + "string" + "}" * depth,
    }
    return {"widget.yaml": HEAD + "".join(f'  {name}: {{type: "{text}"}}\n' for name, text in kinds.items())}


def _most_fields() -> dict[str, str]:
    fields = "".join(f"  field_{i}: {{type: string, description: Field {i}.}}\n" for i in range(MAX_ITEMS - 1))
    return {"widget.yaml": HEAD + fields}


def _most_values() -> dict[str, str]:
    """Fields, enums and values up to just under the per-file budget, each mapping within its own limit."""
    fields = "".join(f"  field_{i}: {{type: string}}\n" for i in range(MAX_ITEMS - 20))
    used = 8 + 4 * (MAX_ITEMS - 20)
    enums, index = [], 0
    while used + MAX_ITEMS + 10 < MAX_VALUES:
        values = ", ".join(f"V{j}" for j in range(MAX_ITEMS - 1))
        enums.append(f"  Kind{index}: {{values: [{values}]}}\n")
        used += MAX_ITEMS + 3
        index += 1
    uses = "".join(f"  kind_{i}: {{type: Kind{i}}}\n" for i in range(index))
    return {"widget.yaml": HEAD + fields + uses + "enums:\n" + "".join(enums)}


def _largest_file() -> dict[str, str]:
    """The most fields a node may have, each with a description long enough to fill the file."""
    length = (MAX_FILE_BYTES - len(HEAD)) // (MAX_ITEMS - 1) - 60
    text = ("Words of a long description. " * (length // 29 + 1))[:length].strip()
    fields = "".join(f"  field_{i}: {{type: string, description: {text}}}\n" for i in range(MAX_ITEMS - 1))
    return {"widget.yaml": HEAD + fields}


def _deepest_yaml() -> dict[str, str]:
    nested = "x: " + "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1) + "\n"
    return {"widget.yaml": HEAD + nested}


def _flow_30000() -> dict[str, str]:
    return {"widget.yaml": "node: Widget\nx: " + "[" * 30000 + "]" * 30000 + "\n"}


def _huge_file(spec: Path) -> None:
    with open(spec / "huge.yaml", "wb") as handle:
        handle.truncate(500 * 1024 * 1024)  # sparse: 500 MB to read, nothing on disk


CASES: list[tuple[str, Callable[[], dict[str, str]], Callable[[Path], None] | None]] = [
    (f"types nested {MAX_TYPE_DEPTH} deep (list, map, Struct)", _nested_types, None),
    (f"{MAX_ITEMS} fields in one node", _most_fields, None),
    (f"~{MAX_VALUES} values in one file", _most_values, None),
    (f"a {MAX_FILE_BYTES // 1024 // 1024} MB spec file", _largest_file, None),
    (f"YAML nested {MAX_DEPTH + 1} deep (refused)", _deepest_yaml, None),
    ("30,000 nested flow levels (refused)", _flow_30000, None),
    ("a 500 MB spec file (refused)", dict, _huge_file),
]


def _values_in(text: str) -> int:
    import yaml

    count, stack = 0, [yaml.compose(text, Loader=_Loader)]
    while stack:
        node = stack.pop()
        count += 1
        if isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            stack.extend(v for pair in node.value for v in pair)
    return count


def measure(files: dict[str, str], extra: Callable[[Path], None] | None, scratch: Path) -> tuple[int, float, float]:
    """(exit code, wall seconds, peak MiB of the command or any of its workers) of one cold generate."""
    shutil.rmtree(scratch, ignore_errors=True)
    config = write_project(scratch, spec_files(**{name.replace(".", "__"): text for name, text in files.items()}))
    if extra is not None:
        extra(config.spec_dir / "v1.0")
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "--no-cache", "generate"],
        cwd=scratch,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    # ru_maxrss of wait4 is the largest of the command and the workers it waited for, in KiB on Linux.
    return process.returncode, elapsed, usage.ru_maxrss / 1024


def main() -> None:
    print("generation at the spec limits: python3 -m generator --no-cache generate (target: < 10 s, < 300 MB)")
    print(f"{'spec':44}{'exit':>5}{'seconds':>9}{'peak MiB':>10}{'bytes':>11}{'values':>8}")
    with tempfile.TemporaryDirectory(prefix="graph-codegen-limits-") as scratch:
        for name, make, extra in CASES:
            files = make()
            size = 500 * 1024 * 1024 if extra is not None else sum(len(t.encode()) for t in files.values())
            shown = "-" if "refused" in name else str(_values_in(files["widget.yaml"]))
            code, seconds, mib = measure(files, extra, Path(scratch) / "project")
            print(f"{name:44}{code:>5}{seconds:>9.2f}{mib:>10.0f}{size:>11}{shown:>8}", flush=True)


if __name__ == "__main__":
    main()
