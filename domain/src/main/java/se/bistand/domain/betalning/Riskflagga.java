package se.bistand.domain.betalning;

/**
 * What the attestant, the signers and the chef are shown about a payment. Each has a short
 * label ({@code flagga.X}) and an explanation in words ({@code flagga.X.forklaring}).
 */
public enum Riskflagga {
    /** The recipient has not been approved by a second person. */
    MOTTAGARE_EJ_GODKAND,
    /** The same account receives payments for other, unrelated households. */
    KONTO_FLERA_HUSHALL,
    /** The account is a staff member's own account. */
    KONTO_PERSONAL,
    /** The recipient's personnummer is a staff member's. */
    PERSONNUMMER_PERSONAL,
    /** The recipient or its account was registered or changed shortly before the payment. */
    NYLIGEN_ANDRAD,
    /** The decision was above the maker's delegation. */
    OVER_DELEGATION,
    /** The amount is far above the household's norm-based need. */
    HOGT_BELOPP,
    /** Several payments to the same account in the month. */
    FLERA_BETALNINGAR_SAMMA_KONTO,
    /**
     * Several livsföring i övrigt decisions of the case and month by the same person, together
     * above that person's delegation (a need split under the limit).
     */
    UPPDELAD_LIVSFORING;

    public String textnyckel() {
        return "flagga." + name();
    }

    public String forklaringsnyckel() {
        return "flagga." + name() + ".forklaring";
    }

    /** Flags that concern the integrity of the payment (shown in red rather than amber). */
    public boolean allvarlig() {
        return this == MOTTAGARE_EJ_GODKAND || this == KONTO_PERSONAL || this == PERSONNUMMER_PERSONAL
                || this == KONTO_FLERA_HUSHALL;
    }
}
