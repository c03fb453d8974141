"""GDPR erasure: a call's content goes, the chain's hashes and signatures stay.

Each event row of the call becomes a tombstone: call_id/seq/kind/leg/t_ms/wall and the body's
digest stay, the body becomes {"erased": true} and its salt goes (without the salt the digest
confirms no guess of the body). The digest still links into its batch's content_hash, so
`verify` checks every row of the batch, the call's neighbours fully and the tombstone's own
fields. Batches of the old format (sync v1) lose their raw bytes as before.
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
    seqs = conn.execute("UPDATE events SET body = %s, salt = NULL WHERE appliance = %s AND call_id = ANY(%s) "
                        "RETURNING batch_seq", (Jsonb(ERASED_BODY), appliance, call_ids)).fetchall()
    batch_seqs = sorted({r[0] for r in seqs})
    cur = conn.execute("UPDATE batches SET raw = NULL, erased_at = COALESCE(erased_at, now()) "
                       "WHERE appliance = %s AND batch_seq = ANY(%s)",
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


class Ambiguous(Exception):
    """The call id is stored for more than one appliance and none was named."""

    def __init__(self, appliances: list[str]) -> None:
        super().__init__(f"the call id is stored for appliances {', '.join(appliances)}: name one")
        self.appliances = appliances


def erase_call(conn: psycopg.Connection, call_id: str, appliance: str | None = None) -> dict | None:
    """Erases one call of `appliance` (or of the one appliance that has it); None when no such call
    is stored. Call ids are the appliances' own, so two may share one: that raises Ambiguous rather
    than erase another appliance's call."""
    with conn.transaction():
        appliances = sorted(r[0] for r in conn.execute(
            "SELECT appliance FROM calls WHERE call_id = %s UNION SELECT appliance FROM events WHERE call_id = %s",
            (call_id, call_id)) if appliance is None or r[0] == appliance)
        if not appliances:
            return None
        if len(appliances) > 1:
            raise Ambiguous(appliances)
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
