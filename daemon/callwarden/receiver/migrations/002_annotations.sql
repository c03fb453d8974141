-- Annotations imported back from Label Studio (POST /v1/annotations, `import-annotations`).

-- One row per Label Studio annotation. Re-importing the same (project, annotation_id)
-- updates the row in place. Answers are NULL where the annotator left a question open.
CREATE TABLE annotations (
    project            text NOT NULL,         -- Label Studio project id; '' when the export has none
    annotation_id      text NOT NULL,         -- Label Studio's annotation id
    appliance          text NOT NULL,
    call_id            text NOT NULL,
    task_id            text,
    annotator          text,                  -- Label Studio user id (never an email)
    ground_truth       boolean NOT NULL DEFAULT false,
    intent             text,
    slot_accuracy      text,
    hallucination      boolean,
    sentiment          text,
    escalation_correct boolean,
    result             jsonb NOT NULL,        -- the result list as exported, for questions added later
    annotated_at       timestamptz,           -- Label Studio's updated_at
    imported_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (project, annotation_id),
    FOREIGN KEY (appliance, call_id) REFERENCES calls (appliance, call_id)
);
CREATE INDEX annotations_call ON annotations (appliance, call_id);

-- The annotator's better reply for one bot turn (the tts.start event at turn_seq).
CREATE TABLE annotation_corrections (
    project       text NOT NULL,
    annotation_id text NOT NULL,
    turn_seq      bigint NOT NULL,
    corrected     text NOT NULL,
    PRIMARY KEY (project, annotation_id, turn_seq),
    FOREIGN KEY (project, annotation_id) REFERENCES annotations (project, annotation_id) ON DELETE CASCADE
);
