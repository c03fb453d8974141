-- Call recordings uploaded by appliances (PUT /v1/recordings/APPLIANCE/CALL_ID).

-- One row per stored WAV. sha256 equals the recording_sha256 of the call's call.end in the
-- signed chain (checked on upload and by `verify`). Erasure deletes the file and sets path
-- NULL, but keeps sha256 and bytes, as it keeps the hashes of erased content.
CREATE TABLE recordings (
    appliance   text NOT NULL,
    call_id     text NOT NULL,
    sha256      text NOT NULL,
    bytes       bigint NOT NULL,
    path        text,                         -- absolute path of the file; NULL once erased
    received_at timestamptz NOT NULL DEFAULT now(),
    erased_at   timestamptz,
    PRIMARY KEY (appliance, call_id),
    FOREIGN KEY (appliance, call_id) REFERENCES calls (appliance, call_id)
);
