package se.bistand.domain.logg;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Transaktioner;

/**
 * A change that the rules may refuse, where the refusal must leave a trace (decision 0003): a
 * refused attest, signature, export or four-eyes confirmation.
 *
 * <p>{@link #provaOchAndra} runs in one transaction: it loads the object, asks the rules, and
 * then either makes the change (which writes its own audit row) or, on a refusal, writes one
 * refusal audit row. A refusal is not thrown inside the transaction (that would roll the audit
 * row back): the transaction commits with just that row, and the refusal's
 * {@link DomainException} is thrown after it.
 *
 * <p>Anything the loader, the rules or the change <em>throw</em> is not a refusal: it rolls the
 * transaction back and reaches the caller unchanged. So a failure that needs no trace (the object
 * does not exist, is not in the right state) may simply be thrown.
 */
public final class Vagran {

    private final Transaktioner tx;
    private final AuditLogg audit;

    public Vagran(Transaktioner tx, AuditLogg audit) {
        this.tx = tx;
        this.audit = audit;
    }

    /** A refusal by the rules: the failure to throw and the text of its audit row. */
    public record Nekande(DomainException fel, String text) {

        public Nekande {
            Objects.requireNonNull(fel, "fel");
        }

        /** The refusal {@code fel}, audited with its message key; {@code null} (no refusal) for {@code null}. */
        public static Nekande av(DomainException fel) {
            return fel == null ? null : new Nekande(fel, fel.key());
        }

        /** The refusal {@code fel}, audited with {@code text}. */
        public static Nekande av(DomainException fel, String text) {
            return new Nekande(fel, text);
        }
    }

    /**
     * Loads an object, checks the rules on it and, unless they refuse, changes it — in one
     * transaction. On a refusal the change is not made; the audit row
     * {@code (aktor, nekadHandelse, objekttyp, id, fore = null, efter = refusal text)} is written and
     * committed, and then the refusal's exception is thrown.
     *
     * @param hamta  loads the object the rules and the change work on (may throw, e.g. "does not exist")
     * @param regler the refusal, or {@code null} when the change may be made; must not write
     * @param andring makes the change and writes its audit row; returns the result ({@code null} for none)
     * @return what {@code andring} returned
     */
    public <O, T> T provaOchAndra(Aktor aktor, String nekadHandelse, String objekttyp, Object id,
                                  Supplier<O> hamta, Function<O, Nekande> regler, Function<O, T> andring) {
        Utfall<T> utfall = tx.iTransaktion(() -> {
            O objekt = hamta.get();
            Nekande nekande = regler.apply(objekt);
            if (nekande != null) {
                audit.registrera(NyAuditHandelse.av(aktor, nekadHandelse, objekttyp, id, null, nekande.text()));
                return new Utfall<T>(null, nekande.fel());
            }
            return new Utfall<>(andring.apply(objekt), null);
        });
        if (utfall.fel() != null) {
            throw utfall.fel();
        }
        return utfall.varde();
    }

    private record Utfall<T>(T varde, DomainException fel) {
    }
}
