-- The log: entries by index with their RFC 6962 leaf hash, signed checkpoints,
-- content-addressed blobs, and a few metadata values (origin, log key).
CREATE TABLE entries (
    idx BIGINT PRIMARY KEY,
    leaf_hash BYTEA NOT NULL,
    body BYTEA NOT NULL
);
CREATE TABLE checkpoints (
    size BIGINT PRIMARY KEY,
    note TEXT NOT NULL
);
CREATE TABLE blobs (
    sha256 BYTEA PRIMARY KEY,
    bytes BYTEA NOT NULL
);
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
