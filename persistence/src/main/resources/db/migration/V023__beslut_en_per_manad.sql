-- A month's försörjningsstöd is decided once (issue 11, "the decision is about one month, once").
-- manad_nyckel is set (to the decision's month) only on the decision in force that pays
-- försörjningsstöd; UNIQUE (arende_id, manad_nyckel) then allows one per case and month (NULLs
-- are distinct in H2 and PostgreSQL alike: a dialect-neutral stand-in for a partial index).
-- ersatt is set on a decision when a change (BeslutService.andra) replaces it; the same
-- statement clears its key, before the replacement is inserted with the key. The check ties the
-- key to the row: a paying decision that is neither replaced nor an older duplicate must carry
-- it, so a second paying decision inserted behind the application's back is refused either by
-- the check (without the key) or by the unique constraint (with it).
-- Backfill: ersatt from the existing replacement links; the key on the newest paying decision
-- in force per case and month. Older paying decisions in force for a month that already has a
-- newer one (double decisions made before this rule) keep no key and are marked
-- dubblett_fore_v023 so that they can be found and corrected; no new row may use that mark
-- honestly (the application never sets it).
ALTER TABLE beslut ADD COLUMN ersatt BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE beslut ADD COLUMN manad_nyckel CHAR(7);
ALTER TABLE beslut ADD COLUMN dubblett_fore_v023 BOOLEAN DEFAULT FALSE NOT NULL;

UPDATE beslut SET ersatt = TRUE
    WHERE id IN (SELECT e.ersatter_beslut_id FROM beslut e WHERE e.ersatter_beslut_id IS NOT NULL);

UPDATE beslut SET manad_nyckel = manad
    WHERE forsorjningsstod_ore > 0 AND ersatt = FALSE
      AND id = (SELECT MAX(n.id) FROM beslut n WHERE n.arende_id = beslut.arende_id AND n.manad = beslut.manad
                AND n.forsorjningsstod_ore > 0 AND n.ersatt = FALSE);

UPDATE beslut SET dubblett_fore_v023 = TRUE
    WHERE forsorjningsstod_ore > 0 AND ersatt = FALSE AND manad_nyckel IS NULL;

ALTER TABLE beslut ADD CONSTRAINT beslut_manad_nyckel_uk UNIQUE (arende_id, manad_nyckel);
ALTER TABLE beslut ADD CONSTRAINT beslut_manad_nyckel_ck CHECK (
    (manad_nyckel IS NULL OR (manad_nyckel = manad AND forsorjningsstod_ore > 0 AND ersatt = FALSE))
    AND (manad_nyckel IS NOT NULL OR forsorjningsstod_ore = 0 OR ersatt = TRUE OR dubblett_fore_v023 = TRUE));
