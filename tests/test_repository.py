"""Facts about the repository itself that CI depends on."""

import re

from tests.conftest import REPO


def readme_commands() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```(?:sh|bash)\n(.+?)\n```", text)


def test_ci_runs_the_readme_test_command_exactly() -> None:
    test_command = readme_commands()[1]
    ci_lines = (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test_command in ci_lines


def test_readme_opens_with_run_and_test_commands() -> None:
    run_command, test_command = readme_commands()[:2]
    assert run_command.startswith("bash scripts/setup.sh && .venv/bin/ametieditor ")
    sample = run_command.split()[-1]
    assert (REPO / sample).is_file(), f"README's run command opens a missing file: {sample}"
    assert "pytest" in test_command


def test_sample_copies_match_the_shared_originals() -> None:
    from tests.conftest import SAMPLES, SHARED_SAMPLES

    copies = sorted(path.name for path in SAMPLES.glob("*.txt"))
    assert len(copies) == 3
    if SHARED_SAMPLES.is_dir():  # the originals sit beside the repository in CI
        originals = sorted(path.name for path in SHARED_SAMPLES.glob("*.txt"))
        assert copies == originals
        for name in copies:
            assert (SAMPLES / name).read_bytes() == (SHARED_SAMPLES / name).read_bytes()
