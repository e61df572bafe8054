#!/usr/bin/env python3
"""Time the offline verification of one signed container (figure in docs/SIGNATURES.md).

    PYTHONPATH=. .venv/bin/python scripts/measure_signature_check.py

A container as the tests make it: one RSA signature with an OCSP response, its
test CA trusted through the organisation folder (a temporary data folder).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    os.environ["AMETIEDITOR_DATA_DIR"] = tempfile.mkdtemp()
    from ametieditor import paths
    from tests.formats.test_asice_verify import _now, signed
    from tests.support.containers import trust_authority

    trust_authority(paths.trusted_certificates_dir())
    path = Path(tempfile.mkdtemp()) / "x.asice"
    path.write_bytes(signed("rsa", signing_time=_now(-1), ocsp="good"))
    start = time.perf_counter()
    from ametieditor.formats import asice_verify

    check = asice_verify.verify_container(path)
    first = time.perf_counter() - start
    runs = []
    for _ in range(21):
        moment = time.perf_counter()
        asice_verify.verify_container(path)
        runs.append(time.perf_counter() - moment)
    runs.sort()
    print(f"first call (imports, package certificates): {first * 1000:.0f} ms; "
          f"then median {runs[10] * 1000:.1f} ms; ok={check.ok}")


if __name__ == "__main__":
    main()
