-- Openings: the sealed part of an entry (kept off the public log, handed out
-- by the server's access rules), written in the same transaction as its entry.
-- Blob holders: which keys uploaded a blob, so an act may name only content
-- its signer's participant holds.
CREATE TABLE openings (
    idx INTEGER PRIMARY KEY,
    bytes BLOB NOT NULL
);
CREATE TABLE blob_holders (
    sha256 BLOB NOT NULL,
    holder TEXT NOT NULL,
    PRIMARY KEY (sha256, holder)
);
