"""Timeline store: every CallEvent of every call, in order, in SQLite (WAL)."""

from callwarden.timeline.store import CallSummary, TimelineStore

__all__ = ["CallSummary", "TimelineStore"]
