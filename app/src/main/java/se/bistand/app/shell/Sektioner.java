package se.bistand.app.shell;

import java.util.List;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import se.bistand.app.administration.AdministrationView;
import se.bistand.app.arende.ArendenView;
import se.bistand.app.avvikelse.AvvikelserView;
import se.bistand.domain.behorighet.Behorighet;

/**
 * The sections of the navigation rail, in rail order: Ärenden, Attestinkorg, Utbetalningar,
 * Avvikelser, Uppföljning, Administration — only those that exist are listed.
 */
public final class Sektioner {
    private Sektioner() {
    }

    public static List<Sektion> alla() {
        return List.of(
                Sektion.av("arenden", "nav.arenden", Material2OutlinedAL.FOLDER_SHARED,
                        a -> a.har(Behorighet.ARENDE_LASA), ArendenView::new)
                        .medRaknare(s -> () -> s.ctx().arendeService().antalForfallna(s.aktor())),
                AvvikelserView.sektion(),
                Sektion.av("administration", "nav.administration", Material2OutlinedAL.ADMIN_PANEL_SETTINGS,
                        a -> a.har(Behorighet.ANVANDARE_ADMINISTRERA) || a.har(Behorighet.LOGG_GRANSKA),
                        AdministrationView::new));
    }
}
