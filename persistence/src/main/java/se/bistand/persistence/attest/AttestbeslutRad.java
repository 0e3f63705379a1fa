package se.bistand.persistence.attest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import se.bistand.domain.attest.AttestBeslut;
import se.bistand.domain.delegation.Beslutstyp;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Money;

/**
 * One row of {@code attestbeslut}, read by column name from the {@code b_} columns of
 * {@link JdbiAttestRepository#KOLUMNER} (also inside joins); money, ids, enums and times through
 * the types registered on Jdbi ({@code Kolumntyper}).
 */
public record AttestbeslutRad(long id, long beslutId, Optional<Long> arendeId, String arendeText, long hushallId,
                              Beslutstyp beslutstyp, Money beloppOre, Money livsforingOre, Money normOre,
                              Money kostnaderOre, Money inkomsterOre, LocalDate betalningsdatum, long mottagareId,
                              AnvandareId foreslagenAv, Optional<AnvandareId> beslutadAv, AttestBeslut.Status status,
                              Optional<String> returKommentar, Instant skapad, long version) {

    /** Maps the {@code b_}-prefixed columns of a row. */
    public static final RowMapper<AttestbeslutRad> MAPPNING = ConstructorMapper.of(AttestbeslutRad.class, "b");

    public AttestBeslut beslut() {
        return new AttestBeslut(id, beslutId, arendeId, arendeText, hushallId, beslutstyp, beloppOre, livsforingOre,
                new AttestBeslut.Berakningssammanfattning(normOre, kostnaderOre, inkomsterOre), betalningsdatum,
                mottagareId, foreslagenAv, beslutadAv, status, returKommentar, skapad, version);
    }
}
