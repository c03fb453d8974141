"""Independent text-level corpus and scorer for `callwarden redact` (see README.md)."""
