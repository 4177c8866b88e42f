-- Append-only record of every change: who, acting for whom, what, when, and a detail (such as a diff).
CREATE TABLE audit_events (
    id TEXT PRIMARY KEY,
    occurred_at BIGINT NOT NULL,
    actor_id TEXT REFERENCES people (id),
    acting_for_id TEXT REFERENCES people (id),
    action TEXT NOT NULL,
    subject_type TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    detail TEXT
);
CREATE INDEX audit_events_subject_idx ON audit_events (subject_type, subject_id, occurred_at);
