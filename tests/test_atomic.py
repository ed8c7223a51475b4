"""generated/ is never left half-written, and hand edits are never lost by accident."""

from __future__ import annotations

import fcntl
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench.synthetic_spec import touch_node, write_spec
from generator import pipeline
from generator.config import Config
from tests.helpers import ROOT, run_cli, spec_files, tree, write_project

# Runs the command with the atomic exchange reported unavailable, as on a system without renameat2.
FALLBACK = (
    "import generator.swap as s, sys; s.exchange = lambda a, b: False; from generator.cli import main; sys.exit(main())"
)
SWAP_PATHS = {"renameat2": ["-m", "generator"], "fallback": ["-c", FALLBACK]}


def _old_and_new_trees(tmp_path: Path) -> tuple[Path, Config, Path, dict[str, bytes], dict[str, bytes]]:
    """A project generated once, then edited: the tree before the edit (kept in a snapshot) and the tree after."""
    root = tmp_path / "project"
    folder = write_spec(root, 12)
    config = Config.load(root)
    pipeline.generate(config)
    snapshot = tmp_path / "old"
    shutil.copytree(config.output_dir, snapshot)
    old = tree(snapshot)
    for index in range(0, 12, 2):
        touch_node(folder, index, 12, variant=3)
    expected = tmp_path / "expected"
    pipeline.generate(Config(config.root, config.spec_dir, expected, config.package, config.distribution))
    new = tree(expected)
    assert old != new
    return root, config, snapshot, old, new


@pytest.mark.parametrize("path", sorted(SWAP_PATHS))
def test_a_run_killed_at_random_points_leaves_the_old_or_the_new_tree(tmp_path: Path, path: str) -> None:
    if path == "renameat2" and not _exchange_works(tmp_path):
        pytest.skip("this file system has no atomic exchange")
    root, config, snapshot, old, new = _old_and_new_trees(tmp_path)
    chances = random.Random(20261123)
    outcomes = {"old": 0, "new": 0}
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for trial in range(10):
        if tree(config.output_dir) != old:
            shutil.rmtree(config.output_dir)
            shutil.copytree(snapshot, config.output_dir)
        process = subprocess.Popen(
            [sys.executable, *SWAP_PATHS[path], "--no-cache", "--jobs", "1", "generate"],
            cwd=root,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        time.sleep(chances.uniform(0.05, 4.0))
        os.killpg(process.pid, signal.SIGKILL)  # the command and every process it started
        process.wait()
        _wait_for_detached_swap(root)
        now = tree(config.output_dir)
        assert now in (old, new), f"trial {trial}: generated/ is neither the old tree nor the new one"
        outcomes["old" if now == old else "new"] += 1
    assert outcomes["old"] > 0, outcomes
    # After killed runs (and whatever staging they left), a full run finishes the job.
    finish = subprocess.run([sys.executable, *SWAP_PATHS[path], "--no-cache", "generate"], cwd=root, env=env)
    assert finish.returncode == 0
    assert tree(config.output_dir) == new
    assert not list(root.glob(".generated.new*")) and not list(root.glob(".generated.old*"))


def _exchange_works(tmp_path: Path) -> bool:
    from generator import swap

    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    works = swap.exchange(tmp_path / "a", tmp_path / "b")
    (tmp_path / "a").rmdir()
    (tmp_path / "b").rmdir()
    return works


def _wait_for_detached_swap(root: Path) -> None:
    """The fallback's two renames run in a process of their own, which a kill of the command does not stop."""
    for _ in range(200):
        with open(root / ".generated.lock", "a") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                time.sleep(0.05)
    raise AssertionError("the lock on generated/ was never released")


# Commands on the fallback path that are killed in the middle of the two-rename swap.
KILLED_DURING_THE_SWAP = """
import os, signal, sys
import generator.swap as s
s.exchange = lambda a, b: False
def run(command, **options):  # start the renames, then the command is killed before it hears back
    s.subprocess.Popen(command, start_new_session=True, pass_fds=options.get("pass_fds", ()))
    os.kill(os.getpid(), signal.SIGKILL)
s.subprocess.run = run
from generator.cli import main
sys.exit(main())
"""
MACHINE_CRASH_BETWEEN_THE_RENAMES = r"""
import sys
import generator.swap as s
s.exchange = lambda a, b: False
first, second = "    os.rename(output, backup)\n", "try:\n    os.rename(stage, output)"
assert first in s._RENAME_PAIR and second in s._RENAME_PAIR
crash = "import signal\nos.kill(os.getppid(), signal.SIGKILL)\nos.kill(os.getpid(), signal.SIGKILL)\n"
s._RENAME_PAIR = s._RENAME_PAIR.replace(second, crash + second)
from generator.cli import main
sys.exit(main())
"""


def test_a_command_killed_during_the_fallback_swap_still_ends_with_the_new_tree(tmp_path: Path) -> None:
    root, config, _, old, new = _old_and_new_trees(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_DURING_THE_SWAP, "--no-cache", "--jobs", "1", "generate"],
        cwd=root,
        env=env,
        capture_output=True,
    )
    assert killed.returncode == -signal.SIGKILL
    _wait_for_detached_swap(root)
    assert tree(config.output_dir) == new
    assert run_cli("--no-cache", "generate", cwd=root).returncode == 0, "the next run removes the old tree"
    assert tree(config.output_dir) == new
    assert not list(root.glob(".generated.new*")) and not list(root.glob(".generated.old*"))


def test_a_crash_between_the_fallback_renames_is_undone_by_the_next_run(tmp_path: Path) -> None:
    root, config, _, old, new = _old_and_new_trees(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    crashed = subprocess.run(
        [sys.executable, "-c", MACHINE_CRASH_BETWEEN_THE_RENAMES, "--no-cache", "--jobs", "1", "generate"],
        cwd=root,
        env=env,
        capture_output=True,
    )
    assert crashed.returncode == -signal.SIGKILL
    _wait_for_detached_swap(root)
    assert not config.output_dir.exists() and tree(root / ".generated.old") == old, "the one window left"
    checked = run_cli("--no-cache", "check", cwd=root)
    assert checked.returncode == 1
    assert run_cli("--no-cache", "generate", cwd=root).returncode == 0
    assert tree(config.output_dir) == new
    assert not list(root.glob(".generated.new*")) and not list(root.glob(".generated.old*"))


def test_a_run_that_fails_leaves_generated_untouched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = write_project(tmp_path, spec_files())
    pipeline.generate(config)
    before = tree(config.output_dir)
    widget = config.spec_dir / "v1.0/widget.yaml"
    widget.write_text(widget.read_text().replace("The name.", "Renamed."))
    written: list[str] = []

    import generator.writing as writing

    real = writing._link_or_copy

    def failing(source: Path, target: Path) -> None:
        written.append(str(target))
        if len(written) > 5:
            raise OSError(28, "No space left on device")
        real(source, target)

    monkeypatch.setattr(writing, "_link_or_copy", failing)
    with pytest.raises(OSError):
        pipeline.generate(config)
    assert tree(config.output_dir) == before
    assert not list(tmp_path.glob(".generated.new*")) and not list(tmp_path.glob(".generated.old*")), "no staging left"


def test_hand_edits_are_refused_without_force_and_overwritten_with_it(tmp_path: Path) -> None:
    config = write_project(tmp_path, spec_files())
    assert run_cli("generate", cwd=tmp_path).returncode == 0
    module = config.output_dir / "fbtest/v1_0/widget.py"
    original = module.read_text()
    module.write_text(original + "\n\ndef my_helper() -> int:\n    return 42\n")
    edited = module.read_text()
    widget = config.spec_dir / "v1.0/widget.yaml"
    widget.write_text(widget.read_text().replace("The name.", "The widget's name."))

    refused = run_cli("generate", cwd=tmp_path)
    assert refused.returncode == 2
    assert "edited by hand" in refused.stderr and "generated/fbtest/v1_0/widget.py" in refused.stderr
    assert "--force" in refused.stderr and "Traceback" not in refused.stderr
    assert module.read_text() == edited, "nothing was written"
    assert "The widget's name." not in (config.output_dir / "fbtest/v1_0/models/widget.py").read_text()

    forced = run_cli("generate", "--force", cwd=tmp_path)
    assert forced.returncode == 0, forced.stderr
    assert "my_helper" not in module.read_text()
    assert "The widget's name." in (config.output_dir / "fbtest/v1_0/models/widget.py").read_text()


def test_extensions_survive_regeneration_and_join_their_module(tmp_path: Path) -> None:
    config = write_project(tmp_path, spec_files(), package="fbext")
    assert run_cli("generate", cwd=tmp_path).returncode == 0
    extensions = config.output_dir / "fbext" / "extensions"
    (extensions / "v1_0").mkdir(parents=True)
    (extensions / "__init__.py").write_text("")
    (extensions / "v1_0" / "__init__.py").write_text("")
    (extensions / "v1_0" / "widget.py").write_text(
        "from fbext.v1_0.widget import get_widget\n\n__all__ = ['widget_name']\n\n\n"
        "def widget_name(client, widget_id):\n    return get_widget(client, widget_id=widget_id).name\n"
    )
    (config.output_dir / "CHANGELOG.md").write_text("# Changelog\n")
    widget = config.spec_dir / "v1.0/widget.yaml"
    widget.write_text(widget.read_text().replace("The name.", "The widget's name."))
    assert run_cli("generate", cwd=tmp_path).returncode == 0
    assert (extensions / "v1_0" / "widget.py").is_file() and (config.output_dir / "CHANGELOG.md").is_file()

    probe = (
        "import httpx\n"
        "from fbext.v1_0 import GraphClient, widget\n"
        "c = GraphClient('t', transport=httpx.MockTransport(lambda r: httpx.Response(200, json={'id': '1', 'name': 'w'})))\n"
        "assert 'widget_name' in widget.__all__\n"
        "print(widget.widget_name(c, '1'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=config.output_dir,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(config.output_dir)},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "w"


def test_workers_end_with_a_killed_command(tmp_path: Path) -> None:
    root = tmp_path / "project"
    write_spec(root, 12)
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "--no-cache", "--jobs", "2", "generate"],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    group = process.pid
    for _ in range(600):  # until the workers are up: the command then has child processes
        children = Path(f"/proc/{group}/task/{group}/children")
        if children.exists() and children.read_text().split():
            break
        time.sleep(0.05)
    else:
        pytest.skip("the command finished before it started workers")
    process.send_signal(signal.SIGKILL)  # the command alone, not its group
    process.wait()
    assert process.stdout is not None
    process.stdout.read()  # returns once every process holding the pipe (each worker) has ended
    for _ in range(200):
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)
    raise AssertionError("worker processes outlived the command")
