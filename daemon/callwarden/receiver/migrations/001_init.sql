-- Initial schema. Applied once, in a transaction, by `callwarden-receiver migrate`.

CREATE TABLE appliances (
    name       text PRIMARY KEY,
    public_key text NOT NULL,                 -- raw 32-byte Ed25519 key, base64
    added_at   timestamptz NOT NULL DEFAULT now()
);

-- One row per accepted batch: the chain itself. raw is the canonical msgpack of the
-- events list exactly as hashed; erasure sets it NULL but keeps hash/prev_hash/sig,
-- so linkage and signatures still verify.
CREATE TABLE batches (
    appliance   text NOT NULL REFERENCES appliances (name),
    batch_seq   bigint NOT NULL CHECK (batch_seq >= 0),
    prev_hash   text NOT NULL,
    hash        text NOT NULL,
    sig         text NOT NULL,
    raw         bytea,
    n_events    integer NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    erased_at   timestamptz,
    PRIMARY KEY (appliance, batch_seq)
);

-- Every stored event. batch_idx is the position inside its batch, so the batch's
-- raw bytes can be rebuilt from these rows (verify). body is lossless jsonb
-- (see receiver/jsonb.py for the few values plain JSON cannot carry).
CREATE TABLE events (
    appliance text NOT NULL,
    call_id   text NOT NULL,
    seq       bigint NOT NULL,
    batch_seq bigint NOT NULL,
    batch_idx integer NOT NULL,
    t_ms      bigint NOT NULL,
    wall      text NOT NULL,
    kind      text NOT NULL,
    leg       text NOT NULL,
    body      jsonb NOT NULL,
    PRIMARY KEY (appliance, call_id, seq),
    UNIQUE (appliance, batch_seq, batch_idx),
    FOREIGN KEY (appliance, batch_seq) REFERENCES batches (appliance, batch_seq)
        ON UPDATE CASCADE ON DELETE CASCADE
);
CREATE INDEX events_call_id ON events (call_id, seq);

-- Per-call summary, updated in the same transaction as the batch that carried the events.
CREATE TABLE calls (
    appliance         text NOT NULL REFERENCES appliances (name),
    call_id           text NOT NULL,
    from_uri          text,
    to_uri            text,
    started           timestamptz,
    ended             timestamptz,
    duration_ms       bigint,
    end_reason        text,
    utterances        integer NOT NULL DEFAULT 0,
    flags             integer NOT NULL DEFAULT 0,
    critical_flags    integer NOT NULL DEFAULT 0,
    redactions        integer NOT NULL DEFAULT 0,
    last_route_action text,
    last_route_seq    bigint,
    n_events          integer NOT NULL DEFAULT 0,
    erased            boolean NOT NULL DEFAULT false,
    erased_at         timestamptz,
    PRIMARY KEY (appliance, call_id)
);
CREATE INDEX calls_started ON calls (started);
CREATE INDEX calls_call_id ON calls (call_id);
