-- One-on-one practice sessions: a trainer rehearses with an executive in the practice sandbox. While a
-- session is open (ended_at IS NULL) nothing of that executive's goes to a live network.
CREATE TABLE practice_sessions (
    id TEXT PRIMARY KEY,
    trainer_id TEXT NOT NULL REFERENCES people (id),
    executive_id TEXT NOT NULL REFERENCES people (id),
    state TEXT NOT NULL CHECK (state IN ('open', 'finished', 'cancelled')),
    planned_minutes INTEGER NOT NULL,
    started_at BIGINT NOT NULL,
    ended_at BIGINT,
    outcome_summary TEXT,
    outcome_rating INTEGER,
    ready_for_live INTEGER NOT NULL DEFAULT 0
);
-- At most one open session per executive, even when two trainers start one at the same moment on a shared
-- workspace; the publisher also reads the open sessions through it.
CREATE UNIQUE INDEX practice_sessions_open_idx ON practice_sessions (executive_id) WHERE ended_at IS NULL;
CREATE INDEX practice_sessions_executive_idx ON practice_sessions (executive_id, started_at);
CREATE INDEX practice_sessions_trainer_idx ON practice_sessions (trainer_id, started_at);

-- The plan: milestones and guides to cover, in the trainer's order.
CREATE TABLE practice_session_plan_items (
    session_id TEXT NOT NULL REFERENCES practice_sessions (id),
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('milestone', 'guide')),
    item_id TEXT NOT NULL,
    done_at BIGINT,
    PRIMARY KEY (session_id, position)
);

-- Notes taken during the session. Append-only: nothing updates or deletes them.
CREATE TABLE practice_session_notes (
    session_id TEXT NOT NULL REFERENCES practice_sessions (id),
    position INTEGER NOT NULL,
    author_id TEXT REFERENCES people (id),
    written_at BIGINT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (session_id, position)
);

-- What the trainer asks the executive to follow up on after the session.
CREATE TABLE practice_session_follow_ups (
    session_id TEXT NOT NULL REFERENCES practice_sessions (id),
    position INTEGER NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (session_id, position)
);

-- The profile checklist a trainer prepares for an executive (photo, headline, about text…). It belongs to
-- the executive, not to one session, so what was ticked off stays ticked in the next session.
CREATE TABLE profile_checklist_items (
    id TEXT PRIMARY KEY,
    executive_id TEXT NOT NULL REFERENCES people (id),
    position INTEGER NOT NULL,
    body TEXT NOT NULL,
    created_by TEXT REFERENCES people (id),
    created_at BIGINT NOT NULL,
    ticked_at BIGINT,
    ticked_by TEXT REFERENCES people (id)
);
CREATE INDEX profile_checklist_items_executive_idx ON profile_checklist_items (executive_id, position);
