"""sd_notify: READY=1 only once SIP is bound and the model is loaded; STATUS follows the calls."""

from __future__ import annotations

import socket
import time

from callwarden_tools.harness import Daemon
from callwarden_tools.render import CallerStyle
from helpers import run_sipp


def test_ready_and_status_over_notify_socket(tmp_path, render):
    path = tmp_path / "notify.sock"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(path))
    daemon = Daemon(tmp_path / "state", env={"NOTIFY_SOCKET": str(path)})
    messages: list[str] = []
    health_before_ready: set[int] = set()
    sock.settimeout(0.2)

    def read_until(predicate, timeout_s: float) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline and not any(predicate(m) for m in messages):
            if not any("READY=1" in m for m in messages):
                health_before_ready.add(daemon.health()[0])
            try:
                messages.append(sock.recv(4096).decode())
            except socket.timeout:
                pass

    try:
        daemon.start(wait=False)
        read_until(lambda m: "READY=1" in m, 180)
        assert any("READY=1" in m for m in messages), daemon.log_tail()
        assert daemon.health()[0] == 200      # ready means ready: SIP bound, model loaded
        assert 503 in health_before_ready and 200 not in health_before_ready   # 503 while loading
        wav = render(["Just checking my balance."], CallerStyle(seed=21), lead_in_ms=400, pause_ms=800)
        r = run_sipp("uac_speech.xml", daemon.sip_port, audio=wav, play_ms=3000, work_dir=tmp_path)
        assert r.returncode == 0, r.stderr[-1500:]
        read_until(lambda m: "STATUS=0 active call(s), 1 total" in m, 10)
        statuses = [m for m in messages if m.startswith("STATUS=")]
        assert "STATUS=1 active call(s), 1 total" in statuses
        assert statuses[-1] == "STATUS=0 active call(s), 1 total"
        code = daemon.stop()
        assert not daemon.died_before_stop, f"daemon died ({code}) before SIGTERM:\n{daemon.log_tail()}"
        assert code == 0, daemon.log_tail()
        read_until(lambda m: "STOPPING=1" in m, 5)
        assert "STOPPING=1" in messages
    finally:
        daemon.stop()
        sock.close()
