"""Detectors: pure steps, `feed(event) -> list[CallEvent]` of flag events, no I/O."""
