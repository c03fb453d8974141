"""At `serve` start, the SLA page's default range is worked out once in the background, so the
first person to open it does not wait for every call's facts to be read (seconds on a real volume)."""

from __future__ import annotations

import logging
import threading
import time
from datetime import datetime, timezone

from callwarden.receiver import db
from callwarden.receiver.config import ReceiverConfig
from callwarden.receiver.console import sla_data

log = logging.getLogger("callwarden.receiver")


def _run(cfg: ReceiverConfig, pool: db.Pool) -> None:
    t0 = time.monotonic()
    try:
        with pool.connection() as conn:
            first, last = sla_data.default_range(conn, cfg, datetime.now(timezone.utc).date())
            sla_data.daily_reports(conn, cfg, first, last)
    except Exception as e:  # a page view works it out instead; nothing depends on this
        log.warning("console: preparing the SLA page failed (%s); its first view will do it", type(e).__name__)
        return
    log.info("console: SLA page ready for %s to %s in %.1f s", first, last, time.monotonic() - t0)


def start(cfg: ReceiverConfig, pool: db.Pool) -> threading.Thread:
    thread = threading.Thread(target=_run, args=(cfg, pool), name="console-warm", daemon=True)
    thread.start()
    return thread
