-- Installation-wide settings (e.g. whether this is a demo installation). Mutable: versioned.
CREATE TABLE installation (
    nyckel  VARCHAR(100) NOT NULL PRIMARY KEY,
    varde   VARCHAR(1000) NOT NULL,
    version BIGINT NOT NULL DEFAULT 0
);
