-- The access log becomes a hash chain like the audit trail (ADR 0012), and a list read is one
-- row that names every person shown (personer: ids separated by commas).
-- The rows written so far move to access_log_fore_kedja; V004 copies them into the new table in
-- id order with their hashes (no row of the log is ever updated) and drops the old table.
DROP INDEX access_log_person_ix;
DROP INDEX access_log_arende_ix;
ALTER TABLE access_log RENAME TO access_log_fore_kedja;

-- Append-only. id is the chain position, assigned under the lock on access_kedja.
CREATE TABLE access_log (
    id           BIGINT       NOT NULL PRIMARY KEY,
    tidpunkt     TIMESTAMP WITH TIME ZONE NOT NULL,
    anvandare_id BIGINT       NOT NULL,
    anvandarnamn VARCHAR(100) NOT NULL,
    person_id    BIGINT,
    arende_id    BIGINT,
    atgard       VARCHAR(60)  NOT NULL,
    tilldelad    BOOLEAN      NOT NULL,
    skal         VARCHAR(1000),
    personer     VARCHAR,
    prev_hash    CHAR(64)     NOT NULL,
    hash         CHAR(64)     NOT NULL
);
CREATE INDEX access_log_person_ix ON access_log (person_id);
CREATE INDEX access_log_arende_ix ON access_log (arende_id);

-- One row: the head of the access log's chain. Locked FOR UPDATE by every append.
CREATE TABLE access_kedja (
    id           INT      NOT NULL PRIMARY KEY,
    senaste_id   BIGINT   NOT NULL,
    senaste_hash CHAR(64) NOT NULL,
    CONSTRAINT access_kedja_en_rad CHECK (id = 1)
);
INSERT INTO access_kedja (id, senaste_id, senaste_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
