-- Sync format 2 (callwarden.wire.batch): per-event digests, a signed message that names the
-- appliance and position, one appliance per key, and a head pointer per appliance.

-- A key registered twice would let one appliance's batches pass as the other's; refuse to
-- migrate until an operator has re-keyed one of them.
DO $$
BEGIN
    IF EXISTS (SELECT public_key FROM appliances GROUP BY public_key HAVING count(*) > 1) THEN
        RAISE EXCEPTION 'two appliances share a public key: give one a new key '
                        '(appliances add NAME NEWKEY --replace) and migrate again';
    END IF;
END $$;
CREATE UNIQUE INDEX appliances_public_key ON appliances (public_key);

-- The last batch stored per appliance, updated with every batch: `verify` reports a chain
-- that stops short of it (deleted or truncated batches), not just one with a hole.
ALTER TABLE appliances ADD COLUMN head_seq bigint, ADD COLUMN head_hash text;
UPDATE appliances a SET head_seq = b.batch_seq, head_hash = b.hash
FROM (SELECT DISTINCT ON (appliance) appliance, batch_seq, hash FROM batches
      ORDER BY appliance, batch_seq DESC) b
WHERE b.appliance = a.name;

-- version 1: the old format (raw bytes hashed, signature over the hash); 2: content_hash
-- over the events' digests, which the rows below keep.
ALTER TABLE batches ADD COLUMN version smallint NOT NULL DEFAULT 1, ADD COLUMN content_hash text;
ALTER TABLE batches ALTER COLUMN version SET DEFAULT 2;

-- body_digest = sha256(salt || canonical msgpack(body)); erasure drops body and salt and keeps
-- the digest, so the event still links into its batch's content_hash and confirms no guess.
ALTER TABLE events ADD COLUMN salt bytea, ADD COLUMN body_digest bytea;
