"""Every code block of README.md, generated/README.md and docs/ is run or checked, so a stale example fails.

Issue 14, problem 2. How blocks are marked is described in tests/doc_examples.py.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.doc_examples import DOCUMENTS, SHOWN_ONLY, Block, blocks, graph_on_loopback, session_source
from tests.helpers import ROOT, run_cli

ALL_BLOCKS = [block for document in DOCUMENTS for block in blocks(document)]


def _id(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def test_every_block_says_what_it_is() -> None:
    problems = []
    for block in ALL_BLOCKS:
        if block.language == "python":
            if block.options and not re.fullmatch(r"no-run: \S.*", block.options):
                problems.append(f"{block.where()}: write `python` or `python no-run: <why it cannot run>`")
        elif block.language == "text" and block.options:
            if not block.options.startswith("excerpt-of: graph-codegen "):
                problems.append(f"{block.where()}: write `text` or `text excerpt-of: graph-codegen <args>`")
        elif block.language not in SHOWN_ONLY:
            problems.append(f"{block.where()}: give the block a language: python, {', '.join(sorted(SHOWN_ONLY))}")
    assert not problems, "\n".join(problems)
    assert sum(block.runs for block in ALL_BLOCKS) >= 6, "the READMEs' examples are found"


@pytest.mark.parametrize("document", [d for d in DOCUMENTS if any(b.runs for b in blocks(d))], ids=_id)
def test_python_examples_run_against_the_fake_server(document: Path, capsys: pytest.CaptureFixture[str]) -> None:
    runnable = [block for block in blocks(document) if block.language == "python"]
    if any(not block.runs for block in runnable):
        pytest.skip("a block of this document is marked no-run; the session cannot run in order")
    code = compile(session_source(document), str(document), "exec")
    with graph_on_loopback() as servers:
        exec(code, {"__name__": "__doc_example__"})  # noqa: S102 - the documentation's own examples
        assert servers.requests() > 0, "the examples' calls to Graph reached a fake server"


def test_python_examples_pass_mypy_strict(tmp_path: Path) -> None:
    names = {}
    for document in DOCUMENTS:
        if any(block.language == "python" for block in blocks(document)):
            module = tmp_path / (re.sub(r"\W", "_", _id(document)) + ".py")
            module.write_text(session_source(document), encoding="utf-8")
            names[module.name] = _id(document)
    # mypy does not follow the import hook of an editable install; it reads the package where it is installed.
    spec = importlib.util.find_spec("fbgraph")
    assert spec is not None and spec.origin is not None
    installed = Path(spec.origin).parent.parent
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", str(tmp_path / "cache"),
         "--python-version", "3.11", *sorted(names)],
        cwd=tmp_path, capture_output=True, text=True, timeout=600, env={**os.environ, "MYPYPATH": str(installed)},
    )  # fmt: skip
    report = result.stdout
    for module, document in names.items():
        report = report.replace(module, document)  # line numbers are already the document's
    assert result.returncode == 0, report + result.stderr


EXCERPTS = [block for block in ALL_BLOCKS if block.options.startswith("excerpt-of: ")]


@pytest.mark.parametrize("block", EXCERPTS, ids=[block.where() for block in EXCERPTS])
def test_command_output_excerpts_are_current(block: Block) -> None:
    args = block.options.removeprefix("excerpt-of: graph-codegen ").split()
    colour = ["--color", "never"] if args[0] == "diff" else []
    output = run_cli(*args, *colour, cwd=ROOT).stdout.splitlines()
    position = 0
    for line in block.code.splitlines():
        assert line in output[position:], (
            f"{block.where()}: this line is not (or not in this order) in what `graph-codegen {' '.join(args)}` "
            f"prints now:\n{line}"
        )
        position = output.index(line, position) + 1
