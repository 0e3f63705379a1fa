package se.bistand.domain.arende;

import java.time.LocalDate;

/**
 * What the deadline rules need to know about one case; loaded in one query per list so that the
 * work list stays fast with many cases. Dates are null when the thing has not happened.
 *
 * @param hushallAndrat        the latest change of the household (a period started or ended)
 * @param handlingsplanNasta   next follow-up of the latest handlingsplan
 * @param formedlingNasta      next review of förmedlingsmedel while they are managed; null when none
 */
public record Bevakningsunderlag(ArendeStatus status, LocalDate aktualiserad, LocalDate nybesok,
                                 LocalDate ansokanInkommen, int oppnaKontrollpunkter, boolean harBarn,
                                 LocalDate hushallAndrat, LocalDate handlingsplanNasta, LocalDate senasteFreda,
                                 LocalDate senasteBarnkonsekvensanalys, LocalDate formedlingNasta) {
}
