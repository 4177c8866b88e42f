-- What each person did that the onboarding path counts, appended as it happens: a post published, a
-- colleague's post liked, a colleague followed, a profile item ticked. Progress is computed from it rather
-- than kept in counters, so a changed path definition re-reads the same history. Practice activity is kept
-- apart by is_practice so it never counts toward live milestones. target_is_executive is NULL where the
-- network cannot say whose post it was.
CREATE TABLE activities (
    id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES people (id),
    kind TEXT NOT NULL,
    is_practice INTEGER NOT NULL DEFAULT 0,
    target_is_executive INTEGER,
    reference TEXT,
    occurred_at BIGINT NOT NULL
);
CREATE INDEX activities_person_time_idx ON activities (person_id, is_practice, occurred_at);
