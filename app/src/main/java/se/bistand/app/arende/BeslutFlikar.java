package se.bistand.app.arende;

import java.util.List;
import javafx.scene.Node;
import se.bistand.app.berakning.BerakningView;
import se.bistand.app.berakning.BerakningViewModel;
import se.bistand.app.berakning.BeslutForm;
import se.bistand.app.beslut.BeslutlistaView;
import se.bistand.app.beslut.BeslutlistaViewModel;
import se.bistand.app.shell.Session;
import se.bistand.domain.arende.Arendevy;
import se.bistand.domain.arende.Hushallsdeltagare;
import se.bistand.domain.arende.Hushallsroll;

/** The Beräkning (30) and Beslut (40) tabs of the case workspace (registered in {@code ArendeFlikar}). */
public final class BeslutFlikar {

    private BeslutFlikar() {
    }

    public static Node berakning(ArendeViewModel arende) {
        return narArendetArOppnat(arende, vy -> {
            Session s = arende.session();
            return new BerakningView(new BerakningViewModel(s, s.tjanster().berakningstjanst(),
                    beslutstjanster(s), arende.arendeId(), hushall(s),
                    s.tjanster().berakningstjanst().prisbasbelopp()));
        });
    }

    public static Node beslut(ArendeViewModel arende) {
        return narArendetArOppnat(arende, vy -> {
            String mottagare = vy.hushallIdag().stream().filter(d -> d.roll() == Hushallsroll.SOKANDE)
                    .map(Hushallsdeltagare::namn).findFirst().orElse("");
            return new BeslutlistaView(new BeslutlistaViewModel(arende.session(),
                    arende.session().tjanster().beslutService(), arende.arendeId(),
                    vy.arende().nummer(), mottagare));
        });
    }

    /**
     * Builds the tab's content only when its tab is first shown and the case has been opened (for
     * an unassigned case: after the reason was given and logged). The calculator and the decision
     * list read the household and the decisions as soon as they exist — each such read is an
     * access-log row of its own — and the letter needs the case number.
     */
    private static Node narArendetArOppnat(ArendeViewModel arende, java.util.function.Function<Arendevy, Node> bygg) {
        javafx.scene.layout.StackPane plats = new javafx.scene.layout.StackPane();
        javafx.beans.property.BooleanProperty visas = new javafx.beans.property.SimpleBooleanProperty(false);
        Runnable fyll = () -> {
            if (plats.getChildren().isEmpty() && visas.get() && arende.vyProperty().get() != null) {
                plats.getChildren().setAll(bygg.apply(arende.vyProperty().get()));
            }
        };
        arende.vyProperty().addListener((o, a, b) -> fyll.run());
        visas.addListener((o, a, b) -> fyll.run());
        plats.sceneProperty().addListener((o, a, scen) -> {
            for (javafx.scene.Node n = plats.getParent(); scen != null && n != null && !visas.isBound(); n = n.getParent()) {
                if (n instanceof javafx.scene.control.TabPane flikar) {
                    flikar.getTabs().stream().filter(t -> t.getContent() == plats).findFirst()
                            .ifPresent(t -> visas.bind(t.selectedProperty()));
                }
            }
        });
        return plats;
    }

    /**
     * The case's household for a month: sökande, medsökande and children are the case's
     * members; other adults (an adult child, a lodger) only count towards the household size.
     */
    static BerakningViewModel.Hushallskalla hushall(Session s) {
        return (aktor, arende, manad) -> {
            List<Hushallsdeltagare> alla = s.tjanster().arendeService().hushallForManad(aktor, arende, manad);
            List<BerakningViewModel.Medlem> medlemmar = alla.stream().flatMap(d -> d.roll().berakningsroll().stream()
                    .map(r -> new BerakningViewModel.Medlem(d.namn(), r, d.fodelsedatum()))).toList();
            return new BerakningViewModel.Hushallsuppgift(medlemmar, alla.size());
        };
    }

    /** The decision form's services, from the session's. */
    static BeslutForm.Beslutstjanster beslutstjanster(Session s) {
        return new BeslutForm.Beslutstjanster(s.tjanster().klocka(), s.tjanster().beslutService(),
                s.tjanster().attestService(), s.tjanster().beslutTillAttest());
    }
}
