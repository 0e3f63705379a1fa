package se.bistand.domain.berakning;

import java.time.YearMonth;
import java.util.List;
import se.bistand.domain.gemensam.Money;

/**
 * A calculation with every intermediate sum, so the decision can show (and store) how the
 * amount came about. The amount decided is {@link #belopp()}.
 *
 * @param manad                   the month calculated
 * @param normAr                  year of the norm table used
 * @param normtabellId            id of the norm table used
 * @param normtabellVersion       version of the norm table used
 * @param normtabellDemo          the table is a demo table (never to be shown as official)
 * @param personerIHushallet      n: persons living in the household
 * @param personerIArendet        m: members of the case
 * @param normrader               personal costs, one line per child and one for the adult(s)
 * @param personligaKostnader     sum of the norm lines
 * @param gemensammaForHushallet  gemensamma hushållskostnader for n persons
 * @param gemensamma              the case's part: all of it, or gemensamma(n) × m / n rounded
 *                                half up to whole öre when n &gt; m
 * @param norm                    personligaKostnader + gemensamma
 * @param kostnadsrader           the reasonable costs as given
 * @param kostnader               their sum
 * @param behov                   norm + kostnader
 * @param inkomstrader            every income with its disregards
 * @param inkomster               all incomes
 * @param bortsettJobbstimulans   sum of the jobbstimulans disregards
 * @param bortsettBarn            sum of children's work income not counted
 * @param bortsett                both disregards together
 * @param raknadInkomst           inkomster − bortsett
 * @param belopp                  max(0, behov − raknadInkomst): the försörjningsstöd
 * @param normoverskott           max(0, raknadInkomst − behov)
 */
public record BerakningsResultat(
        YearMonth manad,
        int normAr,
        String normtabellId,
        int normtabellVersion,
        boolean normtabellDemo,
        int personerIHushallet,
        int personerIArendet,
        List<NormRad> normrader,
        Money personligaKostnader,
        Money gemensammaForHushallet,
        Money gemensamma,
        Money norm,
        List<Kostnad> kostnadsrader,
        Money kostnader,
        Money behov,
        List<InkomstRad> inkomstrader,
        Money inkomster,
        Money bortsettJobbstimulans,
        Money bortsettBarn,
        Money bortsett,
        Money raknadInkomst,
        Money belopp,
        Money normoverskott) {

    public BerakningsResultat {
        normrader = List.copyOf(normrader);
        kostnadsrader = List.copyOf(kostnadsrader);
        inkomstrader = List.copyOf(inkomstrader);
    }
}
