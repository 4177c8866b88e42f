-- A Person is anyone using the workspace; role decides what the app offers them first.
CREATE TABLE people (
    id TEXT PRIMARY KEY,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('executive', 'delegate', 'trainer')),
    time_zone TEXT NOT NULL,
    email TEXT,
    coaching_style TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX people_role_idx ON people (role, display_name);
