-- A decision that grants both försörjningsstöd and livsföring i övrigt is checked against each
-- type's own delegation and attest limit: the livsföring part of the amount is stored with it.
ALTER TABLE attestbeslut ADD COLUMN livsforing_ore BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE attestbeslut ADD CONSTRAINT attestbeslut_livsforing_ck
    CHECK (livsforing_ore >= 0 AND livsforing_ore <= belopp_ore);
