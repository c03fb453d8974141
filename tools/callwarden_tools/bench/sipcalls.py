"""What `bench sipload` drives and watches: the sipp caller's scenario, placing one call, and the
CPU and memory of the daemon's whole process tree read from /proc while the calls run."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

from callwarden_tools.sip import sipp

_FROM = '"load" <sip:@USER@@[local_ip]:[local_port]>;tag=[pid]L[call_number]'
_CONTACT = "<sip:@USER@@[local_ip]:[local_port];transport=[transport]>"
SCENARIO = """<?xml version="1.0" encoding="ISO-8859-1" ?>
<scenario name="load caller">
  <send retrans="500"><![CDATA[
""" + sipp.invite(_FROM, _CONTACT) + sipp.sdp("load", extra="a=ptime:20\n") + """]]></send>
  <recv response="100" optional="true"/>
  <recv response="180" optional="true"/>
  <recv response="503" optional="true" next="refused"/>
  <recv response="200" rrs="true"/>
  <send><![CDATA[
""" + sipp.in_dialog("ACK", 1, _FROM, _CONTACT, routes=True) + """]]></send>
  <nop><action><exec rtp_stream="@AUDIO@,1,0"/></action></nop>
  <pause milliseconds="@PLAY_MS@"/>
  <send retrans="500"><![CDATA[
""" + sipp.in_dialog("BYE", 2, _FROM, _CONTACT, routes=True) + """]]></send>
  <recv response="200" next="done"/>
  <label id="refused"/>
  <send><![CDATA[
""" + sipp.in_dialog("ACK", 1, _FROM, uri="sip:bot@[remote_ip]:[remote_port]") + """]]></send>
  <nop><action><exec command="touch @REFUSED@"/></action></nop>
  <label id="done"/>
</scenario>
"""


class ProcessSampler:
    """CPU ticks and RSS of a process and all its descendants, sampled from /proc."""

    def __init__(self, root_pid: int, every_s: float = 0.5) -> None:
        self.root, self.every_s = root_pid, every_s
        self.first: dict[int, int] = {}
        self.last: dict[int, int] = {}
        self.names: dict[int, str] = {}
        self.peak_rss = 0
        self.peak_rss_by: dict[str, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @staticmethod
    def _stat(pid: int) -> tuple[int, int, int] | None:
        """(ppid, utime + stime ticks, rss pages)."""
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            return None
        return int(fields[1]), int(fields[11]) + int(fields[12]), int(fields[21])

    @staticmethod
    def _kind(pid: int) -> str:
        try:
            argv = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace").split("\0")
        except OSError:
            return "gone"
        if Path(argv[0]).name == "kamailio":
            return "kamailio"
        if argv[1:3] == ["-m", "callwarden.engine.server"]:
            return "engine"
        if argv[1:4] == ["-m", "callwarden.cli", "worker"]:
            return "workers"
        return "other"

    def sample(self) -> None:
        stats = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit() and (s := self._stat(int(entry))) is not None:
                stats[int(entry)] = s
        tree, frontier = {self.root}, [self.root]
        while frontier:
            parent = frontier.pop()
            for pid, (ppid, _, _) in stats.items():
                if ppid == parent and pid not in tree:
                    tree.add(pid)
                    frontier.append(pid)
        page = os.sysconf("SC_PAGE_SIZE")
        rss, by = 0, {}
        for pid in tree:
            if pid not in stats:
                continue
            if self.names.get(pid, "other") == "other":     # again until exec has named it
                self.names[pid] = "master" if pid == self.root else self._kind(pid)
            self.first.setdefault(pid, stats[pid][1])
            self.last[pid] = stats[pid][1]
            rss += stats[pid][2] * page
            by[self.names[pid]] = by.get(self.names[pid], 0) + stats[pid][2] * page
        self.peak_rss = max(self.peak_rss, rss)
        for name, value in by.items():
            self.peak_rss_by[name] = max(self.peak_rss_by.get(name, 0), value)

    def start(self) -> None:
        self.sample()       # the baseline: only ticks spent after this count
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self.every_s):
            self.sample()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()
        self.sample()

    def cpu_s(self) -> dict[str, float]:
        tick = os.sysconf("SC_CLK_TCK")
        out: dict[str, float] = {}
        for pid, last in self.last.items():
            out[self.names[pid]] = out.get(self.names[pid], 0.0) + (last - self.first[pid]) / tick
        return out


def place_call(k: int, ul: Path, play_ms: int, port: int, media_port: int, work: Path) -> int:
    """sipp's exit code; a 503 is a completed scenario that leaves `call{k}.refused` in `work`."""
    xml = work / f"call{k}.xml"
    xml.write_text(SCENARIO.replace("@USER@", f"load{k}").replace("@AUDIO@", str(ul))
                   .replace("@PLAY_MS@", str(play_ms)).replace("@REFUSED@", str(work / f"call{k}.refused")))
    return sipp.play_one(xml, port, work, play_ms // 1000 + 60, work / f"call{k}.errors.log", media_port)


def wait_closed(state_dir: Path, n: int, limit_s: float) -> None:
    """Until every placed call has its call.end in the timeline (or limit_s)."""
    from callwarden.timeline import TimelineStore
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        store = TimelineStore(state_dir, readonly=True)
        try:
            closed = sum(1 for c in store.calls(10_000) if c.ended and "sip:load" in c.from_uri)
        finally:
            store.close()
        if closed >= n:
            return
        time.sleep(0.5)
