package se.bistand.app;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import se.bistand.domain.arende.ArendeService;
import se.bistand.domain.arende.ArendetsBeslutsForutsattningar;
import se.bistand.domain.arende.Skyddsfilter;
import se.bistand.domain.arende.Nyregistrering;
import se.bistand.domain.arende.PersonService;
import se.bistand.domain.attest.AttestService;
import se.bistand.domain.attest.BeslutTillAttest;
import se.bistand.domain.attest.RegistretsRiskunderlag;
import se.bistand.domain.avvikelse.AvvikelseService;
import se.bistand.domain.avvikelse.SynpunktService;
import se.bistand.domain.behorighet.AnvandarService;
import se.bistand.domain.behorighet.InloggningService;
import se.bistand.domain.behorighet.LosenordsHashare;
import se.bistand.domain.berakning.Berakningstjanst;
import se.bistand.domain.berakning.NormtabellService;
import se.bistand.domain.beslut.BeslutService;
import se.bistand.domain.beslut.BeslutsForutsattningar;
import se.bistand.domain.betalning.BetalningsmottagareService;
import se.bistand.domain.delegation.DelegationService;
import se.bistand.domain.logg.AuditService;
import se.bistand.domain.logg.ExternaAnkare;
import se.bistand.domain.utbetalning.Exportskrivare;
import se.bistand.domain.utbetalning.SigneringsregelService;
import se.bistand.domain.utbetalning.StickprovService;
import se.bistand.domain.utbetalning.UtbetalningService;
import se.bistand.persistence.Repositorier;
import se.bistand.persistence.berakning.NormtabellResurser;

/**
 * The domain's application services, wired once over the repositories. Views take from here what
 * their view-models need and hand it to the view-model's constructor; a view-model never sees
 * this record (view-model tests pass fakes or single services instead).
 */
public record Tjanster(Clock klocka, InloggningService inloggning, AnvandarService anvandarService,
                       AuditService auditService, PersonService personService, ArendeService arendeService,
                       Nyregistrering nyregistrering, DelegationService delegationService,
                       BetalningsmottagareService mottagarService, UtbetalningService utbetalningService,
                       StickprovService stickprovService, SigneringsregelService signeringsregelService,
                       AttestService attestService, BeslutTillAttest beslutTillAttest,
                       NormtabellService normtabellService, Berakningstjanst berakningstjanst, BeslutService beslutService,
                       AvvikelseService avvikelseService, SynpunktService synpunktService,
                       Exportskrivare exportskrivare) {

    /** The services of the application, with the case workspace's rules before a paying decision. */
    public static Tjanster bygg(Repositorier r, LosenordsHashare hashare, Clock klocka, Exportskrivare export) {
        return bygg(r, hashare, klocka, export, Optional.empty());
    }

    /**
     * The same wiring, with other rules before a paying decision when given (tests that decide
     * without a complete case build their own services this way).
     */
    public static Tjanster bygg(Repositorier r, LosenordsHashare hashare, Clock klocka, Exportskrivare export,
                                Optional<BeslutsForutsattningar> andraForutsattningar) {
        return bygg(r, hashare, klocka, export, ExternaAnkare.inga(), andraForutsattningar);
    }

    /**
     * The same wiring, with the audit chain's anchors outside the database ({@code ankare}: the
     * installation's export and backup folders) that {@link AuditService#verifiera} checks.
     */
    public static Tjanster bygg(Repositorier r, LosenordsHashare hashare, Clock klocka, Exportskrivare export,
                                ExternaAnkare ankare, Optional<BeslutsForutsattningar> andraForutsattningar) {
        var tx = r.tx();
        InloggningService inloggning = new InloggningService(tx, r.anvandare(), hashare, r.audit(), klocka);
        PersonService personService = new PersonService(tx, r.personer(), r.arenden(), r.audit(), r.atkomstlogg(),
                klocka);
        ArendeService arendeService = new ArendeService(tx, r.arenden(), r.personer(), r.anvandare(), r.audit(),
                r.atkomstlogg(), klocka);
        Skyddsfilter skydd = new Skyddsfilter(r.personer(), r.arenden());
        RegistretsRiskunderlag risk = new RegistretsRiskunderlag(r.attest(), r.mottagare(), r.anvandare());
        UtbetalningService utbetalningService = new UtbetalningService(tx, r.utbetalningar(), r.signeringsregler(),
                r.anvandare(), risk, r.installation(), inloggning, r.audit(), r.atkomstlogg(), klocka, new SecureRandom(),
                skydd);
        AttestService attestService = new AttestService(tx, r.attest(), r.delegationer(), r.mottagare(), r.anvandare(),
                risk, utbetalningService, r.audit(), r.atkomstlogg(), klocka, skydd);
        Berakningstjanst berakningstjanst = new Berakningstjanst(r.normtabeller(), NormtabellResurser.prisbasbelopp());
        BeslutTillAttest beslutTillAttest = new BeslutTillAttest(tx, attestService, r.arenden(), r.personer(),
                r.mottagare(), r.atkomstlogg(), skydd);
        BeslutsForutsattningar forutsattningar = andraForutsattningar
                .orElseGet(() -> new ArendetsBeslutsForutsattningar(tx, arendeService, r.arenden()));
        return new Tjanster(klocka, inloggning, new AnvandarService(tx, r.anvandare(), hashare, r.audit()),
                new AuditService(tx, r.audit(), r.atkomstlogg(), ankare), personService, arendeService,
                new Nyregistrering(tx, personService, arendeService),
                new DelegationService(tx, r.delegationer(), r.audit(), klocka),
                new BetalningsmottagareService(tx, r.mottagare(), risk, r.audit(), r.atkomstlogg(), klocka, skydd),
                utbetalningService, new StickprovService(tx, r.installation(), r.audit(), klocka),
                new SigneringsregelService(tx, r.signeringsregler(), r.audit(), klocka), attestService,
                beslutTillAttest, new NormtabellService(tx, r.normtabeller(), r.audit(), klocka), berakningstjanst,
                new BeslutService(tx, r.beslut(), berakningstjanst, forutsattningar, r.audit(), r.atkomstlogg(), klocka,
                        beslutTillAttest, r.delegationer()),
                avvikelseService(r, klocka), synpunktService(r, klocka), export);
    }

    /** The avvikelse service on a given clock (demo data dated in the past uses another). */
    public static AvvikelseService avvikelseService(Repositorier r, Clock klocka) {
        return new AvvikelseService(r.tx(), r.avvikelser(), r.synpunkter(), r.audit(), r.atkomstlogg(), klocka);
    }

    public static SynpunktService synpunktService(Repositorier r, Clock klocka) {
        return new SynpunktService(r.tx(), r.synpunkter(), r.avvikelser(), r.audit(), klocka);
    }
}
