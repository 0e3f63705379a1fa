-- Second line behind the domain: an attest above the attestant's attest right is refused by the
-- database too, as a self-attest already is (V030). Every attest stores what it was given under —
-- the attestant's role, the version of the delegationsordning, the decision's type, amount and
-- livsföring part, and the attest limits of that role — and foreign keys tie these to the rule
-- rows and to the decision, so a check can compare amount and limit.

-- The rule's attest limit as a comparable value: no limit is the largest BIGINT; no attest right
-- is NULL (and so matches no attest).
ALTER TABLE delegationsregel ADD COLUMN attest_grans_ore BIGINT;
UPDATE delegationsregel SET attest_grans_ore = COALESCE(attest_max_ore, 9223372036854775807)
WHERE far_attestera = TRUE;
ALTER TABLE delegationsregel ADD CONSTRAINT delegationsregel_attest_grans_ck CHECK (
    (far_attestera = TRUE AND attest_grans_ore = COALESCE(attest_max_ore, 9223372036854775807))
    OR (far_attestera = FALSE AND attest_grans_ore IS NULL));
ALTER TABLE delegationsregel ADD CONSTRAINT delegationsregel_attest_uk
    UNIQUE (ordning_id, beslutstyp, roll, attest_grans_ore);

ALTER TABLE attestbeslut ADD CONSTRAINT attestbeslut_attest_uk UNIQUE (id, beslutstyp, belopp_ore, livsforing_ore);

ALTER TABLE attest ADD COLUMN attestant_roll VARCHAR(40);
ALTER TABLE attest ADD COLUMN ordning_id BIGINT;
ALTER TABLE attest ADD COLUMN beslutstyp VARCHAR(30);
ALTER TABLE attest ADD COLUMN belopp_ore BIGINT;
ALTER TABLE attest ADD COLUMN livsforing_ore BIGINT;
ALTER TABLE attest ADD COLUMN attest_grans_ore BIGINT;
ALTER TABLE attest ADD COLUMN livsforing_typ VARCHAR(30);
ALTER TABLE attest ADD COLUMN livsforing_grans_ore BIGINT;

-- Attests made before this version: what they were given under, from the attestant's role, the
-- version in force on the payment date and the rules of that version.
UPDATE attest SET
    attestant_roll = (SELECT u.roll FROM anvandare u WHERE u.id = attest.attesterad_av),
    beslutstyp = (SELECT b.beslutstyp FROM attestbeslut b WHERE b.id = attest.attestbeslut_id),
    belopp_ore = (SELECT b.belopp_ore FROM attestbeslut b WHERE b.id = attest.attestbeslut_id),
    livsforing_ore = (SELECT b.livsforing_ore FROM attestbeslut b WHERE b.id = attest.attestbeslut_id),
    ordning_id = (SELECT o.id FROM delegationsordning o WHERE o.status = 'GALLANDE'
                  AND o.giltig_fran <= (SELECT b.betalningsdatum FROM attestbeslut b WHERE b.id = attest.attestbeslut_id)
                  ORDER BY o.giltig_fran DESC, o.id DESC LIMIT 1);
UPDATE attest SET attest_grans_ore = (SELECT r.attest_grans_ore FROM delegationsregel r
    WHERE r.ordning_id = attest.ordning_id AND r.beslutstyp = attest.beslutstyp AND r.roll = attest.attestant_roll);
UPDATE attest SET livsforing_typ = 'LIVSFORING_I_OVRIGT',
    livsforing_grans_ore = (SELECT r.attest_grans_ore FROM delegationsregel r WHERE r.ordning_id = attest.ordning_id
        AND r.beslutstyp = 'LIVSFORING_I_OVRIGT' AND r.roll = attest.attestant_roll)
WHERE livsforing_ore > 0;

ALTER TABLE attest ALTER COLUMN attestant_roll SET NOT NULL;
ALTER TABLE attest ALTER COLUMN ordning_id SET NOT NULL;
ALTER TABLE attest ALTER COLUMN beslutstyp SET NOT NULL;
ALTER TABLE attest ALTER COLUMN belopp_ore SET NOT NULL;
ALTER TABLE attest ALTER COLUMN livsforing_ore SET NOT NULL;
ALTER TABLE attest ALTER COLUMN attest_grans_ore SET NOT NULL;

-- The amounts are the decision's ...
ALTER TABLE attest ADD CONSTRAINT attest_beslutets_belopp_fk FOREIGN KEY (attestbeslut_id, beslutstyp, belopp_ore,
    livsforing_ore) REFERENCES attestbeslut (id, beslutstyp, belopp_ore, livsforing_ore);
-- ... the limits are the attestant role's in that version (a role without attest right has none) ...
ALTER TABLE attest ADD CONSTRAINT attest_regel_fk FOREIGN KEY (ordning_id, beslutstyp, attestant_roll, attest_grans_ore)
    REFERENCES delegationsregel (ordning_id, beslutstyp, roll, attest_grans_ore);
ALTER TABLE attest ADD CONSTRAINT attest_livsforing_regel_fk FOREIGN KEY (ordning_id, livsforing_typ, attestant_roll,
    livsforing_grans_ore) REFERENCES delegationsregel (ordning_id, beslutstyp, roll, attest_grans_ore);
-- ... and each part is within its limit (the livsföring part of a försörjningsstöd decision has its own).
ALTER TABLE attest ADD CONSTRAINT attest_inom_attestratt_ck CHECK (
    belopp_ore - livsforing_ore <= attest_grans_ore
    AND ((livsforing_ore = 0 AND livsforing_typ IS NULL AND livsforing_grans_ore IS NULL)
         OR (livsforing_ore > 0 AND livsforing_typ = 'LIVSFORING_I_OVRIGT' AND livsforing_grans_ore IS NOT NULL
             AND livsforing_ore <= livsforing_grans_ore)));
