-- The ops console (receiver/console/): users, sessions, who viewed which call, chain checks
-- run from the console, a cache of daily SLA reports, and indexes for the console's filters.

CREATE TABLE console_users (
    name          text PRIMARY KEY,
    role          text NOT NULL CHECK (role IN ('viewer', 'auditor', 'admin')),
    password_hash text NOT NULL,              -- argon2id, PHC string (console/passwords.py)
    created_at    timestamptz NOT NULL DEFAULT now(),
    disabled      boolean NOT NULL DEFAULT false,
    last_login    timestamptz
);

-- Only the sha256 of the cookie's token is kept, so a read of this table opens no session.
CREATE TABLE console_sessions (
    token_sha256 text PRIMARY KEY,
    username     text NOT NULL REFERENCES console_users (name) ON DELETE CASCADE,
    csrf         text NOT NULL,               -- the token every form of this session carries
    created_at   timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz NOT NULL         -- min(created + max age, last request + idle timeout)
);
CREATE INDEX console_sessions_expires ON console_sessions (expires_at);

-- Every view of a call (its page or its recording) by a console user.
CREATE TABLE console_access_log (
    id          bigserial PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT now(),
    username    text NOT NULL,
    role        text NOT NULL,
    appliance   text NOT NULL,
    call_id     text NOT NULL,
    what        text NOT NULL,                -- 'timeline' | 'recording'
    remote_addr text
);
CREATE INDEX console_access_log_at ON console_access_log (at);
CREATE INDEX console_access_log_call ON console_access_log (appliance, call_id, at);

-- Chain verifications an auditor ran from the console (or `verify --record`).
CREATE TABLE console_chain_checks (
    id           bigserial PRIMARY KEY,
    appliance    text NOT NULL,
    checked_at   timestamptz NOT NULL DEFAULT now(),
    checked_by   text NOT NULL,
    ok           boolean NOT NULL,
    batches      bigint NOT NULL,
    first_broken text                         -- the first broken link's line, NULL when ok
);
CREATE INDEX console_chain_checks_appliance ON console_chain_checks (appliance, checked_at DESC);

-- The SLA page's daily reports (report.sla_report), reused while the day's calls, events and
-- annotations are unchanged (fingerprint).
CREATE TABLE console_report_cache (
    day         date PRIMARY KEY,
    fingerprint text NOT NULL,
    report      jsonb NOT NULL,
    computed_at timestamptz NOT NULL DEFAULT now()
);

-- Filters of the calls list and the appliance page's figures.
CREATE INDEX calls_appliance_started ON calls (appliance, started);
CREATE INDEX calls_erased_at ON calls (erased_at) WHERE erased;
CREATE INDEX events_flag_type ON events ((body->>'type'), appliance, call_id) WHERE kind = 'flag';
CREATE INDEX batches_received ON batches (appliance, received_at);

-- What each call adds to its day's SLA report (console/sla_facts.py), kept while the call's
-- n_events and erased are unchanged: a day that gains calls is summed again from these rows
-- instead of from every event of the day.
CREATE TABLE console_call_facts (
    appliance text NOT NULL,
    call_id   text NOT NULL,
    n_events  integer NOT NULL,
    erased    boolean NOT NULL,
    facts     jsonb NOT NULL,
    PRIMARY KEY (appliance, call_id)
);
