-- Finding 4: a decision above its maker's delegation is stored as a FORSLAG until someone with
-- enough delegation decides it, or (above every limit) the socialutskott's decision is registered
-- (decision 0022). status stays the one column of beslut that moves (not part of the hash); who
-- decided a proposal is a row of its own, stored once. Existing rows are BESLUTAD: nothing to backfill.
ALTER TABLE beslut ADD CONSTRAINT beslut_status_ck CHECK (status IN ('FORSLAG', 'BESLUTAD', 'AVSLAGET_AV_UTSKOTT'));
-- So that beslut_fattande can name the proposal's maker and the database refuse them as its decider.
ALTER TABLE beslut ADD CONSTRAINT beslut_id_av_uk UNIQUE (id, beslutad_av_id);

CREATE TABLE beslut_fattande (
    beslut_id            BIGINT       NOT NULL PRIMARY KEY,
    forslag_av_id        BIGINT       NOT NULL,
    delegat_id           BIGINT REFERENCES anvandare (id),
    delegat_namn         VARCHAR(200) NOT NULL,
    delegat_roll         VARCHAR(40),
    utskott_sammantrade  DATE,
    utskott_paragraf     VARCHAR(20),
    utskott_utfall       VARCHAR(20),
    registrerad_av_id    BIGINT       NOT NULL REFERENCES anvandare (id),
    registrerad          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT beslut_fattande_beslut_fk FOREIGN KEY (beslut_id, forslag_av_id) REFERENCES beslut (id, beslutad_av_id),
    -- Either a delegate decided it (who registered it is that delegate) or the socialutskott did.
    CONSTRAINT beslut_fattande_slag_ck CHECK (
        (delegat_id IS NOT NULL AND delegat_roll IS NOT NULL AND delegat_id = registrerad_av_id
            AND utskott_sammantrade IS NULL AND utskott_paragraf IS NULL AND utskott_utfall IS NULL)
        OR (delegat_id IS NULL AND delegat_roll IS NULL AND utskott_sammantrade IS NOT NULL
            AND utskott_paragraf IS NOT NULL AND utskott_utfall IN ('ENLIGT_FORSLAG', 'AVSLAG'))),
    -- Never the proposal's own maker (the domain refuses it first).
    CONSTRAINT beslut_fattande_annan_ck CHECK (registrerad_av_id <> forslag_av_id)
);
