"""callwarden: an on-premises SIP call appliance (see README.md)."""

import os

# numpy's OpenBLAS runs even a small matrix product (the mel filterbank of every ASR request) on every
# core and then spins waiting for the next one: measured 4x the CPU per feature extraction on 2 cores,
# and 13-15 of 16 cores busy on a GPU box. Set before numpy loads in any callwarden process (engine,
# workers, CLI); a site may still set its own.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

__version__ = "0.1.0"
