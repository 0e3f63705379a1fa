-- Shared-database security (V050–V059, issue 13, docs/decisions/0050-databasen-som-andra-linje.md).
-- One SQL dialect for H2 (MODE=PostgreSQL) and PostgreSQL; PostgreSQL-only rules live in
-- db/postgresql (triggers, roles), which Flyway reads only on PostgreSQL.
--
-- What the export checks a payout line against must not be the line itself. The attest records
-- the recipient the attestant saw (a composite foreign key keeps the decision's recipient from
-- being changed under an attest), and a recipient's approval records the account key a second
-- person approved, so an account changed in the database no longer matches it.

ALTER TABLE attestbeslut ADD CONSTRAINT attestbeslut_mottagare_uk UNIQUE (id, mottagare_id);
ALTER TABLE attest ADD COLUMN mottagare_id BIGINT;
UPDATE attest SET mottagare_id = (SELECT b.mottagare_id FROM attestbeslut b WHERE b.id = attest.attestbeslut_id);
ALTER TABLE attest ALTER COLUMN mottagare_id SET NOT NULL;
ALTER TABLE attest ADD CONSTRAINT attest_mottagare_fk FOREIGN KEY (attestbeslut_id, mottagare_id)
    REFERENCES attestbeslut (id, mottagare_id);

ALTER TABLE betalningsmottagare ADD COLUMN godkant_konto_nyckel VARCHAR(40);
UPDATE betalningsmottagare SET godkant_konto_nyckel = konto_nyckel WHERE status = 'GODKAND';
ALTER TABLE betalningsmottagare ADD CONSTRAINT mottagare_godkant_konto_ck
    CHECK (status <> 'GODKAND' OR godkant_konto_nyckel IS NOT NULL);
