"""``sahel-kit validate``: exit status and messages, in-process and as a real console script."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from sahel_kit.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "quizzes"


def test_validate_the_bank_by_default(capsys):
    assert main(["validate"]) == 0
    assert "ok   " in capsys.readouterr().out


def test_valid_file_passes(capsys):
    assert main(["validate", str(FIXTURES / "valid_all_types.yaml")]) == 0
    assert "(6 questions)" in capsys.readouterr().out


def test_broken_file_fails_naming_file_question_and_field(capsys):
    assert main(["validate", str(FIXTURES / "valid_all_types.yaml"), str(FIXTURES / "broken_many.yaml")]) == 1
    out, err = capsys.readouterr()
    assert "ok   " in out and "FAIL" in err
    assert "broken_many.yaml: question 'q2', field 'tolerance'" in err
    assert "Traceback" not in err


def test_missing_path_fails_clearly(capsys, tmp_path):
    assert main(["validate", str(tmp_path / "nope.yaml")]) == 1
    assert "nope.yaml: no such file or folder" in capsys.readouterr().err


def test_folder_without_quizzes_fails(capsys, tmp_path):
    assert main(["validate", str(tmp_path)]) == 1
    assert "no quiz files" in capsys.readouterr().err


def test_data_flag_runs_data_checks(capsys):
    # The fixture's event and place ids do not exist in the kit's data, so --data must report them.
    assert main(["validate", str(FIXTURES / "data_checks.yaml")]) == 0
    assert main(["validate", "--data", str(FIXTURES / "data_checks.yaml")]) == 1
    assert "field 'data_check'" in capsys.readouterr().err


def test_no_command_prints_help(capsys):
    assert main([]) == 1
    assert "validate" in capsys.readouterr().out


@pytest.mark.parametrize("command", [[sys.executable, "-m", "sahel_kit"],
                                     [str(Path(sys.executable).with_name("sahel-kit"))]])
def test_console_script_and_module(command):
    if not Path(command[0]).exists():
        pytest.skip("console script not installed next to this interpreter")
    bad = subprocess.run([*command, "validate", str(FIXTURES / "invalid_yaml.yaml")],
                         capture_output=True, text=True, timeout=60)
    assert bad.returncode == 1
    assert "invalid YAML at line 7" in bad.stderr and "Traceback" not in bad.stderr
    good = subprocess.run([*command, "validate"], capture_output=True, text=True, timeout=60)
    assert good.returncode == 0, good.stderr
