-- Payment recipients: the registrant is kept when the account is changed (konto_andrad_av is the
-- changer), and a waiting recipient can be rejected with a reason. Neither the registrant nor
-- the changer may approve or reject. Staff salary accounts are registered in the application:
-- the account as entered, when and by whom (rows from before have only the comparison key).
-- One SQL dialect for H2 (MODE=PostgreSQL) and PostgreSQL.

ALTER TABLE betalningsmottagare ADD COLUMN konto_andrad_av BIGINT;
ALTER TABLE betalningsmottagare ADD COLUMN avvisad_av BIGINT;
ALTER TABLE betalningsmottagare ADD COLUMN avvisad TIMESTAMP WITH TIME ZONE;
ALTER TABLE betalningsmottagare ADD COLUMN avvisningsorsak VARCHAR(2000);
ALTER TABLE betalningsmottagare ADD CONSTRAINT mottagare_konto_andrad_av_fk
    FOREIGN KEY (konto_andrad_av) REFERENCES anvandare (id);
ALTER TABLE betalningsmottagare ADD CONSTRAINT mottagare_avvisad_av_fk
    FOREIGN KEY (avvisad_av) REFERENCES anvandare (id);
ALTER TABLE betalningsmottagare ADD CONSTRAINT mottagare_andring_fyra_ogon
    CHECK (godkand_av IS NULL OR konto_andrad_av IS NULL OR godkand_av <> konto_andrad_av);
ALTER TABLE betalningsmottagare ADD CONSTRAINT mottagare_avvisning_fyra_ogon
    CHECK (avvisad_av IS NULL OR (avvisad_av <> registrerad_av
        AND (konto_andrad_av IS NULL OR avvisad_av <> konto_andrad_av)));
ALTER TABLE betalningsmottagare ADD CONSTRAINT mottagare_avvisad_ck
    CHECK ((status = 'AVVISAD') = (avvisad_av IS NOT NULL AND avvisad IS NOT NULL AND avvisningsorsak IS NOT NULL));

ALTER TABLE personalkonto ADD COLUMN kontoslag VARCHAR(20);
ALTER TABLE personalkonto ADD COLUMN konto VARCHAR(40);
ALTER TABLE personalkonto ADD COLUMN registrerad TIMESTAMP WITH TIME ZONE;
ALTER TABLE personalkonto ADD COLUMN registrerad_av BIGINT;
ALTER TABLE personalkonto ADD CONSTRAINT personalkonto_registrerad_av_fk
    FOREIGN KEY (registrerad_av) REFERENCES anvandare (id);
ALTER TABLE personalkonto ADD CONSTRAINT personalkonto_kontoslag_ck
    CHECK (kontoslag IS NULL OR kontoslag IN ('BANKKONTO', 'BANKGIRO', 'PLUSGIRO'));
ALTER TABLE personalkonto ADD CONSTRAINT personalkonto_konto_ck CHECK ((kontoslag IS NULL) = (konto IS NULL));
