package se.bistand.domain.utbetalning;

import java.util.Map;
import java.util.Optional;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Money;

/**
 * What an export checks a list against, read from the rows behind each line — the stored
 * decision, the attest, the recipient's approval, the users — never from the line itself, so a
 * line changed directly in the database no longer agrees with them (issue 13, decision 0050).
 *
 * @param rader  per line id, the line's independent facts
 * @param roller the current role of every user who attested a line or signed the list
 */
public record Exportunderlag(Map<Long, Rad> rader, Map<AnvandareId, Roll> roller) {

    public Exportunderlag {
        rader = Map.copyOf(rader);
        roller = Map.copyOf(roller);
    }

    /**
     * @param radId            the line
     * @param beslutetsTotal   the stored decision's total, read with its content hash checked; empty
     *                         when the decision is missing or no longer matches its hash
     * @param attestMottagare  the recipient recorded with the attest (what the attestant saw)
     * @param attestBelopp     the amount recorded with the attest
     * @param attestRoll       the role the attest row states
     * @param attestGrans      the attest limit of the attesting user's own role for the decision's type
     *                         in the delegationsordning the attest names (empty: that role has no attest right)
     * @param livsforingGrans  the same for the livsföring part
     * @param kontoGodkant     whether the recipient is approved and its account is the one that was approved
     */
    public record Rad(long radId, Optional<Money> beslutetsTotal, long attestMottagare, Money attestBelopp,
                      String attestRoll, Optional<Money> attestGrans, Optional<Money> livsforingGrans,
                      boolean kontoGodkant) {
    }
}
