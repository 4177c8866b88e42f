-- A Delegation is granted by an executive to a delegate and is in force only once both accepted,
-- before its expiry and while not revoked.
CREATE TABLE delegations (
    id TEXT PRIMARY KEY,
    executive_id TEXT NOT NULL REFERENCES people (id),
    delegate_id TEXT NOT NULL REFERENCES people (id),
    level TEXT NOT NULL CHECK (level IN ('reviewer', 'author', 'editor')),
    publish_without_approval INTEGER NOT NULL DEFAULT 0,
    expires_at BIGINT,
    executive_accepted_at BIGINT,
    delegate_accepted_at BIGINT,
    revoked_at BIGINT,
    created_at BIGINT NOT NULL,
    CHECK (executive_id <> delegate_id)
);
CREATE INDEX delegations_delegate_idx ON delegations (delegate_id, executive_id);
