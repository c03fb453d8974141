"""An engine process of a bench's own, without a daemon around it (bench load, bench tts)."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from contextlib import asynccontextmanager
from pathlib import Path


@asynccontextmanager
async def bare_engine(work: Path, cfg: dict):
    """Yields a connected EngineClient to an engine run with config `cfg` on a socket in `work`;
    leaving stops both and waits for the process (so its CPU time counts as a child's)."""
    from callwarden.engine.client import EngineClient
    sock = work / "bench-engine.sock"
    proc = subprocess.Popen([sys.executable, "-m", "callwarden.engine.server", "--socket", str(sock),
                             "--config-json", json.dumps(cfg)], stderr=subprocess.DEVNULL)
    client, stopping = EngineClient(sock), asyncio.Event()
    task = asyncio.ensure_future(client.run(stopping))
    try:
        await asyncio.wait_for(client.connected.wait(), 300)
        yield client
    finally:
        stopping.set()
        await task
        proc.terminate()
        proc.wait(10)
