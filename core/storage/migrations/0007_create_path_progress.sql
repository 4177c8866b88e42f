-- Progress along the onboarding path. Practice and live achievements are kept apart by is_practice so
-- rehearsal never counts toward live milestones or leaderboards.
CREATE TABLE milestone_progress (
    person_id TEXT NOT NULL REFERENCES people (id),
    milestone_id TEXT NOT NULL,
    is_practice INTEGER NOT NULL DEFAULT 0,
    achieved_at BIGINT NOT NULL,
    PRIMARY KEY (person_id, milestone_id, is_practice)
);
CREATE TABLE tier_unlocks (
    person_id TEXT NOT NULL REFERENCES people (id),
    tier INTEGER NOT NULL,
    unlocked_at BIGINT NOT NULL,
    unlocked_by TEXT REFERENCES people (id),
    PRIMARY KEY (person_id, tier)
);
