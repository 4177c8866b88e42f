-- A Post and its lifecycle. author_id is always the executive (the author of record); who prepared,
-- approved and published it is kept beside. The id doubles as the idempotency key on every platform.
-- scheduled_at is a UTC instant; scheduled_zone is the IANA zone the time was chosen in.
CREATE TABLE posts (
    id TEXT PRIMARY KEY,
    author_id TEXT NOT NULL REFERENCES people (id),
    account_id TEXT REFERENCES network_accounts (id),
    platform TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('status', 'reply', 'comment', 'like', 'follow', 'article')),
    state TEXT NOT NULL,
    title TEXT,
    body TEXT NOT NULL DEFAULT '',
    in_reply_to TEXT,
    is_practice INTEGER NOT NULL DEFAULT 0,
    prepared_by TEXT REFERENCES people (id),
    approved_by TEXT REFERENCES people (id),
    published_by TEXT REFERENCES people (id),
    scheduled_at BIGINT,
    scheduled_zone TEXT,
    approve_by BIGINT,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT,
    remote_id TEXT,
    remote_url TEXT,
    last_error_code TEXT,
    last_error_detail TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX posts_due_idx ON posts (state, scheduled_at);
CREATE INDEX posts_author_state_idx ON posts (author_id, state, scheduled_at);
