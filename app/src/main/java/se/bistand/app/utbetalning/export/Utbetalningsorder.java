package se.bistand.app.utbetalning.export;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import se.bistand.domain.betalning.Kontouppgift;
import se.bistand.domain.betalning.Organisationsnummer;
import se.bistand.domain.gemensam.Money;

/**
 * One day's attested payments, ready for export to the bank (pain.001) and to ekonomi (CSV).
 *
 * @param meddelandeId unique id of this list (at most 29 characters, so that a copy's suffix fits
 *     the 35 characters of pain.001 MsgId)
 * @param skapad when the list was produced
 * @param betalningsdag requested execution date
 * @param avsandare the municipality's paying account
 * @param rader the payments, at least one
 * @param kopia true when the same list is exported again; marks the file as a copy
 */
public record Utbetalningsorder(String meddelandeId, LocalDateTime skapad, LocalDate betalningsdag,
                                Avsandare avsandare, List<Rad> rader, boolean kopia) {

    public static final int MAX_ID = 29;

    public Utbetalningsorder {
        Objects.requireNonNull(meddelandeId);
        Objects.requireNonNull(skapad);
        Objects.requireNonNull(betalningsdag);
        Objects.requireNonNull(avsandare);
        rader = List.copyOf(rader);
        if (meddelandeId.isBlank() || meddelandeId.length() > MAX_ID) {
            throw new IllegalArgumentException("meddelandeId must be 1.." + MAX_ID + " characters");
        }
        if (rader.isEmpty()) {
            throw new IllegalArgumentException("an utbetalningsorder needs at least one rad");
        }
    }

    /** The same list marked as a copy (for a second export of the same payments). */
    public Utbetalningsorder somKopia() {
        return new Utbetalningsorder(meddelandeId, skapad, betalningsdag, avsandare, rader, true);
    }

    /** MsgId for the file: the id, with {@code -KOPIA} for a copy. */
    public String filMeddelandeId() {
        return kopia ? meddelandeId + "-KOPIA" : meddelandeId;
    }

    public Money summa() {
        return rader.stream().map(Rad::belopp).reduce(Money.ZERO, Money::plus);
    }

    /**
     * The paying party.
     *
     * @param namn e.g. "Flens kommun, Socialförvaltningen"
     * @param organisationsnummer the municipality's organisationsnummer
     * @param konto the debit account (a bankgiro or a bank account), used when {@code iban} is null
     * @param iban the debit account as IBAN, or null
     * @param bic the bank's BIC, or null (written as NOTPROVIDED)
     */
    public record Avsandare(String namn, Organisationsnummer organisationsnummer, Kontouppgift konto,
                            String iban, String bic) {
        public Avsandare {
            Objects.requireNonNull(namn);
            Objects.requireNonNull(organisationsnummer);
            if (konto == null && iban == null) {
                throw new IllegalArgumentException("avsandare needs konto or iban");
            }
        }
    }

    /**
     * One payment.
     *
     * @param endToEndId the payment's own id, returned by the bank (at most 35 characters)
     * @param mottagare the recipient's name
     * @param konto the recipient's account
     * @param belopp a positive amount
     * @param meddelande text to the recipient (at most 140 characters), may be blank
     * @param skyddadIdentitet the recipient has skyddad identitet: the name goes to the bank only,
     *                         never into the CSV copy (ADR 0011)
     */
    public record Rad(String endToEndId, String mottagare, Kontouppgift konto, Money belopp, String meddelande,
                      boolean skyddadIdentitet) {

        /** A payment to a recipient without skyddad identitet. */
        public Rad(String endToEndId, String mottagare, Kontouppgift konto, Money belopp, String meddelande) {
            this(endToEndId, mottagare, konto, belopp, meddelande, false);
        }

        public Rad {
            Objects.requireNonNull(endToEndId);
            Objects.requireNonNull(mottagare);
            Objects.requireNonNull(konto);
            Objects.requireNonNull(belopp);
            if (!belopp.isPositive()) {
                throw new IllegalArgumentException("belopp must be positive: " + belopp);
            }
            if (endToEndId.isBlank() || endToEndId.length() > 35) {
                throw new IllegalArgumentException("endToEndId must be 1..35 characters");
            }
            meddelande = meddelande == null ? "" : meddelande.strip();
            if (meddelande.length() > 140) {
                throw new IllegalArgumentException("meddelande longer than 140 characters");
            }
        }
    }
}
