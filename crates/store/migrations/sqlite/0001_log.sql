-- The log: entries by index with their RFC 6962 leaf hash, signed checkpoints,
-- content-addressed blobs, and a few metadata values (origin, log key).
CREATE TABLE entries (
    idx INTEGER PRIMARY KEY,
    leaf_hash BLOB NOT NULL,
    body BLOB NOT NULL
);
CREATE TABLE checkpoints (
    size INTEGER PRIMARY KEY,
    note TEXT NOT NULL
);
CREATE TABLE blobs (
    sha256 BLOB PRIMARY KEY,
    bytes BLOB NOT NULL
);
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
