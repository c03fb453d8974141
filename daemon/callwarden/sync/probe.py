"""Asking the receiver about this appliance's key (the probe's format: callwarden.wire.probe)."""

from __future__ import annotations

import json
import ssl
import urllib.error
import urllib.request

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from callwarden.wire import batch as wire
from callwarden.wire.probe import OTHER_APPLIANCE, PATH, make  # noqa: F401  (callers compare answers with it)


def ask(url: str, key: Ed25519PrivateKey, appliance: str, timeout_s: float, ca_file: str = "") -> tuple[int, str]:
    """(HTTP status, the answer's error or "ok"); status 0 when the receiver is unreachable."""
    context = ssl.create_default_context(cafile=ca_file or None) if url.startswith("https:") else None
    req = urllib.request.Request(url.rstrip("/") + PATH, data=make(key, appliance), method="POST",
                                 headers={"Content-Type": wire.CONTENT_TYPE})
    try:
        with urllib.request.urlopen(req, timeout=timeout_s, context=context) as r:
            return r.status, "ok"
    except urllib.error.HTTPError as e:
        try:
            return e.code, str(json.loads(e.read()).get("error", ""))
        except ValueError:
            return e.code, ""
    except (urllib.error.URLError, OSError, TimeoutError) as e:
        return 0, str(getattr(e, "reason", e))
