package se.bistand.persistence;

import java.time.Clock;
import se.bistand.domain.arende.ArendeRepository;
import se.bistand.domain.arende.PersonRepository;
import se.bistand.domain.attest.AttestRepository;
import se.bistand.domain.avvikelse.AvvikelseRepository;
import se.bistand.domain.avvikelse.SynpunktRepository;
import se.bistand.domain.behorighet.AnvandareRepository;
import se.bistand.domain.berakning.NormtabellRegister;
import se.bistand.domain.beslut.BeslutRepository;
import se.bistand.domain.betalning.BetalningsmottagareRepository;
import se.bistand.domain.delegation.DelegationsRepository;
import se.bistand.domain.installation.Installation;
import se.bistand.domain.logg.Atkomstlogg;
import se.bistand.domain.logg.AuditLogg;
import se.bistand.domain.utbetalning.SigneringsregelRepository;
import se.bistand.domain.utbetalning.UtbetalningRepository;
import se.bistand.persistence.arende.JdbiArendeRepository;
import se.bistand.persistence.arende.JdbiPersonRepository;
import se.bistand.persistence.attest.JdbiAttestRepository;
import se.bistand.persistence.avvikelse.JdbiAvvikelseRepository;
import se.bistand.persistence.avvikelse.JdbiSynpunktRepository;
import se.bistand.persistence.behorighet.JdbiAnvandareRepository;
import se.bistand.persistence.berakning.JdbiNormtabellRepository;
import se.bistand.persistence.beslut.JdbiBeslutRepository;
import se.bistand.persistence.betalning.JdbiBetalningsmottagareRepository;
import se.bistand.persistence.delegation.JdbiDelegationsRepository;
import se.bistand.persistence.grund.Databas;
import se.bistand.persistence.grund.JdbiTransaktioner;
import se.bistand.persistence.installation.JdbiInstallation;
import se.bistand.persistence.logg.JdbiAtkomstlogg;
import se.bistand.persistence.logg.JdbiAuditLogg;
import se.bistand.persistence.utbetalning.JdbiSigneringsregelRepository;
import se.bistand.persistence.utbetalning.JdbiUtbetalningRepository;

/**
 * Every port the persistence module implements, built once over one open {@link Databas}: the
 * app's composition root wires the domain's services from it, and test helpers that need real
 * repositories build them the same way ({@code Repositorier.av(databas, klocka)}).
 */
public record Repositorier(JdbiTransaktioner tx, AuditLogg audit, Atkomstlogg atkomstlogg, Installation installation,
                           AnvandareRepository anvandare, PersonRepository personer, ArendeRepository arenden,
                           AttestRepository attest, DelegationsRepository delegationer,
                           BetalningsmottagareRepository mottagare, UtbetalningRepository utbetalningar,
                           NormtabellRegister normtabeller, BeslutRepository beslut, AvvikelseRepository avvikelser,
                           SynpunktRepository synpunkter, SigneringsregelRepository signeringsregler) {

    /** The Jdbi adapters over {@code databas}; times are stamped with {@code klocka}. */
    public static Repositorier av(Databas databas, Clock klocka) {
        JdbiTransaktioner tx = databas.transaktioner();
        return new Repositorier(tx, new JdbiAuditLogg(tx, klocka), new JdbiAtkomstlogg(tx, klocka),
                new JdbiInstallation(tx), new JdbiAnvandareRepository(tx, klocka), new JdbiPersonRepository(tx, klocka),
                new JdbiArendeRepository(tx), new JdbiAttestRepository(tx), new JdbiDelegationsRepository(tx),
                new JdbiBetalningsmottagareRepository(tx), new JdbiUtbetalningRepository(tx),
                new JdbiNormtabellRepository(tx), new JdbiBeslutRepository(tx), new JdbiAvvikelseRepository(tx, klocka),
                new JdbiSynpunktRepository(tx), new JdbiSigneringsregelRepository(tx));
    }
}
