package se.bistand.domain.avvikelse;

import java.util.List;
import java.util.Optional;
import se.bistand.domain.gemensam.Id.AnvandareId;

/** Port for avvikelser and their routing data. Works only inside a transaction. */
public interface AvvikelseRepository {

    /** Saves a new avvikelse with its steps; returns it with its id. */
    Avvikelse skapa(Avvikelse ny);

    /**
     * Saves the mutable fields and appends the steps not yet stored; throws
     * {@code OptimistiskLasningException} when the stored version is not {@code a.version()}.
     */
    Avvikelse uppdatera(Avvikelse a);

    Optional<Avvikelse> hitta(long id);

    /** The reporter's own, drafts included, newest first. */
    List<Avvikelse> avRapportor(AnvandareId rapportor);

    /** Submitted and not closed. */
    List<Avvikelse> oppna();

    /** Every submitted one (drafts excluded), for the compilation. */
    List<Avvikelse> allaAnmalda();

    Routning routning();

    /** Replaces the recipients of one category (in order). */
    void ersattRoutning(Kategori kategori, List<Routning.Mottagning> mottagningar);
}
