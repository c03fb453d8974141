"""Keeping the garbage collector's full passes out of callers' finals.

A long-lived process holds a lot once warmed up: the redaction vocabularies and name lists, the
parser, the ASR models' Python side. CPython's full collection walks every tracked object, about
100 ms for a SIP worker's redaction data alone on the 2-core box, and it runs whenever enough new
objects have piled up: in the middle of someone's final. What is loaded at start-up lives as long
as the process, so it is moved out of the collector's sight once, after warm-up.
"""

from __future__ import annotations

import gc


def settle() -> int:
    """Collect once, then freeze what survives (it stays for the process's life); the number frozen."""
    gc.collect()
    gc.freeze()
    return gc.get_freeze_count()
