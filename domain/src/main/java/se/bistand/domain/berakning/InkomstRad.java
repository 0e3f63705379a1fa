package se.bistand.domain.berakning;

import se.bistand.domain.gemensam.Money;

/**
 * How one income was treated.
 *
 * @param inkomst               the income as given
 * @param bortsettJobbstimulans the 25 % jobbstimulans disregard
 * @param bortsettBarn          the part of a child's work income not counted (below the
 *                              prisbasbelopp for the calendar year so far)
 * @param raknad                the part counted: belopp − both disregards
 */
public record InkomstRad(Inkomst inkomst, Money bortsettJobbstimulans, Money bortsettBarn, Money raknad) {

    public Money bortsett() {
        return bortsettJobbstimulans.plus(bortsettBarn);
    }
}
