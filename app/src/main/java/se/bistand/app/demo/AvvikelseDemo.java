package se.bistand.app.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Random;
import se.bistand.app.AppContext;
import se.bistand.domain.avvikelse.Allvarlighet;
import se.bistand.domain.avvikelse.Analys;
import se.bistand.domain.avvikelse.Avvikelse;
import se.bistand.domain.avvikelse.AvvikelseUppgifter;
import se.bistand.domain.avvikelse.Kategori;
import se.bistand.domain.avvikelse.Lank;
import se.bistand.domain.avvikelse.Status;
import se.bistand.domain.avvikelse.Synpunkt;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.behorighet.AnvandareRepository;

/**
 * Demo avvikelser over the current and the previous half-year, in every state (one closed with
 * feedback, one suspected fraud under investigation, a lex Sarah judged serious with the IVO
 * deadline running, a personuppgiftsincident past its 72 hours, a draft), and synpunkter.
 * Dated relative to the installation's clock, through the real services.
 */
public final class AvvikelseDemo implements DemoData.DemoBidrag {

    private AppContext ctx;
    private LocalDate idag;

    @Override
    public void seed(AppContext c, Aktor system, Random slump) {
        this.ctx = c;
        this.idag = LocalDate.now(c.klocka());
        Aktor anna = aktor("anna");
        Aktor omar = aktor("omar");
        Aktor erik = aktor("erik");
        Aktor maria = aktor("maria");
        Aktor karin = aktor("karin");
        Aktor lars = aktor("lars");
        Aktor sofia = aktor("sofia");

        Avvikelse a = anmal(anna, 160, Kategori.FELAKTIG_UTBETALNING, Allvarlighet.MEDEL,
                "Hyran betalades två gånger för juni: samma faktura registrerades på två ansökningar.",
                "Hyresvärden fick dubbel betalning; ett återkrav mot klienten övervägdes men avstods.",
                "Ekonomi kontaktade hyresvärden som betalade tillbaka.",
                Optional.of(new Lank(Lank.Typ.UTBETALNING, 5012, "Utbetalning hyra juni, 7 450 kr", false)));
        stang(karin, a, 158, 130, new Analys("Ingen kontroll av dubbla fakturanummer vid registrering.",
                        "Kontroll av fakturanummer mot tidigare utbetalningar införd i rutinen.",
                        "Fakturanummer kontrolleras alltid innan utbetalning."),
                "Tack för anmälan! Pengarna är återbetalda och vi har infört en kontroll av fakturanummer.");

        Avvikelse hot = anmal(omar, 200, Kategori.HOT_OCH_VALD, Allvarlighet.HOG,
                "En besökare hotade handläggaren i receptionen efter ett avslagsbeslut.", null,
                "Väktare tillkallades, polisanmälan gjord.", Optional.empty());
        stang(karin, hot, 199, 185, new Analys("Receptionen saknade larmknapp vid disken.",
                        "Larmknapp installerad; besök vid avslag sker i samtalsrum med två handläggare.",
                        "Riskbedöm besök där avslag meddelas."),
                "Larmknapp finns nu i receptionen. Tack för att du anmälde.");

        Avvikelse it = anmal(omar, 100, Kategori.IT_FEL, Allvarlighet.LAG,
                "Beräkningen visade fel norm för barn 11–14 år efter uppdateringen.", null,
                "Beräknade om manuellt mot riksnormen.", Optional.empty());
        stang(sofia, it, 99, 90, new Analys("Normtabellen för 2026 saknade en rad vid import.",
                        "Tabellen rättad; import kontrolleras nu mot föregående år.",
                        "Granska normtabeller innan de aktiveras."),
                "Felet är rättat i version 2026.2. Tack!");

        Avvikelse fusk = anmal(erik, 140, Kategori.MISSTANKT_OEGENTLIGHET, Allvarlighet.HOG,
                "Samma bankkonto förekommer som mottagare i två hushåll utan koppling till varandra.",
                "Risk för felaktiga utbetalningar.", "Utbetalningarna till kontot stoppade i väntan på utredning.",
                Optional.of(new Lank(Lank.Typ.UTBETALNINGSLISTA, 310, "Utbetalningslista 2026-07-03", false)));
        fusk = steg(lars, fusk, 139, Status.MOTTAGEN, "Mottagen av förvaltningschefen; utreds tillsammans med enhetschef.");
        fusk = steg(karin, fusk, 120, Status.UTREDS, "Kontoutdrag begärda, polisanmälan övervägs.");
        fusk = ctx.avvikelseService(pa(118)).sparaAnalys(karin, fusk.id(), fusk.version(),
                new Analys("Betalningsmottagare registrerades av en handläggare utan kontroll av kontoägare.", null, null));

        Avvikelse sarah = anmal(erik, 20, Kategori.LEX_SARAH, Allvarlighet.HOG,
                "En klient med skyddad identitet fick sitt beslut skickat till gammal adress.",
                "Klientens nya ort kan ha röjts.", "Klienten informerades samma dag; adressen spärrad i systemet.",
                Optional.of(new Lank(Lank.Typ.ARENDE, 9001, null, true)));
        sarah = steg(karin, sarah, 19, Status.MOTTAGEN, "Mottagen, kvalitetsfunktionen bedömer.");
        sarah = ctx.avvikelseService(pa(10)).bedomLexSarah(lars, sarah.id(), sarah.version(), true,
                "Påtaglig risk för allvarligt missförhållande: skyddade personuppgifter kan ha röjts.");
        steg(lars, sarah, 9, Status.UTREDS, "Utredning enligt lex Sarah påbörjad.");

        anmal(anna, 1, Kategori.PERSONUPPGIFTSINCIDENT, Allvarlighet.HOG,
                "Ett e-postmeddelande med kontoutdrag skickades till fel mottagare.",
                "Uppgifter om klientens ekonomi har lämnats ut.", "Mottagaren ombedd att radera meddelandet.",
                Optional.of(new Lank(Lank.Typ.ARENDE, 9002, "Ärende 2026-0388", false)));

        anmal(maria, 5, Kategori.FEL_I_HANDLAGGNING, Allvarlighet.MEDEL,
                "Beslut om tandvård fattades utan att kostnadsförslaget fanns i akten.", null,
                "Kostnadsförslaget begärt in i efterhand.", Optional.empty());

        Avvikelse atergiven = anmal(anna, 30, Kategori.FELAKTIG_UTBETALNING, Allvarlighet.LAG,
                "Elräkningen betalades till fel bankgiro.", "Betalningen blev en vecka sen.",
                "Ny betalning till rätt bankgiro.", Optional.empty());
        atergiven = steg(karin, atergiven, 29, Status.MOTTAGEN, "Mottagen.");
        atergiven = steg(karin, atergiven, 27, Status.UTREDS, "Kontrollerar mottagarregistret.");
        atergiven = ctx.avvikelseService(pa(26)).sparaAnalys(karin, atergiven.id(), atergiven.version(),
                new Analys("Två elbolag med nästan samma namn i mottagarregistret.",
                        "Dubbletten spärrad; organisationsnummer visas vid val av mottagare.",
                        "Välj betalningsmottagare på organisationsnummer."));
        atergiven = steg(karin, atergiven, 25, Status.ATGARDAD, "Dubbletten spärrad.");
        steg(karin, atergiven, 24, Status.ATERKOPPLAD,
                "Tack! Vi har spärrat dubbletten och visar nu organisationsnummer när mottagare väljs.");

        ctx.avvikelseService(pa(0)).sparaUtkast(anna, 0, 0, new AvvikelseUppgifter(Kategori.ANNAT,
                "Telefontiden räckte inte till för alla som ringde i måndags.", idag.minusDays(4), null, null, null,
                null, Optional.empty()));

        Synpunkt s1 = ctx.synpunktService(pa(150)).registrera(anna, Synpunkt.Typ.KLAGOMAL, Synpunkt.Kanal.TELEFON,
                idag.minusDays(150), "Klienten har inte fått svar på sin ansökan om glasögon på tre veckor.",
                Optional.empty());
        s1 = ctx.synpunktService(pa(148)).besvara(karin, s1.id(), s1.version(),
                "Vi beklagar dröjsmålet. Beslut fattades i dag och skickas med post.");
        ctx.synpunktService(pa(147)).avsluta(karin, s1.id(), s1.version());
        Synpunkt s2 = ctx.synpunktService(pa(40)).registrera(omar, Synpunkt.Typ.SYNPUNKT, Synpunkt.Kanal.E_TJANST,
                idag.minusDays(40), "Önskar att e-tjänsten fanns på arabiska.", Optional.empty());
        ctx.synpunktService(pa(38)).besvara(karin, s2.id(), s2.version(),
                "Tack för synpunkten. Vi tar med den i arbetet med e-tjänsten.");
        ctx.synpunktService(pa(3)).registrera(anna, Synpunkt.Typ.KLAGOMAL, Synpunkt.Kanal.BESOK, idag.minusDays(3),
                "Klienten upplever att hen inte fick förklarat varför ansökan avslogs.", Optional.empty());
    }

    private Aktor aktor(String anv) {
        AnvandareRepository anvandare = ctx.anvandarRepository();
        return ctx.tx().iTransaktion(() -> anvandare.hitta(anv)).orElseThrow().somAktor();
    }

    private Clock pa(int dagarSedan) {
        if (dagarSedan == 0) {
            return ctx.klocka();
        }
        return Clock.fixed(idag.minusDays(dagarSedan).atTime(LocalTime.of(10, 0)).atZone(ctx.klocka().getZone())
                .toInstant(), ctx.klocka().getZone());
    }

    private Avvikelse anmal(Aktor vem, int dagarSedan, Kategori k, Allvarlighet a, String vad, String konsekvens,
                            String atgard, Optional<Lank> lank) {
        LocalDateTime upptackt = idag.minusDays(dagarSedan + (k == Kategori.PERSONUPPGIFTSINCIDENT ? 3 : 0))
                .atTime(8, 15);
        AvvikelseUppgifter u = new AvvikelseUppgifter(k, vad, upptackt.toLocalDate().minusDays(1), upptackt,
                konsekvens, atgard, a, lank);
        return ctx.avvikelseService(pa(dagarSedan)).skicka(vem, 0, 0, u);
    }

    private Avvikelse steg(Aktor vem, Avvikelse a, int dagarSedan, Status till, String text) {
        return ctx.avvikelseService(pa(dagarSedan)).tillNasta(vem, a.id(), a.version(), till, text);
    }

    private void stang(Aktor vem, Avvikelse a, int mottagen, int avslutad, Analys analys, String aterkoppling) {
        Avvikelse x = steg(vem, a, mottagen, Status.MOTTAGEN, "Mottagen.");
        x = steg(vem, x, mottagen, Status.UTREDS, "Utreds.");
        x = ctx.avvikelseService(pa(avslutad)).sparaAnalys(vem, x.id(), x.version(), analys);
        x = steg(vem, x, avslutad, Status.ATGARDAD, analys.atgarder());
        x = steg(vem, x, avslutad, Status.ATERKOPPLAD, aterkoppling);
        steg(vem, x, avslutad, Status.AVSLUTAD, "Avslutad efter återkoppling.");
    }
}
