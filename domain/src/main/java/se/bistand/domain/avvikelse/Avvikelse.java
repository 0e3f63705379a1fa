package se.bistand.domain.avvikelse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.bistand.domain.avvikelse.LexSarahBedomning.IvoAnmalan;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Behorighet;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Id.AnvandareId;

/**
 * An avvikelse and its workflow. Immutable: every transition returns a new value with one more
 * {@link Steg}. The state machine, the recipients' right to act and the rules before closing
 * (analysis complete; for lex Sarah a decision and, when serious, the IVO report) live here.
 * {@code id} is 0 until saved; {@code version} is the optimistic-locking version.
 */
public record Avvikelse(long id, AvvikelseUppgifter uppgifter, Status status, AnvandareId rapportor,
                        String rapportorNamn, Instant skapad, Optional<Instant> anmald, Optional<Instant> avslutad,
                        List<Steg> steg, Analys analys, Optional<LexSarahBedomning> lexSarah, long version) {

    public Avvikelse {
        steg = List.copyOf(steg);
        analys = analys == null ? Analys.TOM : analys;
    }

    public static Avvikelse utkast(AvvikelseUppgifter u, Aktor rapportor, Clock klocka) {
        rapportor.krav(Behorighet.AVVIKELSE_RAPPORTERA);
        u.kontrollera(klocka, false);
        return new Avvikelse(0, u, Status.UTKAST, rapportor.id(), rapportor.namn(), klocka.instant(),
                Optional.empty(), Optional.empty(), List.of(), Analys.TOM, Optional.empty(), 0);
    }

    public Kategori kategori() {
        return uppgifter.kategori();
    }

    /** The reporter changes a draft. */
    public Avvikelse medUppgifter(AvvikelseUppgifter u, Aktor aktor, Clock klocka) {
        kravUtkastAvRapportor(aktor);
        u.kontrollera(klocka, false);
        return new Avvikelse(id, u, status, rapportor, rapportorNamn, skapad, anmald, avslutad, steg, analys,
                lexSarah, version);
    }

    /** The reporter submits the draft: full validation, then it goes to the category's recipients. */
    public Avvikelse skicka(Aktor aktor, Clock klocka) {
        kravUtkastAvRapportor(aktor);
        uppgifter.kontrollera(klocka, true);
        Instant nu = klocka.instant();
        return medSteg(new Steg(Status.UTKAST, Status.ANMALD, aktor.id(), aktor.namn(), nu, null), Optional.of(nu),
                avslutad);
    }

    private void kravUtkastAvRapportor(Aktor aktor) {
        aktor.krav(Behorighet.AVVIKELSE_RAPPORTERA);
        if (!aktor.id().equals(rapportor)) {
            throw new DomainException("avvikelse.blandAnnansUtkast");
        }
        if (status != Status.UTKAST) {
            throw new DomainException("avvikelse.redanAnmald", id);
        }
    }

    /**
     * A recipient moves the avvikelse one step on, with a text (for {@code ATERKOPPLAD} the
     * feedback the reporter sees). Only the next state in order is allowed.
     */
    public Avvikelse tillNasta(Status till, String text, Aktor aktor, Routning routning, Clock klocka) {
        kravMottagare(aktor, routning);
        Optional<Status> nasta = status.nasta();
        if (nasta.isEmpty() || nasta.get() != till) {
            throw new DomainException("avvikelse.otillatenOvergang", status.name(), till.name());
        }
        if (text == null || text.isBlank()) {
            throw DomainException.forField("stegtext", "avvikelse.stegtextSaknas");
        }
        if (till == Status.AVSLUTAD) {
            kravKanAvslutas();
        }
        Instant nu = klocka.instant();
        Steg s = new Steg(status, till, aktor.id(), aktor.namn(), nu, text.strip());
        return medSteg(s, anmald, till == Status.AVSLUTAD ? Optional.of(nu) : avslutad);
    }

    private void kravKanAvslutas() {
        if (!analys.arKomplett()) {
            throw DomainException.forField(analys.forstaSaknade(), "avvikelse.analysKravs");
        }
        if (kategori() == Kategori.LEX_SARAH) {
            LexSarahBedomning b = lexSarah.orElseThrow(() -> new DomainException("avvikelse.lexSarahBedomningKravs"));
            if (b.ivoAnmalanKravs()) {
                throw new DomainException("avvikelse.ivoAnmalanKravs", b.ivoFrist().toString());
            }
        }
    }

    private Avvikelse medSteg(Steg s, Optional<Instant> nyAnmald, Optional<Instant> nyAvslutad) {
        List<Steg> alla = new ArrayList<>(steg);
        alla.add(s);
        return new Avvikelse(id, uppgifter, s.till(), rapportor, rapportorNamn, skapad, nyAnmald, nyAvslutad, alla,
                analys, lexSarah, version);
    }

    /** The recipients write down the analysis while the avvikelse is being handled. */
    public Avvikelse medAnalys(Analys a, Aktor aktor, Routning routning) {
        kravMottagare(aktor, routning);
        if (!status.arOppen() || status == Status.ANMALD) {
            throw new DomainException("avvikelse.analysInteNu", status.name());
        }
        return new Avvikelse(id, uppgifter, status, rapportor, rapportorNamn, skapad, anmald, avslutad, steg, a,
                lexSarah, version);
    }

    /** The quality function decides whether a lex Sarah report concerns an allvarligt missförhållande. */
    public Avvikelse bedomLexSarah(boolean allvarligt, String motivering, Aktor aktor, Routning routning,
                                   Clock klocka) {
        kravFunktion(aktor, routning, Funktion.KVALITETSFUNKTION);
        if (kategori() != Kategori.LEX_SARAH) {
            throw new DomainException("avvikelse.inteLexSarah");
        }
        if (lexSarah.isPresent()) {
            throw new DomainException("avvikelse.redanBedomd");
        }
        if (!status.arOppen() || status == Status.ANMALD) {
            throw new DomainException("avvikelse.taEmotForst");
        }
        if (motivering == null || motivering.isBlank()) {
            throw DomainException.forField("motivering", "avvikelse.motiveringSaknas");
        }
        LexSarahBedomning b = new LexSarahBedomning(allvarligt, LocalDate.now(klocka), motivering.strip(),
                aktor.id(), aktor.namn(), Optional.empty());
        return medLexSarah(b);
    }

    /** Records that the serious missförhållande has been reported to IVO. */
    public Avvikelse registreraIvoAnmalan(LocalDate dag, String diarienummer, Aktor aktor, Routning routning,
                                          Clock klocka) {
        kravFunktion(aktor, routning, Funktion.KVALITETSFUNKTION);
        LexSarahBedomning b = lexSarah.filter(LexSarahBedomning::ivoAnmalanKravs)
                .orElseThrow(() -> new DomainException("avvikelse.ingenIvoAnmalanKravs"));
        if (dag == null) {
            throw DomainException.forField("ivoDag", "avvikelse.ivoDagSaknas");
        }
        if (dag.isAfter(LocalDate.now(klocka))) {
            throw DomainException.forField("ivoDag", "avvikelse.datumIFramtiden", dag.toString());
        }
        if (dag.isBefore(b.beslutsdag())) {
            throw DomainException.forField("ivoDag", "avvikelse.ivoForeBeslut", dag.toString(),
                    b.beslutsdag().toString());
        }
        String dnr = diarienummer == null || diarienummer.isBlank() ? null : diarienummer.strip();
        return medLexSarah(new LexSarahBedomning(b.allvarligt(), b.beslutsdag(), b.motivering(), b.av(), b.avNamn(),
                Optional.of(new IvoAnmalan(dag, dnr))));
    }

    private Avvikelse medLexSarah(LexSarahBedomning b) {
        return new Avvikelse(id, uppgifter, status, rapportor, rapportorNamn, skapad, anmald, avslutad, steg, analys,
                Optional.of(b), version);
    }

    private void kravMottagare(Aktor aktor, Routning routning) {
        aktor.krav(Behorighet.AVVIKELSE_HANTERA);
        if (!routning.arMottagare(aktor.roll(), kategori())) {
            throw new DomainException("avvikelse.inteMottagare");
        }
    }

    private void kravFunktion(Aktor aktor, Routning routning, Funktion f) {
        aktor.krav(Behorighet.AVVIKELSE_HANTERA);
        if (!routning.roller(f).contains(aktor.roll())) {
            throw new DomainException("avvikelse.inteFunktion", f.name());
        }
    }

    public boolean arMottagare(Aktor aktor, Routning routning) {
        return aktor.har(Behorighet.AVVIKELSE_HANTERA) && routning.arMottagare(aktor.roll(), kategori());
    }

    /** What is due now, for the recipients' inbox: the next step and any lex Sarah tasks, with deadlines. */
    public List<Uppgift> attGora(Routning routning) {
        List<Uppgift> u = new ArrayList<>();
        if (!status.arOppen()) {
            return u;
        }
        Optional<LocalDateTime> frist = status == Status.ANMALD && uppgifter.upptacktes() != null
                ? routning.mottagningsfrist(kategori(), uppgifter.upptacktes()) : Optional.empty();
        u.add(new Uppgift("avvikelse.uppgift." + status.nasta().orElseThrow().name(), frist));
        if (kategori() == Kategori.LEX_SARAH && status != Status.ANMALD) {
            if (lexSarah.isEmpty()) {
                u.add(new Uppgift("avvikelse.uppgift.lexSarahBedomning", Optional.empty()));
            } else if (lexSarah.get().ivoAnmalanKravs()) {
                u.add(new Uppgift("avvikelse.uppgift.ivoAnmalan",
                        Optional.of(lexSarah.get().ivoFrist().atTime(23, 59))));
            }
        }
        return u;
    }

    /** The earliest deadline among what is due. */
    public Optional<LocalDateTime> narmasteFrist(Routning routning) {
        return attGora(routning).stream().flatMap(x -> x.senast().stream()).min(LocalDateTime::compareTo);
    }

    /** The feedback given to the reporter (the text of the {@code ATERKOPPLAD} step). */
    public Optional<String> aterkoppling() {
        return steg.stream().filter(s -> s.till() == Status.ATERKOPPLAD).map(Steg::text).findFirst();
    }

    /** From submission to closing; empty until closed. */
    public Optional<Duration> tidTillAvslut() {
        return anmald.flatMap(a -> avslutad.map(s -> Duration.between(a, s)));
    }
}
