package se.bistand.domain.behorighet;

/** What a user may do. Checked by every domain service itself; the UI only mirrors it. */
public enum Behorighet {
    ARENDE_LASA,
    ARENDE_HANDLAGGA,
    ARENDE_FORDELA,
    BESLUT_FATTA,
    BESLUT_ATTESTERA,
    BETALNINGSMOTTAGARE_REGISTRERA,
    BETALNINGSMOTTAGARE_GODKANNA,
    UTBETALNINGSLISTA_SIGNERA,
    UTBETALNING_EXPORTERA,
    MANADSGRANSKNING,
    AVVIKELSE_RAPPORTERA,
    AVVIKELSE_HANTERA,
    UPPFOLJNING_LASA,
    LOGG_GRANSKA,
    ANVANDARE_ADMINISTRERA,
    MASTERDATA_ADMINISTRERA,
    /** Confirm (or reject) a proposed change of the delegationsordning made by someone else. */
    DELEGATION_BEKRAFTA,
    /** Confirm (or reject) a proposed change of the payout review sample made by someone else. */
    STICKPROVSREGEL_BEKRAFTA,
    /**
     * Register the socialutskott's decision (sammanträde, protocol paragraph, outcome) on a proposal
     * above every delegation limit (decision 0022).
     */
    UTSKOTTSBESLUT_REGISTRERA
}
