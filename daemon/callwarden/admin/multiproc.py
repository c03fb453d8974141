"""prometheus_client's multiprocess mode for one `callwarden run`, and the /metrics exposition.

The master calls `enable(dir)` before it makes a metric or starts a child: the directory is
emptied (a previous run's files would add its counts to this run's and keep its dead
processes' gauges), and PROMETHEUS_MULTIPROC_DIR is set, so the engine and the workers, which
inherit the environment, write their values there too. A child that dies is `mark_dead`:
its live gauges (calls up, queue depth) go with it, its counters and histograms stay, so
totals never go back when a worker is restarted. The directory lives in the state dir next
to the engine socket and the workers' status files.

`exposition` is the page: every process's values (or this process's, without the mode),
`callwarden_build_info`, and process_* metrics (CPU, memory, fds) of each daemon process,
labelled `process`.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Callable

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, ProcessCollector, generate_latest, values
from prometheus_client import multiprocess
from prometheus_client.metrics_core import GaugeMetricFamily, Metric

ENV = "PROMETHEUS_MULTIPROC_DIR"
DIR_NAME = "metrics"


def metrics_dir(state_dir: Path) -> Path:
    return Path(state_dir) / DIR_NAME


def enable(directory: Path) -> None:
    """Multiprocess mode for this process and every child started after this; `directory` emptied."""
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir(parents=True, mode=0o750)
    os.environ[ENV] = str(directory)
    # prometheus_client chose its value class when it was imported (before the variable was set).
    values.ValueClass = values.MultiProcessValue()


def mark_dead(pid: int | None) -> None:
    """A child exited: its live gauges are dropped (harmless for a process that wrote none)."""
    directory = os.environ.get(ENV)
    if directory and pid:
        multiprocess.mark_process_dead(pid, directory)


class _Forward:
    """The metrics of one registry inside another (this process's, outside multiprocess mode)."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self._registry = registry

    def collect(self):
        return self._registry.collect()


class _BuildInfo:
    def __init__(self, version: str) -> None:
        self._version = version

    def collect(self):
        info = GaugeMetricFamily("callwarden_build_info", "The running callwarden's version (always 1)",
                                 labels=["version"])
        info.add_metric([self._version], 1)
        yield info


class _Processes:
    """process_* (prometheus_client's own collector, read from /proc) for each daemon process."""

    def __init__(self, processes: Callable[[], dict[str, int | None]]) -> None:
        self._processes = processes

    def collect(self):
        families: dict[str, Metric] = {}
        for name, pid in self._processes().items():
            if not pid:
                continue
            for family in ProcessCollector(pid=lambda pid=pid: pid, registry=None).collect():
                out = families.setdefault(family.name, Metric(family.name, family.documentation, family.type))
                for sample in family.samples:
                    out.add_sample(sample.name, {**sample.labels, "process": name}, sample.value)
        return list(families.values())


def exposition(own: CollectorRegistry, version: str,
               processes: Callable[[], dict[str, int | None]] = lambda: {"master": os.getpid()}) -> tuple[bytes, str]:
    """(body, content type) of /metrics. `own`: this process's registry, used outside multiprocess
    mode; `processes`: name -> pid of each daemon process now."""
    registry = CollectorRegistry(auto_describe=False)
    directory = os.environ.get(ENV)
    if directory:
        multiprocess.MultiProcessCollector(registry, path=directory)
    else:
        registry.register(_Forward(own))
    registry.register(_BuildInfo(version))
    registry.register(_Processes(processes))
    return generate_latest(registry), CONTENT_TYPE_LATEST
