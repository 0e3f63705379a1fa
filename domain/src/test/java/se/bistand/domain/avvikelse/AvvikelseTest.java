package se.bistand.domain.avvikelse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.bistand.domain.avvikelse.Routning.Mottagning;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.Roll;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Id.AnvandareId;

class AvvikelseTest {

    static final ZoneId ZON = ZoneId.of("Europe/Stockholm");
    static final Clock KLOCKA = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZON);
    static final LocalDateTime NU = LocalDateTime.now(KLOCKA);

    static final Aktor ANNA = new Aktor(new AnvandareId(1), "anna", "Anna Lind", Roll.HANDLAGGARE);
    static final Aktor KARIN = new Aktor(new AnvandareId(2), "karin", "Karin Berg", Roll.ENHETSCHEF);
    static final Aktor LARS = new Aktor(new AnvandareId(3), "lars", "Lars Ekström", Roll.AVDELNINGSCHEF);
    static final Aktor SOFIA = new Aktor(new AnvandareId(4), "sofia", "Sofia Nyberg", Roll.SYSTEMFORVALTARE);
    static final Aktor OMAR = new Aktor(new AnvandareId(5), "omar", "Omar Haddad", Roll.HANDLAGGARE);

    /** The routing the migration seeds (V040), written out: the domain test does not read the database. */
    static final Routning ROUTNING = new Routning(Map.of(
            Kategori.FEL_I_HANDLAGGNING, List.of(m(Funktion.ENHETSCHEF)),
            Kategori.FELAKTIG_UTBETALNING, List.of(m(Funktion.ENHETSCHEF)),
            Kategori.MISSTANKT_OEGENTLIGHET, List.of(m(Funktion.ENHETSCHEF), m(Funktion.FORVALTNINGSCHEF)),
            Kategori.IT_FEL, List.of(m(Funktion.SYSTEMFORVALTARE)),
            Kategori.PERSONUPPGIFTSINCIDENT, List.of(m(Funktion.ENHETSCHEF),
                    new Mottagning(Funktion.DATASKYDDSOMBUD, Optional.of(Duration.ofHours(72)))),
            Kategori.HOT_OCH_VALD, List.of(m(Funktion.ENHETSCHEF)),
            Kategori.LEX_SARAH, List.of(m(Funktion.ENHETSCHEF), m(Funktion.KVALITETSFUNKTION)),
            Kategori.ANNAT, List.of(m(Funktion.ENHETSCHEF))),
            Map.of(Funktion.ENHETSCHEF, Set.of(Roll.ENHETSCHEF), Funktion.FORVALTNINGSCHEF, Set.of(Roll.AVDELNINGSCHEF),
                    Funktion.KVALITETSFUNKTION, Set.of(Roll.AVDELNINGSCHEF),
                    Funktion.DATASKYDDSOMBUD, Set.of(Roll.SYSTEMFORVALTARE),
                    Funktion.SYSTEMFORVALTARE, Set.of(Roll.SYSTEMFORVALTARE)));

    private static Mottagning m(Funktion f) {
        return new Mottagning(f, Optional.empty());
    }

    static AvvikelseUppgifter uppgifter(Kategori k) {
        return new AvvikelseUppgifter(k, "Utbetalningen gick till fel konto", LocalDate.of(2026, 11, 20),
                LocalDateTime.of(2026, 11, 21, 10, 30), "Klienten fick pengarna en vecka sent", "Ny utbetalning",
                Allvarlighet.MEDEL, Optional.of(new Lank(Lank.Typ.UTBETALNING, 77, "Utbetalning 2026-11-20", false)));
    }

    static Avvikelse anmald(Kategori k) {
        return Avvikelse.utkast(uppgifter(k), ANNA, KLOCKA).skicka(ANNA, KLOCKA);
    }

    @ParameterizedTest(name = "{0} goes to {1}")
    @CsvSource({
            "MISSTANKT_OEGENTLIGHET, 'ENHETSCHEF,FORVALTNINGSCHEF'",
            "LEX_SARAH, 'ENHETSCHEF,KVALITETSFUNKTION'",
            "PERSONUPPGIFTSINCIDENT, 'ENHETSCHEF,DATASKYDDSOMBUD'",
            "IT_FEL, 'SYSTEMFORVALTARE'",
            "FELAKTIG_UTBETALNING, 'ENHETSCHEF'"})
    void routesByCategory(Kategori k, String funktioner) {
        assertThat(ROUTNING.funktioner(k)).map(Enum::name).containsExactly(funktioner.split(","));
    }

    @Test
    void forvaltningschefIsTheAvdelningschefRoleSoSuspectedFraudReachesBothChefs() {
        assertThat(ROUTNING.roller(Kategori.MISSTANKT_OEGENTLIGHET)).containsExactlyInAnyOrder(Roll.ENHETSCHEF,
                Roll.AVDELNINGSCHEF);
        assertThat(ROUTNING.kategorierFor(Roll.SYSTEMFORVALTARE)).containsExactlyInAnyOrder(Kategori.IT_FEL,
                Kategori.PERSONUPPGIFTSINCIDENT);
    }

    @Test
    void submittingRequiresCategoryDescriptionDatesAndSeverityEachAtItsField() {
        AvvikelseUppgifter tom = new AvvikelseUppgifter(null, " ", null, null, null, null, null, Optional.empty());
        assertThat(tom.fel(KLOCKA, true)).extracting(e -> e.falt().orElseThrow())
                .containsExactly("kategori", "beskrivning", "intraffade", "upptacktes", "allvarlighet");
        assertThat(tom.fel(KLOCKA, false)).isEmpty();
        assertThatThrownBy(() -> Avvikelse.utkast(tom, ANNA, KLOCKA).skicka(ANNA, KLOCKA))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.falt()).contains("kategori"));
    }

    @Test
    void discoveryBeforeTheEventAndFutureDatesAreRefusedEvenForADraft() {
        AvvikelseUppgifter fore = new AvvikelseUppgifter(Kategori.ANNAT, "x", LocalDate.of(2026, 11, 20),
                LocalDateTime.of(2026, 11, 19, 8, 0), null, null, Allvarlighet.LAG, Optional.empty());
        assertThat(fore.fel(KLOCKA, false)).singleElement()
                .satisfies(e -> assertThat(e.key()).isEqualTo("avvikelse.upptacktForeHandelse"))
                .satisfies(e -> assertThat(e.falt()).contains("upptacktes"));
        AvvikelseUppgifter framtid = new AvvikelseUppgifter(Kategori.ANNAT, "x", LocalDate.of(2026, 11, 24),
                NU.plusMinutes(5), null, null, Allvarlighet.LAG, Optional.empty());
        assertThat(framtid.fel(KLOCKA, false)).extracting(e -> e.falt().orElseThrow())
                .containsExactly("intraffade", "upptacktes");
        assertThatThrownBy(() -> Avvikelse.utkast(framtid, ANNA, KLOCKA)).isInstanceOf(DomainException.class);
    }

    @Test
    void onlyTheReporterSubmitsTheirDraftAndOnlyOnce() {
        Avvikelse utkast = Avvikelse.utkast(uppgifter(Kategori.ANNAT), ANNA, KLOCKA);
        assertThatThrownBy(() -> utkast.skicka(OMAR, KLOCKA)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.key()).isEqualTo("avvikelse.blandAnnansUtkast"));
        Avvikelse a = utkast.skicka(ANNA, KLOCKA);
        assertThat(a.status()).isEqualTo(Status.ANMALD);
        assertThat(a.anmald()).contains(KLOCKA.instant());
        assertThatThrownBy(() -> a.skicka(ANNA, KLOCKA)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.key()).isEqualTo("avvikelse.redanAnmald"));
    }

    @Test
    void walksTheWholeFlowWithWhoWhenAndTextAtEachStepAndFeedbackForTheReporter() {
        Avvikelse a = anmald(Kategori.FELAKTIG_UTBETALNING);
        a = a.tillNasta(Status.MOTTAGEN, "Tar emot", KARIN, ROUTNING, KLOCKA);
        a = a.tillNasta(Status.UTREDS, "Utreder", KARIN, ROUTNING, KLOCKA);
        a = a.medAnalys(new Analys("Fel konto valt", "Kontrollfråga införd", "Dubbelkolla konto"), KARIN, ROUTNING);
        a = a.tillNasta(Status.ATGARDAD, "Ny utbetalning gjord", KARIN, ROUTNING, KLOCKA);
        a = a.tillNasta(Status.ATERKOPPLAD, "Tack! Vi har infört en kontrollfråga.", KARIN, ROUTNING, KLOCKA);
        a = a.tillNasta(Status.AVSLUTAD, "Klart", KARIN, ROUTNING, KLOCKA);
        assertThat(a.status()).isEqualTo(Status.AVSLUTAD);
        assertThat(a.steg()).extracting(Steg::till).containsExactly(Status.ANMALD, Status.MOTTAGEN, Status.UTREDS,
                Status.ATGARDAD, Status.ATERKOPPLAD, Status.AVSLUTAD);
        assertThat(a.steg().get(1)).satisfies(s -> {
            assertThat(s.vemNamn()).isEqualTo("Karin Berg");
            assertThat(s.nar()).isEqualTo(KLOCKA.instant());
            assertThat(s.text()).isEqualTo("Tar emot");
        });
        assertThat(a.aterkoppling()).contains("Tack! Vi har infört en kontrollfråga.");
        assertThat(a.tidTillAvslut()).contains(Duration.ZERO);
        assertThat(a.attGora(ROUTNING)).isEmpty();
    }

    @Test
    void stepsCannotBeSkippedOrTakenWithoutText() {
        Avvikelse a = anmald(Kategori.FEL_I_HANDLAGGNING);
        assertThatThrownBy(() -> a.tillNasta(Status.UTREDS, "x", KARIN, ROUTNING, KLOCKA))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.key()).isEqualTo("avvikelse.otillatenOvergang"));
        assertThatThrownBy(() -> a.tillNasta(Status.MOTTAGEN, " ", KARIN, ROUTNING, KLOCKA))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.falt()).contains("stegtext"));
    }

    @Test
    void onlyRecipientsOfTheCategoryMayHandleIt() {
        Avvikelse it = anmald(Kategori.IT_FEL);
        assertThatThrownBy(() -> it.tillNasta(Status.MOTTAGEN, "x", KARIN, ROUTNING, KLOCKA))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.key()).isEqualTo("avvikelse.inteMottagare"));
        assertThat(it.tillNasta(Status.MOTTAGEN, "x", SOFIA, ROUTNING, KLOCKA).status()).isEqualTo(Status.MOTTAGEN);
        assertThatThrownBy(() -> it.tillNasta(Status.MOTTAGEN, "x", ANNA, ROUTNING, KLOCKA))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("behorighet.saknas"));
    }

    @Test
    void closingRequiresTheWholeAnalysis() {
        Avvikelse a = anmald(Kategori.ANNAT)
                .tillNasta(Status.MOTTAGEN, "m", KARIN, ROUTNING, KLOCKA)
                .tillNasta(Status.UTREDS, "u", KARIN, ROUTNING, KLOCKA)
                .medAnalys(new Analys("Orsak", "Åtgärd", null), KARIN, ROUTNING)
                .tillNasta(Status.ATGARDAD, "å", KARIN, ROUTNING, KLOCKA)
                .tillNasta(Status.ATERKOPPLAD, "tack", KARIN, ROUTNING, KLOCKA);
        assertThatThrownBy(() -> a.tillNasta(Status.AVSLUTAD, "klart", KARIN, ROUTNING, KLOCKA))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.key()).isEqualTo("avvikelse.analysKravs");
                    assertThat(e.falt()).contains("lardom");
                });
    }

    @Test
    void personuppgiftsincidentMustBeReceivedWithin72HoursOfDiscovery() {
        Avvikelse a = anmald(Kategori.PERSONUPPGIFTSINCIDENT);
        Uppgift u = a.attGora(ROUTNING).get(0);
        assertThat(u.textnyckel()).isEqualTo("avvikelse.uppgift.MOTTAGEN");
        assertThat(u.senast()).contains(LocalDateTime.of(2026, 11, 24, 10, 30));
        assertThat(u.arForsenad(NU)).isFalse();
        assertThat(u.arForsenad(LocalDateTime.of(2026, 11, 24, 10, 31))).isTrue();
        Avvikelse mottagen = a.tillNasta(Status.MOTTAGEN, "DSO bedömer", SOFIA, ROUTNING, KLOCKA);
        assertThat(mottagen.attGora(ROUTNING).get(0).senast()).isEmpty();
        assertThat(anmald(Kategori.ANNAT).attGora(ROUTNING).get(0).senast()).isEmpty();
    }

    @Test
    void lexSarahNeedsTheQualityFunctionsDecisionAndASeriousOneAnIvoReportWithinTwoWeeks() {
        Avvikelse a = anmald(Kategori.LEX_SARAH).tillNasta(Status.MOTTAGEN, "m", KARIN, ROUTNING, KLOCKA);
        assertThat(a.attGora(ROUTNING)).extracting(Uppgift::textnyckel)
                .contains("avvikelse.uppgift.lexSarahBedomning");
        assertThatThrownBy(() -> a.bedomLexSarah(true, "allvarligt", KARIN, ROUTNING, KLOCKA))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.key()).isEqualTo("avvikelse.inteFunktion"));
        Avvikelse bedomd = a.bedomLexSarah(true, "Klienten stod utan pengar till mat", LARS, ROUTNING, KLOCKA);
        assertThat(bedomd.lexSarah().orElseThrow().ivoFrist()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(bedomd.attGora(ROUTNING)).anySatisfy(u -> {
            assertThat(u.textnyckel()).isEqualTo("avvikelse.uppgift.ivoAnmalan");
            assertThat(u.senast()).contains(LocalDateTime.of(2026, 12, 7, 23, 59));
        });

        Avvikelse redo = bedomd.tillNasta(Status.UTREDS, "u", LARS, ROUTNING, KLOCKA)
                .medAnalys(new Analys("o", "å", "l"), LARS, ROUTNING)
                .tillNasta(Status.ATGARDAD, "å", LARS, ROUTNING, KLOCKA)
                .tillNasta(Status.ATERKOPPLAD, "tack", LARS, ROUTNING, KLOCKA);
        assertThatThrownBy(() -> redo.tillNasta(Status.AVSLUTAD, "klart", LARS, ROUTNING, KLOCKA))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.key()).isEqualTo("avvikelse.ivoAnmalanKravs"));
        assertThatThrownBy(() -> redo.registreraIvoAnmalan(LocalDate.of(2026, 11, 22), "x", LARS, ROUTNING, KLOCKA))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.falt()).contains("ivoDag"));
        Avvikelse anmaldIvo = redo.registreraIvoAnmalan(LocalDate.of(2026, 11, 23), "IVO 3.5.1-1234/2026", LARS,
                ROUTNING, KLOCKA);
        assertThat(anmaldIvo.tillNasta(Status.AVSLUTAD, "klart", LARS, ROUTNING, KLOCKA).status())
                .isEqualTo(Status.AVSLUTAD);
    }

    @Test
    void aLexSarahJudgedNotSeriousClosesWithoutIvo() {
        Avvikelse a = anmald(Kategori.LEX_SARAH).tillNasta(Status.MOTTAGEN, "m", LARS, ROUTNING, KLOCKA)
                .bedomLexSarah(false, "Ingen påtaglig risk", LARS, ROUTNING, KLOCKA)
                .tillNasta(Status.UTREDS, "u", LARS, ROUTNING, KLOCKA)
                .medAnalys(new Analys("o", "å", "l"), LARS, ROUTNING)
                .tillNasta(Status.ATGARDAD, "å", LARS, ROUTNING, KLOCKA)
                .tillNasta(Status.ATERKOPPLAD, "tack", LARS, ROUTNING, KLOCKA)
                .tillNasta(Status.AVSLUTAD, "klart", LARS, ROUTNING, KLOCKA);
        assertThat(a.status()).isEqualTo(Status.AVSLUTAD);
        assertThatThrownBy(() -> a.registreraIvoAnmalan(LocalDate.of(2026, 11, 23), null, LARS, ROUTNING, KLOCKA))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.key()).isEqualTo("avvikelse.ingenIvoAnmalanKravs"));
    }

    @Test
    void aProtectedLinkKeepsNoTextAndShowsOnlyItsId() {
        Lank l = new Lank(Lank.Typ.ARENDE, 412, "Karin Ek 19850412-9803", true);
        assertThat(l.visningstext()).isNull();
        assertThat(l.visning()).isEqualTo("#412").doesNotContain("Karin");
    }
}
