package se.bistand.app.beslut;

import java.util.List;
import javafx.scene.Node;
import se.bistand.app.arende.ArendeViewModel;
import se.bistand.app.berakning.BerakningView;
import se.bistand.app.berakning.BerakningViewModel;
import se.bistand.app.shell.Session;
import se.bistand.domain.arende.Arendevy;
import se.bistand.domain.arende.Hushallsdeltagare;
import se.bistand.domain.arende.Hushallsroll;
import se.bistand.domain.berakning.Roll;

/** The Beräkning (30) and Beslut (40) tabs of the case workspace (registered in {@code ArendeFlikar}). */
public final class BeslutFlikar {

    private BeslutFlikar() {
    }

    public static Node berakning(ArendeViewModel arende) {
        Session s = arende.session();
        return new BerakningView(new BerakningViewModel(s, arende.arendeId(), hushall(s),
                s.ctx().berakningstjanst().prisbasbelopp()));
    }

    public static Node beslut(ArendeViewModel arende) {
        Arendevy vy = arende.vyProperty().get();
        String nummer = vy == null ? arende.arendeId().toString() : vy.arende().nummer();
        String mottagare = vy == null ? "" : vy.hushallIdag().stream().filter(d -> d.roll() == Hushallsroll.SOKANDE)
                .map(Hushallsdeltagare::namn).findFirst().orElse("");
        return new BeslutlistaView(new BeslutlistaViewModel(arende.session(), arende.arendeId(), nummer, mottagare));
    }

    /**
     * The case's household for a month: sökande, medsökande and children are the case's
     * members; other adults (an adult child, a lodger) only count towards the household size.
     */
    static BerakningViewModel.Hushallskalla hushall(Session s) {
        return (aktor, arende, manad) -> {
            List<Hushallsdeltagare> alla = s.ctx().arendeService().hushallForManad(aktor, arende, manad);
            List<BerakningViewModel.Medlem> medlemmar = alla.stream().filter(d -> d.roll() != Hushallsroll.OVRIG_VUXEN)
                    .map(d -> new BerakningViewModel.Medlem(d.namn(), roll(d.roll()), d.fodelsedatum())).toList();
            return new BerakningViewModel.Hushallsuppgift(medlemmar, alla.size());
        };
    }

    private static Roll roll(Hushallsroll r) {
        return switch (r) {
            case SOKANDE -> Roll.SOKANDE;
            case MEDSOKANDE -> Roll.MEDSOKANDE;
            default -> Roll.BARN;
        };
    }
}
