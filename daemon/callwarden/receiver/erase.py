"""GDPR erasure: a call's content goes, the chain's hashes and signatures stay.

Each event row of the call keeps call_id/seq/kind/leg/t_ms/wall with body {"erased": true};
every batch that held one of them loses its raw bytes (hash, prev_hash and sig stay), so
`verify` still checks linkage and signatures and skips the content check there.
Imported annotations of the call (answers and corrected replies) are deleted too, and so is
its recording file; the recording's row keeps its sha256 and size (path NULL, erased_at set).
"""

from __future__ import annotations

from pathlib import Path

import psycopg
from psycopg.types.json import Jsonb

from callwarden.receiver import recordings

ERASED_BODY = {"erased": True}


def erase_in_tx(conn: psycopg.Connection, appliance: str, call_ids: list[str]) -> dict:
    """Erases `call_ids` of one appliance inside the caller's transaction (the appliance row is locked).
    The recording files it returns under "recording_files" are for the caller to delete after commit."""
    seqs = conn.execute("UPDATE events SET body = %s WHERE appliance = %s AND call_id = ANY(%s) "
                        "RETURNING batch_seq", (Jsonb(ERASED_BODY), appliance, call_ids)).fetchall()
    batch_seqs = sorted({r[0] for r in seqs})
    cur = conn.execute("UPDATE batches SET raw = NULL, erased_at = now() "
                       "WHERE appliance = %s AND batch_seq = ANY(%s) AND raw IS NOT NULL",
                       (appliance, batch_seqs))
    batches_cleared = cur.rowcount
    # The summary's from/to are caller identities: they go too.
    conn.execute("UPDATE calls SET erased = true, erased_at = COALESCE(erased_at, now()), "
                 "from_uri = NULL, to_uri = NULL WHERE appliance = %s AND call_id = ANY(%s)",
                 (appliance, call_ids))
    annotations = conn.execute("DELETE FROM annotations WHERE appliance = %s AND call_id = ANY(%s)",
                               (appliance, call_ids)).rowcount
    files = recordings.erase_in_tx(conn, appliance, call_ids)
    return {"events": len(seqs), "batches": batches_cleared, "annotations": annotations,
            "recordings": len(files), "recording_files": files}


def erase_call(conn: psycopg.Connection, call_id: str) -> dict | None:
    """Erases one call on every appliance that sent it; None when no such call is stored."""
    with conn.transaction():
        appliances = [r[0] for r in conn.execute(
            "SELECT appliance FROM calls WHERE call_id = %s UNION SELECT appliance FROM events WHERE call_id = %s",
            (call_id, call_id))]
        if not appliances:
            return None
        # Same lock order as ingest (appliance row), so a batch of this call arriving
        # concurrently either lands before (and is erased here) or sees erased = true.
        conn.execute("SELECT name FROM appliances WHERE name = ANY(%s) ORDER BY name FOR UPDATE", (appliances,))
        total = {"call_id": call_id, "appliances": sorted(appliances), "events": 0, "batches": 0, "annotations": 0,
                 "recordings": 0}
        files: list[Path] = []
        for appliance in sorted(appliances):
            done = erase_in_tx(conn, appliance, [call_id])
            for key in ("events", "batches", "annotations", "recordings"):
                total[key] += done[key]
            files += done["recording_files"]
    # Only once the rows say "erased": a failed transaction must not leave a row without its file.
    failed = []
    for path in files:
        try:
            path.unlink(missing_ok=True)
        except OSError as e:
            failed.append(f"{path} ({e.strerror})")
    if failed:
        raise OSError(f"call {call_id} erased, but these recording files could not be deleted: {', '.join(failed)}")
    return total
