"""Benchmarks behind `callwarden bench` (see tests/bench/)."""
