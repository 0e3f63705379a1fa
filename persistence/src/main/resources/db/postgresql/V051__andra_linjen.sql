-- PostgreSQL only: Flyway reads db/postgresql only when the database is PostgreSQL (Databas.platser;
-- docs/decisions/0050-databasen-som-andra-linje.md). The database as the second line behind the
-- domain (issue 13): the rules a CHECK or a foreign key cannot express, as triggers. Each refusal
-- names its rule (bistand_...) so a test and an operator can tell which one spoke.

-- Append-only tables: no UPDATE, DELETE or TRUNCATE, for any role that is subject to triggers.
CREATE FUNCTION bistand_endast_tillagg() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'bistand_endast_tillagg: % av % är inte tillåtet, tabellen tar bara nya rader', TG_OP, TG_TABLE_NAME;
END
$$;

CREATE TRIGGER audit_event_endast_tillagg BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION bistand_endast_tillagg();
CREATE TRIGGER audit_event_ingen_tomning BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION bistand_endast_tillagg();
CREATE TRIGGER access_log_endast_tillagg BEFORE UPDATE OR DELETE ON access_log
    FOR EACH ROW EXECUTE FUNCTION bistand_endast_tillagg();
CREATE TRIGGER access_log_ingen_tomning BEFORE TRUNCATE ON access_log
    FOR EACH STATEMENT EXECUTE FUNCTION bistand_endast_tillagg();
CREATE TRIGGER attest_endast_tillagg BEFORE UPDATE OR DELETE ON attest
    FOR EACH ROW EXECUTE FUNCTION bistand_endast_tillagg();
CREATE TRIGGER signatur_endast_tillagg BEFORE UPDATE OR DELETE ON utbetalningslista_signatur
    FOR EACH ROW EXECUTE FUNCTION bistand_endast_tillagg();
CREATE TRIGGER export_endast_tillagg BEFORE UPDATE OR DELETE ON utbetalning_export
    FOR EACH ROW EXECUTE FUNCTION bistand_endast_tillagg();
CREATE TRIGGER berakningspost_endast_tillagg BEFORE UPDATE OR DELETE ON beslut_berakningspost
    FOR EACH ROW EXECUTE FUNCTION bistand_endast_tillagg();
CREATE TRIGGER beslut_livsforing_endast_tillagg BEFORE UPDATE OR DELETE ON beslut_livsforing
    FOR EACH ROW EXECUTE FUNCTION bistand_endast_tillagg();
CREATE TRIGGER lista_tas_inte_bort BEFORE DELETE ON utbetalningslista
    FOR EACH ROW EXECUTE FUNCTION bistand_endast_tillagg();
CREATE TRIGGER mottagare_tas_inte_bort BEFORE DELETE ON betalningsmottagare
    FOR EACH ROW EXECUTE FUNCTION bistand_endast_tillagg();

-- A decision is never changed (V021): only its status may move, and a replacement marks it
-- replaced and clears its month key (V023); it is never deleted.
CREATE FUNCTION bistand_beslut_oforanderligt() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE'
            OR (to_jsonb(NEW) - ARRAY['status', 'ersatt', 'manad_nyckel'])
               IS DISTINCT FROM (to_jsonb(OLD) - ARRAY['status', 'ersatt', 'manad_nyckel'])
            OR (OLD.ersatt AND NOT NEW.ersatt)
            OR (NEW.manad_nyckel IS NOT NULL AND NEW.manad_nyckel IS DISTINCT FROM OLD.manad_nyckel) THEN
        RAISE EXCEPTION 'bistand_beslut_oforanderligt: beslut % ändras aldrig, ett nytt beslut ersätter det', OLD.id;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER beslut_oforanderligt BEFORE UPDATE OR DELETE ON beslut
    FOR EACH ROW EXECUTE FUNCTION bistand_beslut_oforanderligt();

-- A decision handed to attest pays the stored decision's total, and what it says about the
-- payment (amount, recipient, date, type, who prepared it) never changes afterwards.
CREATE FUNCTION bistand_attestbeslut() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'bistand_attestbeslut: ett beslut för attest tas inte bort';
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.belopp_ore IS DISTINCT FROM (SELECT b.total_ore FROM beslut b WHERE b.id = NEW.beslut_id) THEN
            RAISE EXCEPTION 'bistand_attestbeslut: beloppet % öre är inte beslutets totalbelopp', NEW.belopp_ore;
        END IF;
        RETURN NEW;
    END IF;
    IF (NEW.beslut_id, NEW.arende_id, NEW.hushall_id, NEW.beslutstyp, NEW.belopp_ore, NEW.livsforing_ore,
        NEW.betalningsdatum, NEW.mottagare_id, NEW.foreslagen_av)
       IS DISTINCT FROM (OLD.beslut_id, OLD.arende_id, OLD.hushall_id, OLD.beslutstyp, OLD.belopp_ore,
        OLD.livsforing_ore, OLD.betalningsdatum, OLD.mottagare_id, OLD.foreslagen_av) THEN
        RAISE EXCEPTION 'bistand_attestbeslut: belopp, mottagare och betalningsdag i beslut % ändras inte', OLD.beslut_id;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER attestbeslut_regler BEFORE INSERT OR UPDATE OR DELETE ON attestbeslut
    FOR EACH ROW EXECUTE FUNCTION bistand_attestbeslut();

-- An attest states the attesting user's own role at the time (an active user), for the
-- decision's approved recipient.
CREATE FUNCTION bistand_attest() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM anvandare u WHERE u.id = NEW.attesterad_av AND u.roll = NEW.attestant_roll
                   AND u.aktiv) THEN
        RAISE EXCEPTION 'bistand_attest_roll: attestanten % har inte rollen %', NEW.attesterad_av, NEW.attestant_roll;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM betalningsmottagare m WHERE m.id = NEW.mottagare_id AND m.status = 'GODKAND') THEN
        RAISE EXCEPTION 'bistand_attest_mottagare: mottagaren % är inte godkänd', NEW.mottagare_id;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER attest_regler BEFORE INSERT ON attest FOR EACH ROW EXECUTE FUNCTION bistand_attest();

-- A payment line: only on an open list, only for an attested decision whose amount is the stored
-- decision's total and whose recipient is the attested, approved one; never moved to another
-- list or attest; gone only from an open list.
CREATE FUNCTION bistand_utbetalning() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    listan BIGINT := CASE WHEN TG_OP = 'DELETE' THEN OLD.lista_id ELSE NEW.lista_id END;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM utbetalningslista l WHERE l.id = listan AND l.status IN ('UTKAST', 'GRANSKAD')) THEN
        RAISE EXCEPTION 'bistand_utbetalning_last: utbetalningslista % är signerad och låst', listan;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    IF TG_OP = 'UPDATE' AND (NEW.attest_id, NEW.lista_id) IS DISTINCT FROM (OLD.attest_id, OLD.lista_id) THEN
        RAISE EXCEPTION 'bistand_utbetalning_last: en utbetalning flyttas inte till en annan lista eller attest';
    END IF;
    IF TG_OP = 'INSERT' AND NOT EXISTS (
            SELECT 1 FROM attest a JOIN attestbeslut ab ON ab.id = a.attestbeslut_id
            JOIN beslut b ON b.id = ab.beslut_id JOIN betalningsmottagare m ON m.id = ab.mottagare_id
            WHERE a.id = NEW.attest_id AND ab.status = 'ATTESTERAD' AND ab.belopp_ore = b.total_ore
              AND ab.mottagare_id = a.mottagare_id AND m.status = 'GODKAND'
              AND m.godkant_konto_nyckel = m.konto_nyckel) THEN
        RAISE EXCEPTION 'bistand_utbetalning_belopp: utbetalningen för attest % stämmer inte med beslutets belopp '
            'eller godkända mottagare', NEW.attest_id;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER utbetalning_regler BEFORE INSERT OR UPDATE OR DELETE ON utbetalning
    FOR EACH ROW EXECUTE FUNCTION bistand_utbetalning();

-- The list's status moves only forward (a line added to a reviewed list sends it back to Utkast);
-- Granskad needs the sample drawn and reviewed; Signerad 1/2 and 2/2 need their signature rows
-- over the list's hash; Exporterad needs an export row. From the first signature on the hash,
-- the date and the sample are frozen.
CREATE FUNCTION bistand_lista_steg(s VARCHAR) RETURNS INT LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE s WHEN 'UTKAST' THEN 0 WHEN 'GRANSKAD' THEN 1 WHEN 'SIGNERAD_1' THEN 2 WHEN 'SIGNERAD_2' THEN 3
        WHEN 'EXPORTERAD' THEN 4 END
$$;

CREATE FUNCTION bistand_utbetalningslista() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    fore INT := bistand_lista_steg(OLD.status);
    efter INT := bistand_lista_steg(NEW.status);
    signaturer INT;
BEGIN
    IF efter < fore AND NOT (OLD.status = 'GRANSKAD' AND NEW.status = 'UTKAST') THEN
        RAISE EXCEPTION 'bistand_lista_framat: lista % kan inte gå från % till %', OLD.id, OLD.status, NEW.status;
    END IF;
    IF fore >= 2 AND (NEW.innehall_hash, NEW.betalningsdatum, NEW.stickprov_draget)
            IS DISTINCT FROM (OLD.innehall_hash, OLD.betalningsdatum, OLD.stickprov_draget) THEN
        RAISE EXCEPTION 'bistand_lista_framat: lista % är signerad och låst', OLD.id;
    END IF;
    IF efter = 1 AND (NOT NEW.stickprov_draget OR EXISTS (SELECT 1 FROM utbetalning u WHERE u.lista_id = NEW.id
            AND u.i_stickprov AND u.granskad_av IS NULL)) THEN
        RAISE EXCEPTION 'bistand_lista_granskad: lista % har inte granskat stickprov', NEW.id;
    END IF;
    IF efter >= 2 THEN
        SELECT COUNT(*) INTO signaturer FROM utbetalningslista_signatur s
        WHERE s.lista_id = NEW.id AND s.innehall_hash = NEW.innehall_hash AND s.nummer <= LEAST(efter - 1, 2);
        IF signaturer <> LEAST(efter - 1, 2) THEN
            RAISE EXCEPTION 'bistand_lista_signaturer: lista % har % av % signaturer över sitt innehåll',
                NEW.id, signaturer, LEAST(efter - 1, 2);
        END IF;
    END IF;
    IF efter = 4 AND NOT EXISTS (SELECT 1 FROM utbetalning_export e WHERE e.lista_id = NEW.id) THEN
        RAISE EXCEPTION 'bistand_lista_framat: lista % har ingen export', NEW.id;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER utbetalningslista_regler BEFORE UPDATE ON utbetalningslista
    FOR EACH ROW EXECUTE FUNCTION bistand_utbetalningslista();

-- A signature: the first on a reviewed list, the second on a list signed once and over the same
-- hash as the first; by an active enhetschef or avdelningschef who prepared, decided or attested
-- none of its payments.
CREATE FUNCTION bistand_signatur() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM utbetalningslista l WHERE l.id = NEW.lista_id
            AND l.status = CASE NEW.nummer WHEN 1 THEN 'GRANSKAD' ELSE 'SIGNERAD_1' END
            AND (NEW.nummer = 1 OR l.innehall_hash = NEW.innehall_hash)) THEN
        RAISE EXCEPTION 'bistand_signatur: signatur % passar inte listans status eller innehåll', NEW.nummer;
    END IF;
    -- Which roles may sign is the signing rule in data (V035's foreign key to signeringsregel_plats);
    -- here the stated role must be the signer's own role, and the signer active.
    IF NOT EXISTS (SELECT 1 FROM anvandare u WHERE u.id = NEW.anvandare_id AND u.aktiv
            AND u.roll = NEW.roll) THEN
        RAISE EXCEPTION 'bistand_signatur: användare % har inte rollen % eller är inte aktiv', NEW.anvandare_id, NEW.roll;
    END IF;
    IF EXISTS (SELECT 1 FROM utbetalning u JOIN attest a ON a.id = u.attest_id
            JOIN attestbeslut ab ON ab.id = a.attestbeslut_id WHERE u.lista_id = NEW.lista_id
            AND NEW.anvandare_id IN (a.attesterad_av, ab.foreslagen_av, ab.beslutad_av)) THEN
        RAISE EXCEPTION 'bistand_signatur: användare % är inblandad i en utbetalning på listan', NEW.anvandare_id;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER signatur_regler BEFORE INSERT ON utbetalningslista_signatur
    FOR EACH ROW EXECUTE FUNCTION bistand_signatur();

CREATE FUNCTION bistand_export() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM utbetalningslista l WHERE l.id = NEW.lista_id
            AND l.status IN ('SIGNERAD_2', 'EXPORTERAD') AND l.innehall_hash = NEW.innehall_hash) THEN
        RAISE EXCEPTION 'bistand_export: lista % är inte signerad två gånger över detta innehåll', NEW.lista_id;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER export_regler BEFORE INSERT ON utbetalning_export FOR EACH ROW EXECUTE FUNCTION bistand_export();

-- An approved recipient's account does not change while it stays approved, and approval records
-- the account that was approved.
CREATE FUNCTION bistand_mottagare() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status = 'GODKAND' AND NEW.godkant_konto_nyckel IS DISTINCT FROM NEW.konto_nyckel THEN
        RAISE EXCEPTION 'bistand_mottagare_konto: mottagare % har inte det godkända kontot', NEW.id;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.status = 'GODKAND' AND NEW.status = 'GODKAND'
            AND (NEW.konto, NEW.kontoslag, NEW.godkand_av) IS DISTINCT FROM (OLD.konto, OLD.kontoslag, OLD.godkand_av) THEN
        RAISE EXCEPTION 'bistand_mottagare_konto: en godkänd mottagares konto ändras bara med ett nytt godkännande';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER mottagare_regler BEFORE INSERT OR UPDATE ON betalningsmottagare
    FOR EACH ROW EXECUTE FUNCTION bistand_mottagare();
