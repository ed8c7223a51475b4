"""Nothing a person wrote in (or around) the output folder is overwritten or deleted without --force."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator import pipeline, writing
from generator.config import Config
from tests.helpers import ROOT, run_cli, spec_files, tree, write_project

GIZMO_YAML = "node: Gizmo\nsource: test\ncoverage: minimal\nfields:\n  id: {type: numeric string}\n"
HAND_WRITTEN = "# my own gizmo helpers\nVALUE = 42\n"


def _change_spec(config: Config) -> None:
    widget = config.spec_dir / "v1.0/widget.yaml"
    widget.write_text(widget.read_text().replace("The name.", "The widget's name."))


def _kept_copies(root: Path) -> dict[str, bytes]:
    return tree(root / ".cache/graph-codegen/replaced")


def test_a_hand_written_file_where_a_new_module_goes_is_kept_unless_forced(tmp_path: Path) -> None:
    config = write_project(tmp_path, spec_files())
    assert run_cli("generate", cwd=tmp_path).returncode == 0
    mine = config.output_dir / "fbtest/v1_0/models/gizmo.py"
    mine.write_text(HAND_WRITTEN)
    (config.spec_dir / "v1.0/gizmo.yaml").write_text(GIZMO_YAML)
    before = tree(config.output_dir)

    refused = run_cli("generate", cwd=tmp_path)
    assert refused.returncode == 2, refused.stdout
    assert "generated/fbtest/v1_0/models/gizmo.py" in refused.stderr and "--force" in refused.stderr
    assert tree(config.output_dir) == before, "nothing was written"

    forced = run_cli("generate", "--force", cwd=tmp_path)
    assert forced.returncode == 0, forced.stderr
    assert "replaced by --force (1)" in forced.stdout and "  fbtest/v1_0/models/gizmo.py" in forced.stdout
    assert ".cache/graph-codegen/replaced/1" in forced.stdout
    assert mine.read_text() != HAND_WRITTEN
    assert _kept_copies(tmp_path) == {"1/fbtest/v1_0/models/gizmo.py": HAND_WRITTEN.encode()}


@pytest.mark.parametrize("manifest", ["missing", "{not json", '{"files": {"../../outside.txt": "0"}}'])
def test_without_a_readable_manifest_no_existing_file_counts_as_generated(tmp_path: Path, manifest: str) -> None:
    config = write_project(tmp_path, spec_files())
    pipeline.generate(config)
    module = config.output_dir / "fbtest/v1_0/widget.py"
    module.write_text(module.read_text() + "\n\ndef my_helper() -> int:\n    return 42\n")
    (tmp_path / "outside.txt").write_text("precious")
    if manifest == "missing":
        (config.output_dir / writing.MANIFEST).unlink()
    else:
        (config.output_dir / writing.MANIFEST).write_text(manifest)
    _change_spec(config)
    before = tree(config.output_dir)

    refused = run_cli("generate", cwd=tmp_path)
    assert refused.returncode == 2
    assert "pyproject.toml the generator did not write" in refused.stderr, refused.stderr
    assert tree(config.output_dir) == before

    # Below the command's folder check, the writer itself holds every such file back.
    files = pipeline.render(config)
    with pytest.raises(writing.HandEditError) as raised:
        writing.write(config.output_dir, files)
    assert raised.value.files == ["fbtest/v1_0/models/widget.py", "fbtest/v1_0/widget.py"]
    assert tree(config.output_dir) == before
    changes = writing.write(config.output_dir, files, force=True, keep_root=tmp_path / "kept")
    assert changes.kept_in == tmp_path / "kept/1" and "fbtest/v1_0/widget.py" in changes.replaced
    assert b"my_helper" in (tmp_path / "kept/1/fbtest/v1_0/widget.py").read_bytes()
    assert (tmp_path / "outside.txt").read_text() == "precious"


def test_a_file_no_longer_generated_but_edited_by_hand_is_kept_unless_forced(tmp_path: Path) -> None:
    config = write_project(
        tmp_path,
        spec_files(
            widget__yaml=None, owner__yaml=spec_files()["owner.yaml"].replace("  widgets: {type: list<Widget>}\n", "")
        )
        | {"gizmo.yaml": GIZMO_YAML},
    )
    pipeline.generate(config)
    gizmo = config.output_dir / "fbtest/v1_0/models/gizmo.py"
    gizmo.write_text(gizmo.read_text() + "# mine\n")
    (config.spec_dir / "v1.0/gizmo.yaml").unlink()
    with pytest.raises(writing.HandEditError):
        pipeline.generate(config)
    assert gizmo.read_text().endswith("# mine\n")
    result = pipeline.generate(config, force=True)
    assert not gizmo.exists() and "fbtest/v1_0/models/gizmo.py" in result.changes.removed
    assert _kept_copies(tmp_path)["1/fbtest/v1_0/models/gizmo.py"].endswith(b"# mine\n")


@pytest.fixture
def project_with_links(tmp_path: Path) -> Iterator[Config]:
    config = write_project(tmp_path, spec_files())
    pipeline.generate(config)
    elsewhere = tmp_path / "my_extensions"
    (elsewhere / "v1_0").mkdir(parents=True)
    (elsewhere / "__init__.py").write_text("")
    (elsewhere / "v1_0" / "__init__.py").write_text("")
    (elsewhere / "v1_0" / "widget.py").write_text("__all__ = ['EXTRA']\nEXTRA = 'from a linked folder'\n")
    (config.output_dir / "fbtest/extensions").symlink_to(elsewhere, target_is_directory=True)
    (tmp_path / "notes.txt").write_text("notes")
    (config.output_dir / "notes.txt").symlink_to(tmp_path / "notes.txt")
    (config.output_dir / "dangling").symlink_to(tmp_path / "nothing-here")
    (config.output_dir / "scratch/empty").mkdir(parents=True)
    (config.output_dir / "fbtest/v1_0/empty").mkdir()
    yield config


def _links_and_folders_intact(config: Config) -> None:
    out = config.output_dir
    assert (out / "fbtest/extensions").is_symlink() and (out / "fbtest/extensions/v1_0/widget.py").is_file()
    assert (out / "notes.txt").is_symlink() and (out / "notes.txt").read_text() == "notes"
    assert (out / "dangling").is_symlink() and not (out / "dangling").exists()
    assert (out / "scratch/empty").is_dir() and (out / "fbtest/v1_0/empty").is_dir()


def test_links_and_empty_folders_survive_a_write_that_changes_something(project_with_links: Config) -> None:
    config = project_with_links
    _change_spec(config)
    result = pipeline.generate(config)
    assert result.changes.written, "the spec change was written"
    _links_and_folders_intact(config)
    probe = "from fbtest.v1_0 import widget; print(widget.EXTRA)"
    env = {**os.environ, "PYTHONPATH": str(config.output_dir)}
    ran = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.strip() == "from a linked folder", "the linked extensions still load"


def test_a_link_where_a_generated_file_goes_is_someones(project_with_links: Config, tmp_path: Path) -> None:
    config = project_with_links
    module = config.output_dir / "fbtest/v1_0/widget.py"
    (tmp_path / "my_widget.py").write_text(module.read_text())
    module.unlink()
    module.symlink_to(tmp_path / "my_widget.py")
    _change_spec(config)
    with pytest.raises(writing.HandEditError) as raised:
        pipeline.generate(config)
    assert raised.value.files == ["fbtest/v1_0/widget.py"]
    assert module.is_symlink()
    pipeline.generate(config, force=True)
    assert not module.is_symlink() and module.is_file()
    assert (tmp_path / "my_widget.py").is_file(), "the link's target is never touched"
    assert (tmp_path / ".cache/graph-codegen/replaced/1/fbtest/v1_0/widget.py").is_symlink()
    _links_and_folders_intact(config)


def test_a_folder_the_generator_emptied_goes_and_one_that_was_empty_stays(tmp_path: Path) -> None:
    config = write_project(tmp_path, spec_files())
    pipeline.generate(config)
    (config.output_dir / "fbtest/v1_0/kept_empty").mkdir()
    second = config.spec_dir / "v2.0"
    shutil.copytree(config.spec_dir / "v1.0", second)
    (second / "version.yaml").write_text((second / "version.yaml").read_text().replace("v1.0", "v2.0"))
    pipeline.generate(config)
    assert (config.output_dir / "fbtest/v1_0").is_dir()
    shutil.rmtree(config.spec_dir / "v1.0")
    pipeline.generate(config)
    assert not (config.output_dir / "fbtest/v1_0/models").exists(), "no longer generated"
    assert (config.output_dir / "fbtest/v1_0/kept_empty").is_dir()


# The output folder is checked before anything is touched.


def _git_project(tmp_path: Path) -> Config:
    config = write_project(tmp_path, spec_files())
    (tmp_path / ".git/refs/empty").mkdir(parents=True)
    (tmp_path / "link-to-spec").symlink_to(config.spec_dir)
    (tmp_path / "empty-folder").mkdir()
    return config


@pytest.mark.parametrize(
    ("output", "rule"),
    [
        (".", "must not be the project root"),
        ("..", "must not be the project root or a folder that contains it"),
        ("spec", "must not hold the spec folder"),
        ("spec/v1.0/out", "must not be inside the spec folder"),
        (".git/out", "must not be inside a .git folder"),
        ("vendored", "must not hold a .git folder"),
        ("other", "must not hold a pyproject.toml the generator did not write"),
    ],
)
def test_the_output_folder_is_refused_by_rule_before_anything_is_touched(
    tmp_path: Path, output: str, rule: str
) -> None:
    project = tmp_path / "project"
    _git_project(project)
    (project / "vendored/.git").mkdir(parents=True)
    (project / "other").mkdir()
    (project / "other/pyproject.toml").write_text("[project]\nname = 'mine'\n")
    before = tree(tmp_path), sorted(str(p) for p in tmp_path.rglob("*"))
    result = run_cli("--output", output, "generate", cwd=project)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert rule in result.stderr, result.stderr
    assert (tree(tmp_path), sorted(str(p) for p in tmp_path.rglob("*"))) == before
    assert (project / "link-to-spec").is_symlink() and (project / ".git/refs/empty").is_dir()


def test_an_output_folder_outside_the_project_must_be_given_explicitly(tmp_path: Path) -> None:
    project = tmp_path / "project"
    write_project(project, spec_files())
    settings = project / "pyproject.toml"
    settings.write_text(settings.read_text().replace('output_dir = "generated"', 'output_dir = "../elsewhere"'))
    refused = run_cli("generate", cwd=project)
    assert refused.returncode == 2 and "must be inside the project unless it is given explicitly" in refused.stderr
    assert not (tmp_path / "elsewhere").exists()
    allowed = run_cli("--output", str(tmp_path / "elsewhere"), "generate", cwd=project)
    assert allowed.returncode == 0, allowed.stderr
    assert (tmp_path / "elsewhere/fbtest/v1_0/widget.py").is_file()


# A read-only or partly writable tree: the old tree and exit 2, then a normal run once it is writable.


def _without_root_powers() -> list[str]:
    """A command prefix under which file permissions hold even for root (who otherwise ignores them)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: permissions cannot be made to count")
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search,-fowner", "--"]


def _cli_with_permissions(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*_without_root_powers(), sys.executable, "-m", "generator", *args],
        cwd=project,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.parametrize("read_only", ["generated", "generated/fbtest/v1_0/models"])
def test_a_read_only_or_partly_writable_tree_is_left_as_it_is(tmp_path: Path, read_only: str) -> None:
    shared_project = tmp_path
    write_project(shared_project, spec_files())
    assert _cli_with_permissions(shared_project, "generate").returncode == 0
    output = shared_project / "generated"
    _change_spec(Config.load(shared_project))
    before = tree(output)
    os.chmod(shared_project / read_only, 0o555)
    refused = _cli_with_permissions(shared_project, "generate")
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert "read-only" in refused.stderr and read_only in refused.stderr, refused.stderr
    assert tree(output) == before
    assert not list(shared_project.glob(".generated.new*")) and not list(shared_project.glob(".generated.old*"))
    os.chmod(shared_project / read_only, 0o755)
    again = _cli_with_permissions(shared_project, "generate")
    assert again.returncode == 0, again.stderr
    assert "The widget's name." in (output / "fbtest/v1_0/models/widget.py").read_text()


def test_a_linked_output_folder_stays_a_link(tmp_path: Path) -> None:
    config = write_project(tmp_path, spec_files())
    (tmp_path / "build/out").mkdir(parents=True)
    config.output_dir.symlink_to(tmp_path / "build/out", target_is_directory=True)
    assert run_cli("generate", cwd=tmp_path).returncode == 0
    _change_spec(config)
    assert run_cli("generate", cwd=tmp_path).returncode == 0
    assert config.output_dir.is_symlink()
    assert "The widget's name." in (tmp_path / "build/out/fbtest/v1_0/models/widget.py").read_text()
