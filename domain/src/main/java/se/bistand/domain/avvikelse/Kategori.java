package se.bistand.domain.avvikelse;

/** What kind of avvikelse it is. The category decides the routing (see {@link Routning}). */
public enum Kategori {
    FEL_I_HANDLAGGNING,
    FELAKTIG_UTBETALNING,
    MISSTANKT_OEGENTLIGHET,
    IT_FEL,
    PERSONUPPGIFTSINCIDENT,
    HOT_OCH_VALD,
    LEX_SARAH,
    ANNAT;

    public String textnyckel() {
        return "avvikelse.kategori." + name();
    }
}
