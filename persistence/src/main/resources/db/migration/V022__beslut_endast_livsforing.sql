-- A decision may grant or refuse livsföring i övrigt alone, without trying the monthly
-- försörjningsstöd (utfall EJ_PROVAT): its försörjningsstöd is zero and no amount applied for
-- is stored; the calculation snapshot is kept as background but is not the decided amount.
-- Only the beslut table's own checks change; existing rows already satisfy the new ones, so
-- there is nothing to backfill.
ALTER TABLE beslut DROP CONSTRAINT beslut_utfall_ck;
ALTER TABLE beslut DROP CONSTRAINT beslut_belopp_ck;
ALTER TABLE beslut ADD CONSTRAINT beslut_utfall_ck
    CHECK (utfall IN ('BIFALL', 'DELVIS_BIFALL', 'AVSLAG', 'EJ_PROVAT'));
ALTER TABLE beslut ADD CONSTRAINT beslut_belopp_ck CHECK (forsorjningsstod_ore >= 0
    AND total_ore >= forsorjningsstod_ore
    AND (utfall IN ('AVSLAG', 'EJ_PROVAT') OR forsorjningsstod_ore = berakning_belopp_ore));
ALTER TABLE beslut ADD CONSTRAINT beslut_ej_provat_ck
    CHECK (utfall <> 'EJ_PROVAT' OR (forsorjningsstod_ore = 0 AND sokt_belopp_ore IS NULL));
