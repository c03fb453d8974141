"""Central receiver: verifies signed, hash-chained batches from appliances and stores them in PostgreSQL.

Modules: config (typed settings; receiver.toml lists every key), db (connections, migrations),
jsonb (lossless body <-> jsonb), ingest (one batch, one transaction), queries (read side),
verify (chain audit), erase (GDPR), export (Label Studio tasks), labels (the labeling config),
annotations (reading Label Studio's export back), annotation_store (storing it), pairs (RLHF
preference pairs), report (SLA), auth (API token), recordings (call WAVs: upload, erase, audit),
app (WSGI), cli (`callwarden-receiver`).
"""
