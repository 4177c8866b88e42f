-- The queue lists posts by group and time, and posts without a time (drafts, "as soon as possible") by when
-- they were made. Indexing that expression lets each page be one range scan, for all the executives a
-- delegate sees or for one of them.
CREATE INDEX posts_queue_idx ON posts (state, (COALESCE(scheduled_at, created_at)), id);
DROP INDEX posts_author_state_idx;
CREATE INDEX posts_author_queue_idx ON posts (author_id, state, (COALESCE(scheduled_at, created_at)), id);
