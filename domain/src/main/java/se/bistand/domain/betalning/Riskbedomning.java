package se.bistand.domain.betalning;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import se.bistand.domain.gemensam.Money;
import se.bistand.domain.gemensam.Personnummer;

/**
 * Pure rules for the recipient flags of the Flen fraud pattern: an account shared by unrelated
 * households, a staff member's account or personnummer, a recent change before payment.
 *
 * @param hushallPerKonto for each account key, the households whose decisions pay to it
 * @param personalkonton normalised keys of staff members' salary accounts
 * @param personalPersonnummer staff members' personnummer
 */
public record Riskbedomning(Map<String, Set<Long>> hushallPerKonto, Set<String> personalkonton,
                            Set<Personnummer> personalPersonnummer) {

    /** A change closer to the payment date than this is flagged. */
    public static final Duration NYLIGEN = Duration.ofDays(30);
    /** "Far above the need": more than this many percent of norm + costs. */
    public static final long HOGT_BELOPP_PROCENT = 150;
    private static final ZoneId ZON = ZoneId.of("Europe/Stockholm");

    /** Flags about the recipient alone (the recipient list). */
    public EnumSet<Riskflagga> forMottagare(Betalningsmottagare m) {
        EnumSet<Riskflagga> f = EnumSet.noneOf(Riskflagga.class);
        if (!m.arGodkand()) {
            f.add(Riskflagga.MOTTAGARE_EJ_GODKAND);
        }
        if (m.arPerson() && hushallPerKonto.getOrDefault(m.konto().normaliserad(), Set.of()).size() > 1) {
            f.add(Riskflagga.KONTO_FLERA_HUSHALL);
        }
        if (personalkonton.contains(m.konto().normaliserad())) {
            f.add(Riskflagga.KONTO_PERSONAL);
        }
        if (m.personnummer().map(personalPersonnummer::contains).orElse(false)) {
            f.add(Riskflagga.PERSONNUMMER_PERSONAL);
        }
        return f;
    }

    /** Flags about one payment of a decision for {@code hushallId} on {@code betalningsdatum}. */
    public EnumSet<Riskflagga> forBetalning(Betalningsmottagare m, long hushallId, LocalDate betalningsdatum) {
        EnumSet<Riskflagga> f = forMottagare(m);
        f.remove(Riskflagga.KONTO_FLERA_HUSHALL);
        if (m.arPerson() && hushallPerKonto.getOrDefault(m.konto().normaliserad(), Set.of()).stream()
                .anyMatch(h -> h != hushallId)) {
            f.add(Riskflagga.KONTO_FLERA_HUSHALL);
        }
        Instant betalning = betalningsdatum.atStartOfDay(ZON).toInstant();
        if (!m.kontoAndrad().isAfter(betalning) && Duration.between(m.kontoAndrad(), betalning).compareTo(NYLIGEN) < 0) {
            f.add(Riskflagga.NYLIGEN_ANDRAD);
        }
        return f;
    }

    /** True when {@code belopp} is far above the need (norm + reasonable costs); false without a need. */
    public static boolean hogtBelopp(Money belopp, Money behov) {
        return behov.isPositive() && belopp.isGreaterThan(behov.fractionHalfUp(HOGT_BELOPP_PROCENT, 100));
    }
}
