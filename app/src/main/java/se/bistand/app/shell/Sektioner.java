package se.bistand.app.shell;

import java.util.List;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import se.bistand.app.administration.AdministrationView;
import se.bistand.app.arende.ArendenView;
import se.bistand.app.attest.AttestView;
import se.bistand.app.avvikelse.AvvikelseFormular;
import se.bistand.app.avvikelse.AvvikelserView;
import se.bistand.app.utbetalning.UtbetalningarView;
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
                        .medRaknare(s -> () -> s.tjanster().arendeService().antalForfallna(s.aktor())),
                Sektion.av("attest", "nav.attest", Material2OutlinedAL.ASSIGNMENT_TURNED_IN,
                        a -> a.har(Behorighet.BESLUT_ATTESTERA) || a.har(Behorighet.BESLUT_FATTA), AttestView::new)
                        .medRaknare(s -> () -> s.tjanster().attestService().antalVantande(s.aktor())),
                Sektion.av("utbetalningar", "nav.utbetalningar", Material2OutlinedAL.ACCOUNT_BALANCE_WALLET,
                        a -> a.har(Behorighet.UTBETALNINGSLISTA_SIGNERA) || a.har(Behorighet.UTBETALNING_EXPORTERA)
                                || a.har(Behorighet.MANADSGRANSKNING) || a.har(Behorighet.BETALNINGSMOTTAGARE_REGISTRERA)
                                || a.har(Behorighet.BETALNINGSMOTTAGARE_GODKANNA), UtbetalningarView::new)
                        .medRaknare(s -> () -> s.tjanster().utbetalningService().antalVantande(s.aktor())),
                AvvikelserView.sektion(),
                Sektion.av("administration", "nav.administration", Material2OutlinedAL.ADMIN_PANEL_SETTINGS,
                        a -> a.har(Behorighet.ANVANDARE_ADMINISTRERA) || a.har(Behorighet.LOGG_GRANSKA),
                        AdministrationView::new));
    }

    /** Which feature answers what features ask of the shell ({@link Skal}). */
    public static Skalhandlingar handlingar() {
        return new Skalhandlingar(AvvikelseFormular::oppna, "arenden",
                (vy, id, nummer) -> ((ArendenView) vy).oppna(id, nummer));
    }
}
