package se.bistand.app.utbetalning;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.bistand.app.Meddelanden;
import se.bistand.app.shell.Session;
import se.bistand.app.ui.Felvisning;
import se.bistand.domain.behorighet.Behorighet;
import se.bistand.domain.beslut.BeslutId;
import se.bistand.domain.beslut.BeslutMedBerakning;
import se.bistand.domain.betalning.BetalningsmottagareService;
import se.bistand.domain.betalning.Konton;
import se.bistand.domain.betalning.Organisationsnummer;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Personnummer;
import se.bistand.domain.utbetalning.Stickprovsregel;
import se.bistand.domain.utbetalning.UtbetalningService;
import se.bistand.domain.utbetalning.Utbetalningslista;
import se.bistand.domain.utbetalning.Utbetalningsrad;

/** Payout lists (review, sign, export), payment recipients (register, approve), the month review. */
public final class UtbetalningarViewModel {

    private final Session session;
    private final ObservableList<Utbetalningslista> listor = FXCollections.observableArrayList();
    private final ObjectProperty<UtbetalningService.Listvy> lista = new SimpleObjectProperty<>();
    private final ObjectProperty<BeslutMedBerakning> radBeslut = new SimpleObjectProperty<>();
    private final ObservableList<BetalningsmottagareService.MedFlaggor> mottagare = FXCollections.observableArrayList();
    private final ObjectProperty<UtbetalningService.Manadsgranskning> manad = new SimpleObjectProperty<>();
    private final ObjectProperty<Stickprovsregel> stickprovsregel = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper meddelande = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fel = new ReadOnlyStringWrapper("");
    private Map<AnvandareId, String> namn = Map.of();
    final StringProperty losenord = new SimpleStringProperty("");
    final StringProperty aterkallaKommentar = new SimpleStringProperty("");
    final StringProperty manadText = new SimpleStringProperty("");
    final StringProperty nyNamn = new SimpleStringProperty("");
    final StringProperty nyIdentitet = new SimpleStringProperty("");
    final ObjectProperty<Konton.Slag> nyttKontoslag = new SimpleObjectProperty<>(Konton.Slag.BANKKONTO);
    final StringProperty nyttKonto = new SimpleStringProperty("");

    public UtbetalningarViewModel(Session session) {
        this.session = session;
        manadText.set(YearMonth.now(session.ctx().klocka()).toString());
    }

    public boolean serListor() {
        return har(Behorighet.UTBETALNINGSLISTA_SIGNERA) || har(Behorighet.UTBETALNING_EXPORTERA)
                || har(Behorighet.MANADSGRANSKNING);
    }

    public boolean serMottagare() {
        return har(Behorighet.BETALNINGSMOTTAGARE_REGISTRERA) || har(Behorighet.BETALNINGSMOTTAGARE_GODKANNA)
                || har(Behorighet.UTBETALNINGSLISTA_SIGNERA);
    }

    public boolean kanRegistrera() {
        return har(Behorighet.BETALNINGSMOTTAGARE_REGISTRERA);
    }

    public boolean serManad() {
        return har(Behorighet.MANADSGRANSKNING);
    }

    public boolean kanSignera() {
        return har(Behorighet.UTBETALNINGSLISTA_SIGNERA);
    }

    /** May withdraw an attest from an unsigned list (someone with attest right; the domain checks the rest). */
    public boolean kanAterkalla() {
        return har(Behorighet.BESLUT_ATTESTERA);
    }

    public boolean kanExportera() {
        return har(Behorighet.UTBETALNING_EXPORTERA);
    }

    private boolean har(Behorighet b) {
        return session.aktor().har(b);
    }

    public void ladda() {
        session.runner().kor(() -> session.ctx().anvandarnamn(), n -> namn = n, this::visaFel);
        if (serListor()) {
            laddaStickprovsregel();
            session.runner().kor(() -> session.ctx().utbetalningService().listor(session.aktor()), l -> {
                listor.setAll(l);
                if (lista.get() == null && !l.isEmpty()) {
                    valjLista(l.get(0));
                }
            }, this::visaFel);
        }
        if (serMottagare()) {
            session.runner().kor(() -> session.ctx().mottagarService().lista(session.aktor()), mottagare::setAll,
                    this::visaFel);
        }
    }

    public void valjLista(Utbetalningslista l) {
        if (l == null) {
            return;
        }
        session.runner().kor(() -> session.ctx().utbetalningService().lista(session.aktor(), l.id()), lista::set,
                this::visaFel);
    }

    /**
     * Shows a line's decision as stored (the amount card), read through the decision service:
     * the same stored value that was attested and is on the list (logged as a read of the case).
     */
    public void visaRad(Utbetalningsrad r) {
        radBeslut.set(null);
        if (r == null) {
            return;
        }
        session.runner().kor(() -> session.ctx().beslutService().hamta(session.aktor(), new BeslutId(r.beslut().beslutId())),
                radBeslut::set, this::visaFel);
    }

    /** The rule in Swedish: {@code 10 % av raderna och alla rader från 10 000,00 kr}. */
    public static String stickprovsregel(Stickprovsregel r) {
        return Meddelanden.t("stickprov.regel", r.procent(), r.grans().format());
    }

    /**
     * The line about the sample of list {@code l}: the rule in force, and for a list already drawn
     * that its sample stays as drawn (a changed rule reaches only lists drawn afterwards).
     */
    public String stickprovText(Utbetalningslista l) {
        Stickprovsregel r = stickprovsregel.get();
        if (r == null || l == null) {
            return "";
        }
        if (!l.stickprovDraget()) {
            return Meddelanden.t("utbetalning.stickprovsregel", stickprovsregel(r));
        }
        return Meddelanden.t("utbetalning.stickprovsregelDraget", stickprovsregel(r),
                l.rader().stream().filter(Utbetalningsrad::iStickprov).count(), l.rader().size());
    }

    public ObjectProperty<Stickprovsregel> stickprovsregelProperty() {
        return stickprovsregel;
    }

    public ObjectProperty<BeslutMedBerakning> radBeslutProperty() {
        return radBeslut;
    }

    private void laddaStickprovsregel() {
        session.runner().kor(() -> session.ctx().stickprovService().lage(session.aktor()).gallande(),
                stickprovsregel::set, this::visaFel);
    }

    /** Draws the sample by the rule in force now (read again: it may have changed since the screen opened). */
    public void draStickprov() {
        laddaStickprovsregel();
        long id = lista.get().lista().id();
        gor(() -> session.ctx().utbetalningService().draStickprov(session.aktor(), id),
                Meddelanden.t("utbetalning.stickprovDraget"));
    }

    /** Opens a sampled line (access-logged) and marks it reviewed. */
    public void markeraGranskad(Utbetalningsrad r) {
        long id = lista.get().lista().id();
        gor(() -> {
            session.ctx().utbetalningService().oppnaRad(session.aktor(), id, r.id());
            return session.ctx().utbetalningService().markeraGranskad(session.aktor(), id, r.id());
        }, Meddelanden.t("utbetalning.radGranskad", r.beslut().arendeText()));
    }

    /** Withdraws the line's attest (back to the handläggare with the comment); the line leaves the list. */
    public void aterkalla(Utbetalningsrad r) {
        long id = lista.get().lista().id();
        String kommentar = aterkallaKommentar.get();
        gor(() -> {
            session.ctx().attestService().aterkalla(session.aktor(), r.beslut().id(), kommentar);
            return session.ctx().utbetalningService().lista(session.aktor(), id);
        }, Meddelanden.t("utbetalning.attestAterkallad", r.beslut().arendeText().split(" ")[0]));
        aterkallaKommentar.set("");
    }

    public void signera() {
        UtbetalningService.Listvy vy = lista.get();
        char[] pw = losenord.get().toCharArray();
        String visad = vy.lista().hash();
        losenord.set("");
        gor(() -> {
            try {
                return session.ctx().utbetalningService().signera(session.aktor(), vy.lista().id(), pw, visad);
            } finally {
                Arrays.fill(pw, '\0');
            }
        }, Meddelanden.t("utbetalning.signerad"));
    }

    public void exportera() {
        long id = lista.get().lista().id();
        fel.set("");
        session.runner().kor(() -> {
            java.util.List<String> filer = session.ctx().utbetalningService().exportera(session.aktor(), id,
                    session.ctx().exportskrivare());
            return new Object[] {filer, session.ctx().utbetalningService().lista(session.aktor(), id)};
        }, r -> {
            meddelande.set(Meddelanden.t("utbetalning.exporterad", String.join(", ", (java.util.List<String>) r[0])));
            lista.set((UtbetalningService.Listvy) r[1]);
            laddaListor();
        }, this::visaFel);
    }

    private void gor(java.util.concurrent.Callable<UtbetalningService.Listvy> arbete, String klart) {
        fel.set("");
        session.runner().kor(arbete, vy -> {
            lista.set(vy);
            meddelande.set(klart);
            laddaListor();
        }, this::visaFel);
    }

    private void laddaListor() {
        session.runner().kor(() -> session.ctx().utbetalningService().listor(session.aktor()), listor::setAll,
                this::visaFel);
    }

    public void godkann(BetalningsmottagareService.MedFlaggor m) {
        fel.set("");
        session.runner().kor(() -> {
            session.ctx().mottagarService().godkann(session.aktor(), m.mottagare().id());
            return session.ctx().mottagarService().lista(session.aktor());
        }, l -> {
            mottagare.setAll(l);
            meddelande.set(Meddelanden.t("mottagare.godkand", m.mottagare().namn()));
        }, this::visaFel);
    }

    public void registrera() {
        fel.set("");
        String id = nyIdentitet.get() == null ? "" : nyIdentitet.get().strip();
        Optional<Personnummer> pnr = Optional.empty();
        Optional<Organisationsnummer> orgnr = Optional.empty();
        try {
            if (Personnummer.liknarPersonnummer(id)) {
                pnr = Optional.of(Personnummer.parse(id, LocalDate.now(session.ctx().klocka())));
            } else {
                orgnr = Optional.of(Organisationsnummer.parse(id));
            }
            var konto = Konton.tolka(nyttKontoslag.get(), nyttKonto.get());
            Optional<Personnummer> p = pnr;
            Optional<Organisationsnummer> o = orgnr;
            String n = nyNamn.get();
            session.runner().kor(() -> {
                session.ctx().mottagarService().registrera(session.aktor(), n, p, o, konto);
                return session.ctx().mottagarService().lista(session.aktor());
            }, l -> {
                mottagare.setAll(l);
                meddelande.set(Meddelanden.t("mottagare.registrerad", n));
                nyNamn.set("");
                nyIdentitet.set("");
                nyttKonto.set("");
            }, this::visaFel);
        } catch (DomainException e) {
            visaFel(e);
        }
    }

    public void visaManad() {
        fel.set("");
        YearMonth m;
        try {
            m = YearMonth.parse(manadText.get().strip());
        } catch (RuntimeException e) {
            fel.set(Meddelanden.t("utbetalning.felManad", manadText.get()));
            return;
        }
        session.runner().kor(() -> session.ctx().utbetalningService().manadsgranskning(session.aktor(), m), manad::set,
                this::visaFel);
    }

    private void visaFel(Throwable t) {
        fel.set(Felvisning.text(t));
    }

    public String namn(AnvandareId id) {
        return namn.getOrDefault(id, "#" + id);
    }

    public ObservableList<Utbetalningslista> listor() {
        return listor;
    }

    public ObjectProperty<UtbetalningService.Listvy> listaProperty() {
        return lista;
    }

    public ObservableList<BetalningsmottagareService.MedFlaggor> mottagare() {
        return mottagare;
    }

    public ObjectProperty<UtbetalningService.Manadsgranskning> manadProperty() {
        return manad;
    }

    public ReadOnlyStringProperty meddelandeProperty() {
        return meddelande.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty felProperty() {
        return fel.getReadOnlyProperty();
    }
}
