-- The review of a delegate's post: the text as they submitted it (kept beside the text that goes out, so
-- the executive sees what they changed) and the executive's comment when asking for changes.
ALTER TABLE posts ADD COLUMN submitted_title TEXT;
ALTER TABLE posts ADD COLUMN submitted_body TEXT;
ALTER TABLE posts ADD COLUMN review_comment TEXT;
-- The scheduler wakes at approval deadlines as it does for due posts; partial like the other waiting states.
CREATE INDEX posts_approve_by_idx ON posts (state, approve_by) WHERE state = 'awaiting-approval';
-- Every delegate's action looks up the grants between one executive and one delegate.
CREATE INDEX delegations_executive_idx ON delegations (executive_id, delegate_id);
