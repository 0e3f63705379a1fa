-- A sampled payment is marked reviewed only by someone who opened it (the stored decision card
-- and the case in brief). Each opening is recorded; the reviewer of a line must have a recorded
-- opening of it (second line behind the domain).
CREATE TABLE utbetalning_oppnad (
    utbetalning_id BIGINT NOT NULL,
    anvandare_id   BIGINT NOT NULL REFERENCES anvandare (id),
    oppnad         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (utbetalning_id, anvandare_id)
);

-- Lines reviewed before this version were opened by the same button that marked them.
INSERT INTO utbetalning_oppnad (utbetalning_id, anvandare_id, oppnad)
SELECT id, granskad_av, granskad FROM utbetalning WHERE granskad_av IS NOT NULL AND granskad IS NOT NULL;
INSERT INTO utbetalning_oppnad (utbetalning_id, anvandare_id, oppnad)
SELECT u.id, u.granskad_av, l.skapad FROM utbetalning u JOIN utbetalningslista l ON l.id = u.lista_id
WHERE u.granskad_av IS NOT NULL AND u.granskad IS NULL;

ALTER TABLE utbetalning ADD CONSTRAINT utbetalning_granskad_oppnad_fk FOREIGN KEY (id, granskad_av)
    REFERENCES utbetalning_oppnad (utbetalning_id, anvandare_id);
