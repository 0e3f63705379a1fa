package se.bistand.domain.berakning;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import se.bistand.domain.gemensam.Money;

/**
 * A member of the case's household.
 *
 * @param roll                      sökande, medsökande or barn
 * @param fodelsedatum              birth date; age is completed years on the month's first day
 * @param lunchBorta                (barn 0–6) eats lunch away from home 5 days a week
 * @param arbetsinkomstTidigareIAr  (barn) work income earlier in the calendar year, for the
 *                                  prisbasbelopp rule; zero otherwise
 * @param normJustering             reducerad / höjd norm for this member, if any
 */
public record Hushallsmedlem(
        Roll roll,
        LocalDate fodelsedatum,
        boolean lunchBorta,
        Money arbetsinkomstTidigareIAr,
        Optional<NormJustering> normJustering) {

    public Hushallsmedlem {
        Objects.requireNonNull(roll, "roll");
        Objects.requireNonNull(fodelsedatum, "fodelsedatum");
        arbetsinkomstTidigareIAr = arbetsinkomstTidigareIAr == null ? Money.ZERO : arbetsinkomstTidigareIAr;
        normJustering = normJustering == null ? Optional.empty() : normJustering;
    }

    public static Hushallsmedlem sokande(LocalDate fodelsedatum) {
        return new Hushallsmedlem(Roll.SOKANDE, fodelsedatum, false, Money.ZERO, Optional.empty());
    }

    public static Hushallsmedlem medsokande(LocalDate fodelsedatum) {
        return new Hushallsmedlem(Roll.MEDSOKANDE, fodelsedatum, false, Money.ZERO, Optional.empty());
    }

    public static Hushallsmedlem barn(LocalDate fodelsedatum) {
        return new Hushallsmedlem(Roll.BARN, fodelsedatum, false, Money.ZERO, Optional.empty());
    }

    public Hushallsmedlem medLunchBorta() {
        return new Hushallsmedlem(roll, fodelsedatum, true, arbetsinkomstTidigareIAr, normJustering);
    }

    public Hushallsmedlem medArbetsinkomstTidigareIAr(Money belopp) {
        return new Hushallsmedlem(roll, fodelsedatum, lunchBorta, belopp, normJustering);
    }

    public Hushallsmedlem med(NormJustering justering) {
        return new Hushallsmedlem(roll, fodelsedatum, lunchBorta, arbetsinkomstTidigareIAr, Optional.of(justering));
    }

    public boolean arVuxen() {
        return roll != Roll.BARN;
    }
}
