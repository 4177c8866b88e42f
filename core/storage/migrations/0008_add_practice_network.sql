-- The publisher finds posts waiting to retry by their next attempt, as it finds scheduled ones by time.
-- Partial: a post only enters these while it waits, so publishing and finishing a post never touch them.
CREATE INDEX posts_retry_idx ON posts (state, next_attempt_at) WHERE state = 'retry-waiting';
CREATE INDEX posts_read_back_idx ON posts (state, next_attempt_at) WHERE state = 'handed-off';

-- The practice sandbox: a simulated network of sample colleagues kept in the workspace, so every feature
-- works offline and in training. Nothing here ever leaves the machine.
CREATE TABLE practice_colleagues (
    id TEXT PRIMARY KEY,
    display_name TEXT NOT NULL,
    handle TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    department TEXT NOT NULL,
    is_executive INTEGER NOT NULL DEFAULT 0
);

-- Posts in the sandbox: the colleagues' (author_colleague_id set) and the ones practised from Podium
-- (post_id set: the Post whose UUID made it, unique so a retried publish never doubles it).
CREATE TABLE practice_posts (
    id TEXT PRIMARY KEY,
    post_id TEXT UNIQUE,
    author_person_id TEXT REFERENCES people (id),
    author_colleague_id TEXT REFERENCES practice_colleagues (id),
    kind TEXT NOT NULL,
    title TEXT,
    body TEXT NOT NULL,
    in_reply_to TEXT,
    created_at BIGINT NOT NULL,
    publish_at BIGINT NOT NULL,
    likes INTEGER NOT NULL DEFAULT 0,
    replies INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX practice_posts_created_idx ON practice_posts (created_at);

-- Likes and follows are per person practising, so executives rehearsing in one workspace stay apart.
CREATE TABLE practice_likes (
    practice_post_id TEXT NOT NULL REFERENCES practice_posts (id),
    person_id TEXT NOT NULL REFERENCES people (id),
    liked_at BIGINT NOT NULL,
    PRIMARY KEY (practice_post_id, person_id)
);

CREATE TABLE practice_follows (
    colleague_id TEXT NOT NULL REFERENCES practice_colleagues (id),
    person_id TEXT NOT NULL REFERENCES people (id),
    followed_at BIGINT NOT NULL,
    PRIMARY KEY (colleague_id, person_id)
);

-- Events written in the same millisecond still need a reliable order.
ALTER TABLE audit_events ADD COLUMN sequence BIGINT NOT NULL DEFAULT 0;
CREATE INDEX audit_events_sequence_idx ON audit_events (sequence);
