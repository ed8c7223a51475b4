"""`graph-codegen check` tells CI and pre-commit whether generated/ is what generate would write."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import run_cli, spec_files, write_project


def test_check_reports_stale_missing_and_extra_files(tmp_path: Path) -> None:
    config = write_project(tmp_path, spec_files())
    assert run_cli("generate", cwd=tmp_path).returncode == 0
    assert run_cli("check", cwd=tmp_path).returncode == 0

    module = config.output_dir / "fbtest/v1_0/widget.py"
    module.write_text(module.read_text() + "\n# edited\n")
    (config.output_dir / "fbtest/v1_0/errors.py").unlink()
    result = run_cli("check", cwd=tmp_path)
    assert result.returncode == 1
    assert "edited by hand: generated/fbtest/v1_0/widget.py" in result.stdout
    assert "stale: generated/fbtest/v1_0/errors.py" in result.stdout
    assert "graph-codegen generate --force" in result.stdout

    # check never writes
    assert not (config.output_dir / "fbtest/v1_0/errors.py").exists()


def _suggested_command(check_output: str) -> list[str]:
    (line,) = [line for line in check_output.splitlines() if "run `graph-codegen " in line]
    return line.split("run `graph-codegen ", 1)[1].split("`", 1)[0].split()


def test_check_and_generate_agree_on_a_hand_edit(tmp_path: Path) -> None:
    """Issue 14, problem 8: after a hand edit, the command check suggests is one generate accepts."""
    config = write_project(tmp_path, spec_files())
    assert run_cli("generate", cwd=tmp_path).returncode == 0
    module = config.output_dir / "fbtest/v1_0/widget.py"
    module.write_text(module.read_text() + "\n# edited\n")

    plain = run_cli("generate", cwd=tmp_path)
    assert plain.returncode == 2 and "--force" in plain.stderr, "generate refuses to overwrite the hand edit"
    checked = run_cli("check", cwd=tmp_path)
    assert checked.returncode == 1
    suggested = _suggested_command(checked.stdout)
    assert suggested == ["generate", "--force"], checked.stdout
    done = run_cli(*suggested, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert run_cli("check", cwd=tmp_path).returncode == 0


def test_check_suggests_plain_generate_without_hand_edits(tmp_path: Path) -> None:
    config = write_project(tmp_path, spec_files())
    assert run_cli("generate", cwd=tmp_path).returncode == 0
    (config.output_dir / "fbtest/v1_0/errors.py").unlink()
    checked = run_cli("check", cwd=tmp_path)
    assert checked.returncode == 1 and _suggested_command(checked.stdout) == ["generate"]
    assert run_cli("generate", cwd=tmp_path).returncode == 0
    assert run_cli("check", cwd=tmp_path).returncode == 0


def test_check_is_stale_when_the_spec_changes(tmp_path: Path) -> None:
    config = write_project(tmp_path, spec_files())
    assert run_cli("generate", cwd=tmp_path).returncode == 0
    widget = config.spec_dir / "v1.0" / "widget.yaml"
    widget.write_text(widget.read_text().replace("The name.", "The widget's name."))
    result = run_cli("check", cwd=tmp_path)
    assert result.returncode == 1
    assert "stale: generated/fbtest/v1_0/models/widget.py" in result.stdout


def test_check_reports_a_stale_editor_schema(tmp_path: Path) -> None:
    config = write_project(tmp_path, spec_files())
    assert run_cli("generate", cwd=tmp_path).returncode == 0
    (config.spec_dir / "graph-spec.schema.json").write_text("{}\n")
    result = run_cli("check", cwd=tmp_path)
    assert result.returncode == 1
    assert "stale: spec/graph-spec.schema.json; run `graph-codegen schema`" in result.stdout
