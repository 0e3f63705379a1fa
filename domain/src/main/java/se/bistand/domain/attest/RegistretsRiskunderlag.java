package se.bistand.domain.attest;

import java.util.Optional;
import java.util.stream.Collectors;
import se.bistand.domain.behorighet.Anvandare;
import se.bistand.domain.behorighet.AnvandareRepository;
import se.bistand.domain.betalning.BetalningsmottagareRepository;
import se.bistand.domain.betalning.BetalningsmottagareService;
import se.bistand.domain.betalning.Riskbedomning;

/**
 * The payee risk assessment's inputs as the registers hold them: which households are paid to
 * each account (attested decisions), the staff's own accounts, and the staff's personnummer.
 * Read inside the caller's transaction.
 */
public final class RegistretsRiskunderlag implements BetalningsmottagareService.Riskunderlag {

    private final AttestRepository attest;
    private final BetalningsmottagareRepository mottagare;
    private final AnvandareRepository anvandare;

    public RegistretsRiskunderlag(AttestRepository attest, BetalningsmottagareRepository mottagare,
                                  AnvandareRepository anvandare) {
        this.attest = attest;
        this.mottagare = mottagare;
        this.anvandare = anvandare;
    }

    @Override
    public Riskbedomning hamta() {
        return new Riskbedomning(attest.hushallPerKonto(), mottagare.personalkonton(),
                anvandare.alla().stream().map(Anvandare::personnummer).flatMap(Optional::stream)
                        .collect(Collectors.toSet()));
    }
}
