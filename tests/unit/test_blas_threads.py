"""Every callwarden process runs numpy's BLAS on one thread (callwarden/__init__.py): set before numpy
loads, a site's own OPENBLAS_NUM_THREADS kept."""

import os
import subprocess
import sys

PROBE = "import callwarden, numpy, os; print(os.environ['OPENBLAS_NUM_THREADS'])"


def _run(env: dict) -> str:
    return subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True,
                          check=True).stdout.strip()


def test_one_blas_thread_by_default_and_a_sites_setting_wins():
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    assert _run(env) == "1"
    assert _run(env | {"OPENBLAS_NUM_THREADS": "3"}) == "3"
