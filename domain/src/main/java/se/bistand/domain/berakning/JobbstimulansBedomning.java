package se.bistand.domain.berakning;

import java.time.YearMonth;
import java.util.Optional;

/**
 * Whether jobbstimulans applies in a month, and why.
 *
 * @param manad              the month assessed
 * @param berattigad         25 % of lön is disregarded this month
 * @param kvalificering      the six consecutive months with försörjningsstöd that qualified
 *                           the current window (empty when not eligible)
 * @param fonster            the current 24-month window when eligible; when not eligible the
 *                           latest window that has ended, if any
 * @param manaderIFoljd      when not eligible: consecutive months with försörjningsstöd just
 *                           before {@code manad} that count towards a (new) qualification,
 *                           at most six; when eligible: six
 */
public record JobbstimulansBedomning(
        YearMonth manad,
        boolean berattigad,
        Optional<Manadsperiod> kvalificering,
        Optional<Manadsperiod> fonster,
        int manaderIFoljd) {

    /** The last month of the current window ("gäller t.o.m. 2027-03"), when eligible. */
    public Optional<YearMonth> gallerTom() {
        return berattigad ? fonster.map(Manadsperiod::tom) : Optional.empty();
    }
}
