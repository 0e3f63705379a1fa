package se.bistand.app.beslut;

import se.bistand.app.Meddelanden;
import se.bistand.domain.beslut.Beslut;
import se.bistand.domain.beslut.BeslutMedBerakning;
import se.bistand.domain.beslut.LivsforingPost;

/** The decision in words, the same on screen and in the letter. */
public final class Beslutstext {

    private Beslutstext() {
    }

    /**
     * "Du beviljas försörjningsstöd för 2019-11 med 11 600,00 kr." and its delvis/avslag forms; for a
     * livsföring-only decision a sentence that names only livsföring i övrigt (försörjningsstöd was
     * not tried, so the letter neither grants nor refuses it).
     */
    public static String sammanfattning(Beslut b) {
        return switch (b.utfall()) {
            case EJ_PROVAT -> Meddelanden.t("beslut.text.endastLivsforing");
            case BIFALL -> Meddelanden.t("beslut.text.bifall", b.manad().toString(), b.forsorjningsstod().format());
            case DELVIS_BIFALL -> Meddelanden.t("beslut.text.delvis", b.manad().toString(), b.forsorjningsstod().format(),
                    b.soktBelopp().map(m -> m.format()).orElse(""));
            case AVSLAG -> Meddelanden.t("beslut.text.avslag", b.manad().toString());
        };
    }

    /**
     * Who decided, as the letter and the list name them: the delegate's name, or the socialutskott
     * with its sammanträde and paragraph; "– (förslag)" while nobody has (a proposal, or refused by
     * the utskott).
     */
    public static String beslutsfattare(BeslutMedBerakning b) {
        return b.beslutsfattare().map(f -> f.utskott()
                        .map(u -> Meddelanden.t("brev.utskott", u.sammantrade().toString(), u.paragraf()))
                        .orElse(f.namn()))
                .orElseGet(() -> Meddelanden.t("attest.ejBeslutat"));
    }

    /** One livsföring item: what, applied, outcome, granted. */
    public static String livsforing(LivsforingPost p) {
        String vad = Meddelanden.tFor("beslut.livsforingtyp.", p.typ().name())
                + (p.beskrivning().isEmpty() ? "" : " (" + p.beskrivning() + ")");
        return Meddelanden.t("beslut.text.livsforing", vad, p.soktBelopp().format(),
                Meddelanden.tFor("beslut.utfall.", p.utfall().name()), p.beviljatBelopp().format());
    }
}
