-- A post to be handed off is given to the server well before its time, so it goes out while the laptop is
-- closed (Mastodon scheduled_at, WordPress future).
ALTER TABLE posts ADD COLUMN hand_off INTEGER NOT NULL DEFAULT 0;
CREATE INDEX posts_hand_off_idx ON posts (scheduled_at) WHERE hand_off = 1 AND state = 'scheduled';
