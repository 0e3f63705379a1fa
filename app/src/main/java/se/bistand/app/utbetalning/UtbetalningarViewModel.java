package se.bistand.app.utbetalning;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import se.bistand.app.Meddelanden;
import se.bistand.app.shell.Session;
import se.bistand.app.ui.Bakgrundsarbete;
import se.bistand.app.ui.Felvisning;
import se.bistand.app.ui.Format;
import se.bistand.domain.behorighet.Behorighet;
import se.bistand.domain.beslut.BeslutId;
import se.bistand.domain.beslut.BeslutMedBerakning;
import se.bistand.domain.betalning.Betalningsmottagare;
import se.bistand.domain.betalning.BetalningsmottagareService;
import se.bistand.domain.betalning.Konton;
import se.bistand.domain.betalning.Kontouppgift;
import se.bistand.domain.betalning.Organisationsnummer;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Id.AnvandareId;
import se.bistand.domain.gemensam.Personnummer;
import se.bistand.domain.utbetalning.Signeringsregler;
import se.bistand.domain.utbetalning.Stickprovsregel;
import se.bistand.domain.utbetalning.UtbetalningService;
import se.bistand.domain.utbetalning.Utbetalningslista;
import se.bistand.domain.utbetalning.Utbetalningsrad;

/** Payout lists (review, sign, export), payment recipients (register, approve), the month review. */
public final class UtbetalningarViewModel {

    private static final String LISTOR = "listor";
    private static final String LISTA = "lista";
    private static final String RAD = "rad";
    private static final String MOTTAGARE = "mottagare";

    private final Session session;
    private final Clock klocka;
    private final UtbetalningPort port;
    private final Bakgrundsarbete arbete;
    private final ObservableList<Utbetalningslista> listor = FXCollections.observableArrayList();
    private final ObjectProperty<UtbetalningService.Listvy> lista = new SimpleObjectProperty<>();
    private final ObjectProperty<BeslutMedBerakning> radBeslut = new SimpleObjectProperty<>();
    /** The line opened for review (its stored decision is {@link #radBeslut}); the domain recorded the opening. */
    private final ObjectProperty<Utbetalningsrad> oppnadRad = new SimpleObjectProperty<>();
    private final ObservableList<BetalningsmottagareService.MedFlaggor> mottagare = FXCollections.observableArrayList();
    private final ObjectProperty<UtbetalningService.Manadsgranskning> manad = new SimpleObjectProperty<>();
    private final ObjectProperty<Stickprovsregel> stickprovsregel = new SimpleObjectProperty<>();
    private Map<AnvandareId, String> namn = Map.of();
    final StringProperty losenord = new SimpleStringProperty("");
    final StringProperty aterkallaKommentar = new SimpleStringProperty("");
    final StringProperty manadText = new SimpleStringProperty("");
    final StringProperty nyNamn = new SimpleStringProperty("");
    final StringProperty nyIdentitet = new SimpleStringProperty("");
    final ObjectProperty<Konton.Slag> nyttKontoslag = new SimpleObjectProperty<>(Konton.Slag.BANKKONTO);
    final StringProperty nyttKonto = new SimpleStringProperty("");
    final StringProperty avvisningsorsak = new SimpleStringProperty("");
    final ObjectProperty<Konton.Slag> andratKontoslag = new SimpleObjectProperty<>(Konton.Slag.BANKKONTO);
    final StringProperty andratKonto = new SimpleStringProperty("");
    /** Field name → Swedish error text: the new-recipient form ({@code namn}, {@code identitet}, {@code konto}). */
    private final ObservableMap<String, String> nyFel = FXCollections.observableHashMap();
    /** Field name → Swedish error text: rejecting ({@code orsak}) or changing the account ({@code konto}). */
    private final ObservableMap<String, String> valdFel = FXCollections.observableHashMap();

    public UtbetalningarViewModel(Session session, Clock klocka, UtbetalningPort port) {
        this.session = session;
        this.klocka = klocka;
        this.port = port;
        this.arbete = new Bakgrundsarbete(session.runner());
        manadText.set(YearMonth.now(klocka).toString());
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

    public boolean kanGodkanna() {
        return har(Behorighet.BETALNINGSMOTTAGARE_GODKANNA);
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
        arbete.hamta("namn", port::anvandarnamn, n -> namn = n);
        if (serListor()) {
            laddaStickprovsregel();
            arbete.hamta(LISTOR, () -> port.listor(session.aktor()), l -> {
                listor.setAll(l);
                if (lista.get() == null && !l.isEmpty()) {
                    valjLista(l.get(0));
                }
            });
        }
        if (serMottagare()) {
            arbete.hamta(MOTTAGARE, () -> port.mottagare(session.aktor()), mottagare::setAll);
        }
    }

    public void valjLista(Utbetalningslista l) {
        if (l == null) {
            return;
        }
        arbete.hamta(LISTA, () -> port.lista(session.aktor(), l.id()), lista::set);
    }

    /**
     * Opens a line: the domain records the opening (and logs the read of the case), then its
     * decision as stored (the amount card) is read — the same stored value that was attested and
     * is on the list. Only an opened line can be marked reviewed. Only the line last selected is
     * shown: an older read that arrives late is dropped.
     */
    public void visaRad(Utbetalningsrad r) {
        radBeslut.set(null);
        oppnadRad.set(null);
        if (r == null) {
            arbete.glom(RAD);
            return;
        }
        long listaId = r.listaId();
        arbete.hamta(RAD, () -> {
            Utbetalningsrad oppnad = port.oppnaRad(session.aktor(), listaId, r.id());
            return new Object[] {oppnad, port.beslut(session.aktor(), new BeslutId(r.beslut().beslutId()))};
        }, o -> {
            radBeslut.set((BeslutMedBerakning) o[1]);
            oppnadRad.set((Utbetalningsrad) o[0]);
        });
    }

    public ObjectProperty<Utbetalningsrad> oppnadRadProperty() {
        return oppnadRad;
    }

    /** May the opened line be marked reviewed now (a signer, a sampled line not yet reviewed, the list open)? */
    public boolean kanMarkera(Utbetalningsrad vald) {
        Utbetalningsrad o = oppnadRad.get();
        UtbetalningService.Listvy vy = lista.get();
        return kanSignera() && vald != null && o != null && o.id() == vald.id() && vald.iStickprov()
                && vald.granskadAv().isEmpty() && vy != null && !vy.lista().status().last();
    }

    /**
     * Who signs the list and who still can, in words: the rule's roles and the people who may sign
     * now (name and role).
     */
    public String signeringText(UtbetalningService.Listvy vy) {
        Signeringsregler.Signeringslage s = vy.signering();
        String regel = Meddelanden.t("utbetalning.signeringsregel", Meddelanden.t(s.regel().roller().get(0).textnyckel()),
                Meddelanden.t(s.regel().roller().get(1).textnyckel()));
        return s.klar() || s.kandidater().isEmpty() ? regel : regel + " " + kandidatText(s);
    }

    /** "Kan signera nu: Lars Ekström (Avdelningschef), …". */
    public static String kandidatText(Signeringsregler.Signeringslage s) {
        return Meddelanden.t("utbetalning.kanSignera", s.kandidater().stream()
                .map(k -> Meddelanden.t("utbetalning.kandidat", k.namn(), Meddelanden.t(k.roll().textnyckel())))
                .collect(java.util.stream.Collectors.joining(", ")));
    }

    /** The warning of a list that no available person can complete, or empty. */
    public static String ejFullbordbarText(Signeringsregler.Signeringslage s) {
        if (s.klar() || s.kanFullbordas()) {
            return "";
        }
        return Meddelanden.t("utbetalning.kanInteFullbordas", s.saknadeRoller().stream()
                .map(r -> Meddelanden.t(r.textnyckel())).collect(java.util.stream.Collectors.joining(" / ")));
    }

    /** Why the signed-in chef cannot sign this list (shown instead of the password field), or empty. */
    public String hinderText(UtbetalningService.Listvy vy) {
        return vy.signering().dittHinder().map(e -> Meddelanden.t("utbetalning.duKanInteSignera", Meddelanden.text(e)))
                .orElse("");
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
        arbete.hamta("stickprovsregel", () -> port.stickprovsregel(session.aktor()), stickprovsregel::set);
    }

    /** Draws the sample by the rule in force now (read again: it may have changed since the screen opened). */
    public void draStickprov() {
        laddaStickprovsregel();
        long id = lista.get().lista().id();
        gor(() -> port.draStickprov(session.aktor(), id),
                Meddelanden.t("utbetalning.stickprovDraget"));
    }

    /** Marks the opened sampled line reviewed (the domain refuses a line this user has not opened). */
    public void markeraGranskad(Utbetalningsrad r) {
        long id = lista.get().lista().id();
        gor(() -> port.markeraGranskad(session.aktor(), id, r.id()),
                Meddelanden.t("utbetalning.radGranskad", r.beslut().arendeText()));
    }

    /** Withdraws the line's attest (back to the handläggare with the comment); the line leaves the list. */
    public void aterkalla(Utbetalningsrad r) {
        long id = lista.get().lista().id();
        String kommentar = aterkallaKommentar.get();
        gor(() -> {
            port.aterkallaAttest(session.aktor(), r.beslut().id(), kommentar);
            return port.lista(session.aktor(), id);
        }, Meddelanden.t("utbetalning.attestAterkallad", r.beslut().arendeText().split(" ")[0]));
        aterkallaKommentar.set("");
    }

    public void signera() {
        UtbetalningService.Listvy vy = lista.get();
        char[] pw = losenord.get().toCharArray();
        String visad = vy.lista().hash();
        losenord.set("");
        arbete.utfor(() -> {
            try {
                return port.signera(session.aktor(), vy.lista().id(), pw, visad);
            } finally {
                Arrays.fill(pw, '\0');
            }
        }, ny -> {
            arbete.glom(LISTA);
            lista.set(ny);
            arbete.meddela(signeradText(ny));
            laddaListor();
        });
    }

    /** "Listan är signerad" only with both signatures; after the first, which role signs next. */
    static String signeradText(UtbetalningService.Listvy vy) {
        if (vy.signering().klar()) {
            return Meddelanden.t("utbetalning.signerad");
        }
        return Meddelanden.t("utbetalning.signatur1Klar", vy.signering().kvar().stream()
                .map(r -> Meddelanden.t(r.textnyckel())).collect(java.util.stream.Collectors.joining(" / ")));
    }

    public void exportera() {
        long id = lista.get().lista().id();
        arbete.utfor(() -> {
            java.util.List<String> filer = port.exportera(session.aktor(), id);
            return new Object[] {filer, port.lista(session.aktor(), id)};
        }, r -> {
            arbete.meddela(Meddelanden.t("utbetalning.exporterad", String.join(", ", (java.util.List<String>) r[0])));
            lista.set((UtbetalningService.Listvy) r[1]);
            laddaListor();
        });
    }

    private void gor(java.util.concurrent.Callable<UtbetalningService.Listvy> andring, String klart) {
        arbete.utfor(andring, vy -> {
            arbete.glom(LISTA);
            lista.set(vy);
            arbete.meddela(klart);
            laddaListor();
        });
    }

    private void laddaListor() {
        arbete.hamta(LISTOR, () -> port.listor(session.aktor()), listor::setAll);
    }

    /** Another recipient is selected: what was typed and the errors shown belong to the previous one. */
    public void nyttVal() {
        valdFel.clear();
        avvisningsorsak.set("");
        andratKonto.set("");
    }

    public void godkann(BetalningsmottagareService.MedFlaggor m) {
        valdFel.clear();
        andraMottagare(() -> port.godkann(session.aktor(), m.mottagare().id()),
                Meddelanden.t("mottagare.godkand", m.mottagare().namn()), valdFel, () -> { });
    }

    /** Rejects the recipient with the reason typed (field {@code orsak}). */
    public void avvisa(BetalningsmottagareService.MedFlaggor m) {
        valdFel.clear();
        String orsak = avvisningsorsak.get();
        andraMottagare(() -> port.avvisa(session.aktor(), m.mottagare().id(), orsak),
                Meddelanden.t("mottagare.avvisad", m.mottagare().namn()), valdFel, () -> avvisningsorsak.set(""));
    }

    /** Changes the recipient's account to the one typed (field {@code konto}); it then waits for approval. */
    public void andraKonto(BetalningsmottagareService.MedFlaggor m) {
        valdFel.clear();
        arbete.rensaFel();
        Kontouppgift konto;
        try {
            konto = Konton.tolka(andratKontoslag.get(), andratKonto.get());
        } catch (DomainException e) {
            Felvisning.visa(e, valdFel, arbete::visaFel);
            return;
        }
        andraMottagare(() -> port.andraKonto(session.aktor(), m.mottagare().id(), konto),
                Meddelanden.t("mottagare.kontoAndrat", m.mottagare().namn()), valdFel, () -> andratKonto.set(""));
    }

    public void registrera() {
        nyFel.clear();
        arbete.rensaFel();
        String id = nyIdentitet.get() == null ? "" : nyIdentitet.get().strip();
        Optional<Personnummer> pnr = Optional.empty();
        Optional<Organisationsnummer> orgnr = Optional.empty();
        try {
            if (Organisationsnummer.liknarOrganisationsnummer(id)) {
                orgnr = Optional.of(Organisationsnummer.parse(id));
            } else if (Personnummer.liknarPersonnummer(id)) {
                pnr = Optional.of(Personnummer.parse(id, LocalDate.now(klocka)));
            } else {
                orgnr = Optional.of(Organisationsnummer.parse(id));
            }
        } catch (DomainException e) {
            nyFel.put("identitet", Meddelanden.text(e));
        }
        Kontouppgift konto = null;
        try {
            konto = Konton.tolka(nyttKontoslag.get(), nyttKonto.get());
        } catch (DomainException e) {
            Felvisning.visa(e, nyFel, arbete::visaFel);
        }
        if (!nyFel.isEmpty()) {
            return;
        }
        Optional<Personnummer> p = pnr;
        Optional<Organisationsnummer> o = orgnr;
        Kontouppgift k = konto;
        String n = nyNamn.get();
        andraMottagare(() -> port.registrera(session.aktor(), n, p, o, k),
                Meddelanden.t("mottagare.registrerad", n), nyFel, () -> {
                    nyNamn.set("");
                    nyIdentitet.set("");
                    nyttKonto.set("");
                });
    }

    /**
     * Runs a change of recipients in the background, then reloads the list and shows
     * {@code klart}; a failure goes to its field in {@code faltfel} or to the banner.
     */
    private void andraMottagare(Runnable andring, String klart, ObservableMap<String, String> faltfel, Runnable efter) {
        arbete.utfor(() -> {
            andring.run();
            return port.mottagare(session.aktor());
        }, l -> {
            arbete.glom(MOTTAGARE);
            mottagare.setAll(l);
            arbete.meddela(klart);
            efter.run();
        }, t -> Felvisning.visa(t, faltfel, arbete::visaFel));
    }

    /**
     * What is known about a recipient in words: registered (when, by whom), account changed,
     * approved or rejected with the reason.
     */
    public String beskrivning(Betalningsmottagare m) {
        StringBuilder sb = new StringBuilder(Meddelanden.t("mottagare.detalj.registrerad", Format.tid(m.registrerad()),
                namn(m.registreradAv())));
        m.kontoAndradAv().ifPresent(av -> sb.append(" · ").append(Meddelanden.t("mottagare.detalj.kontoAndrat",
                Format.tid(m.kontoAndrad()), namn(av))));
        m.godkandAv().ifPresent(av -> sb.append(" · ").append(Meddelanden.t("mottagare.detalj.godkand",
                m.godkand().map(Format::tid).orElse(""), namn(av))));
        m.avvisning().ifPresent(a -> sb.append(" · ").append(Meddelanden.t("mottagare.detalj.avvisad",
                Format.tid(a.tid()), namn(a.av()), a.orsak())));
        return sb.toString();
    }

    public void visaManad() {
        arbete.rensaFel();
        YearMonth m;
        try {
            m = YearMonth.parse(manadText.get().strip());
        } catch (RuntimeException e) {
            arbete.visaFel(Meddelanden.t("utbetalning.felManad", manadText.get()));
            return;
        }
        arbete.hamta("manad", () -> port.manadsgranskning(session.aktor(), m), manad::set);
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

    public ObservableMap<String, String> nyFel() {
        return nyFel;
    }

    public ObservableMap<String, String> valdFel() {
        return valdFel;
    }

    public ObjectProperty<UtbetalningService.Manadsgranskning> manadProperty() {
        return manad;
    }

    public ReadOnlyStringProperty meddelandeProperty() {
        return arbete.meddelandeProperty();
    }

    public ReadOnlyStringProperty felProperty() {
        return arbete.felProperty();
    }

    /** True while a read or a command runs. */
    public ReadOnlyBooleanProperty upptagenProperty() {
        return arbete.upptagenProperty();
    }
}
