package se.bistand.domain.avvikelse;

import java.time.LocalDate;

/** A half-year (the nämnd's reporting period): {@code halva} 1 is January–June, 2 July–December. */
public record Halvar(int ar, int halva) implements Comparable<Halvar> {

    public Halvar {
        if (halva != 1 && halva != 2) {
            throw new IllegalArgumentException("halva ska vara 1 eller 2: " + halva);
        }
    }

    public static Halvar av(LocalDate dag) {
        return new Halvar(dag.getYear(), dag.getMonthValue() <= 6 ? 1 : 2);
    }

    public LocalDate forsta() {
        return LocalDate.of(ar, halva == 1 ? 1 : 7, 1);
    }

    public LocalDate sista() {
        return halva == 1 ? LocalDate.of(ar, 6, 30) : LocalDate.of(ar, 12, 31);
    }

    public Halvar foregaende() {
        return halva == 2 ? new Halvar(ar, 1) : new Halvar(ar - 1, 2);
    }

    public boolean omfattar(LocalDate dag) {
        return !dag.isBefore(forsta()) && !dag.isAfter(sista());
    }

    /** E.g. {@code 2026 H2}. */
    @Override
    public String toString() {
        return ar + " H" + halva;
    }

    @Override
    public int compareTo(Halvar o) {
        return ar != o.ar ? Integer.compare(ar, o.ar) : Integer.compare(halva, o.halva);
    }
}
