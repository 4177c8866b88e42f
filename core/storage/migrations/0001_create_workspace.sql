-- The workspace this database holds: one row. Its id keys per-machine settings such as "who am I here".
-- Portable SQL only: the same files run on SQLite and PostgreSQL. Instants are UTC milliseconds (BIGINT),
-- ids are UUID text created by the app, booleans are INTEGER 0/1.
CREATE TABLE workspace (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
