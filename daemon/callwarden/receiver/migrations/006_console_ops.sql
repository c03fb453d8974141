-- What the ops console shows besides the chain itself: the software each appliance runs, the
-- batches refused because they fork (or skip ahead of) a chain, console logins, and how far each
-- sampled call got in the Label Studio loop. `verify` runs (CLI and console) keep going to
-- console_chain_checks (005).

-- From the User-Agent (`callwarden/<version>`) of the last authenticated batch that carried one.
ALTER TABLE appliances ADD COLUMN software_version text, ADD COLUMN version_seen_at timestamptz;

-- A refused fork or gap is rolled back with its batch; this row is written after the rollback so
-- it is kept. One row per offered (batch_seq, hash): an appliance retrying the same batch counts
-- up `times` instead of adding rows.
CREATE TABLE chain_conflicts (
    appliance    text NOT NULL REFERENCES appliances (name) ON DELETE CASCADE,
    batch_seq    bigint NOT NULL,
    offered_hash text NOT NULL,
    kind         text NOT NULL CHECK (kind IN ('fork', 'gap')),
    detail       text NOT NULL,
    first_at     timestamptz NOT NULL DEFAULT now(),
    last_at      timestamptz NOT NULL DEFAULT now(),
    times        bigint NOT NULL DEFAULT 1,
    PRIMARY KEY (appliance, batch_seq, offered_hash)
);
CREATE INDEX chain_conflicts_recent ON chain_conflicts (appliance, kind, last_at DESC);

-- Every console login attempt: 'ok', 'failed' (wrong name or password) or 'locked' (refused
-- unchecked during a lockout). The lockout counts 'failed' rows per user and per address.
CREATE TABLE console_login_attempts (
    id          bigserial PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT now(),
    username    text NOT NULL,
    remote_addr text NOT NULL,
    result      text NOT NULL CHECK (result IN ('ok', 'failed', 'locked'))
);
CREATE INDEX console_login_attempts_user ON console_login_attempts (username, at DESC);
CREATE INDEX console_login_attempts_addr ON console_login_attempts (remote_addr, at DESC) WHERE result = 'failed';
CREATE INDEX console_login_attempts_at ON console_login_attempts (at DESC);

-- The Label Studio loop per call: handed out by an export (CLI or API), and handed back by an
-- annotation import (`returned_annotations`: submitted or skipped annotations the import carried).
CREATE TABLE label_studio_progress (
    appliance            text NOT NULL,
    call_id              text NOT NULL,
    first_exported_at    timestamptz,
    last_exported_at     timestamptz,
    exports              integer NOT NULL DEFAULT 0,
    last_returned_at     timestamptz,
    returned_annotations integer NOT NULL DEFAULT 0,
    PRIMARY KEY (appliance, call_id),
    FOREIGN KEY (appliance, call_id) REFERENCES calls (appliance, call_id)
);
