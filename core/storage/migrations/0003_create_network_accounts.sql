-- A NetworkAccount is an executive's account on one platform. Secrets never live here: secret_ref names
-- the entry in the OS keychain.
CREATE TABLE network_accounts (
    id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES people (id),
    platform TEXT NOT NULL,
    server_url TEXT NOT NULL,
    handle TEXT NOT NULL,
    secret_ref TEXT,
    state TEXT NOT NULL DEFAULT 'connected',
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (platform, server_url, handle)
);
CREATE INDEX network_accounts_person_idx ON network_accounts (person_id);
