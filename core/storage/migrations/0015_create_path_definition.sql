-- The onboarding path a trainer loaded for this workspace, used by everyone who opens it instead of the
-- path shipped with Podium. At most one row (slot 1); none means the built-in path.
CREATE TABLE path_definition (
    slot INTEGER PRIMARY KEY CHECK (slot = 1),
    document TEXT NOT NULL,
    loaded_by TEXT NOT NULL REFERENCES people (id),
    loaded_at BIGINT NOT NULL
);
