"""Central receiver: verifies signed, hash-chained batches from appliances and stores them in PostgreSQL.

Modules: config (typed settings), db (connections, migrations), jsonb (lossless body <-> jsonb),
ingest (one batch, one transaction), queries (read side), verify (chain audit), erase (GDPR),
export (Label Studio), report (SLA), app (WSGI), cli (`callwarden-receiver`).
"""
