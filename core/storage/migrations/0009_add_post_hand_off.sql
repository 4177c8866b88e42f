-- A post to be handed off is given to the server well before its time, so it goes out while the laptop is
-- closed (Mastodon scheduled_at, WordPress future).
ALTER TABLE posts ADD COLUMN hand_off INTEGER NOT NULL DEFAULT 0;
-- Partial, and leading with the columns the queries name, so SQLite picks it over posts_due_idx even
-- without statistics: otherwise finding the few hand-offs would read every scheduled post.
CREATE INDEX posts_hand_off_idx ON posts (hand_off, state, scheduled_at) WHERE hand_off = 1;
