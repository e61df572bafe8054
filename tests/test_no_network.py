"""The editor never opens a network connection.

The command line (convert into every writable type, check) and the GUI (start
with a document, show the window, quit) run in subprocesses where Python's
audit hook refuses every IPv4/IPv6 socket and name look-up, and under
``strace`` so that C code (libxml2, Qt) opening an internet socket is seen
too. Both must pass without a single attempt.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from ametieditor.formats import registry
from tests.conftest import REPO, SAMPLE_FILES

RUNNER = REPO / "tests" / "support" / "without_network.py"
SAMPLE = SAMPLE_FILES[0]


def run_offline(tmp_path: Path, module: str, *args: str | Path) -> tuple[int, str, str]:
    strace = shutil.which("strace")
    assert strace, "strace is needed (scripts/setup.sh installs it)"
    log = tmp_path / f"strace-{len(list(tmp_path.glob('strace-*')))}.log"
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [strace, "-f", "-qq", "-e", "trace=socket,connect", "-o", str(log),
         sys.executable, str(RUNNER), module, *map(str, args)],
        capture_output=True, text=True, env=env, timeout=120)
    return result.returncode, result.stderr, log.read_text(encoding="utf-8", errors="replace")


def assert_no_network(stderr: str, syscalls: str) -> None:
    assert "NETWORK ATTEMPT" not in stderr, stderr
    internet = [line for line in syscalls.splitlines()
                if re.search(r"\bAF_INET6?\b", line)]
    assert not internet, "internet sockets opened:\n" + "\n".join(internet)


def test_hook_and_strace_would_see_an_attempt(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text("import socket\ntry:\n    socket.socket()\nexcept OSError:\n    pass\n",
                     encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": f"{tmp_path}:{REPO}"}
    log = tmp_path / "probe.log"
    result = subprocess.run(
        ["strace", "-f", "-qq", "-e", "trace=socket,connect", "-o", str(log),
         sys.executable, str(RUNNER), "probe"], capture_output=True, text=True, env=env,
        timeout=60)
    assert "NETWORK ATTEMPT socket.__new__" in result.stderr
    # the hook refused before the system call: strace sees no socket either way
    assert "AF_INET" not in log.read_text(encoding="utf-8")
    raw = subprocess.run(
        ["strace", "-f", "-qq", "-e", "trace=socket", "-o", str(log), sys.executable, "-c",
         "import socket; socket.socket()"], capture_output=True, text=True, timeout=60)
    assert raw.returncode == 0
    assert "AF_INET" in log.read_text(encoding="utf-8")


def test_command_line_works_without_network(tmp_path: Path) -> None:
    for extension in registry.writable_extensions():
        out = tmp_path / f"valjund{extension}"
        code, stderr, syscalls = run_offline(tmp_path, "ametieditor.cli", "convert", SAMPLE,
                                             out)
        assert code == 0, stderr
        assert out.stat().st_size > 0
        assert_no_network(stderr, syscalls)
        if extension in registry.readable_extensions():
            code, stderr, syscalls = run_offline(tmp_path, "ametieditor.cli", "check", out)
            assert code in (0, 1), stderr
            assert_no_network(stderr, syscalls)


def test_editor_starts_without_network(tmp_path: Path) -> None:
    code, stderr, syscalls = run_offline(tmp_path, "ametieditor.gui.smoke", SAMPLE)
    assert code == 0, stderr
    assert_no_network(stderr, syscalls)


def test_signatures_are_verified_without_network(tmp_path: Path) -> None:
    """``verify`` checks chain and OCSP offline: a container with an OCSP response passes."""
    from ametieditor import paths
    from tests.formats.test_asice_verify import _now, signed
    from tests.support.containers import trust_authority

    trust_authority(paths.trusted_certificates_dir())  # the subprocess inherits XDG_DATA_HOME
    container = tmp_path / "allkirjastatud.asice"
    container.write_bytes(signed("rsa", signing_time=_now(-1), ocsp="good"))
    code, stderr, syscalls = run_offline(tmp_path, "ametieditor.cli", "verify", container)
    assert code == 0, stderr
    assert_no_network(stderr, syscalls)
