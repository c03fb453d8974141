"""Sync: signed, hash-chained batches of redacted events, from the outbox to the receiver."""
