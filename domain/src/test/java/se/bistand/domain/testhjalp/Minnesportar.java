package se.bistand.domain.testhjalp;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import se.bistand.domain.behorighet.Aktor;
import se.bistand.domain.gemensam.Transaktioner;
import se.bistand.domain.logg.Atkomstlogg;
import se.bistand.domain.logg.AuditHandelse;
import se.bistand.domain.logg.AuditKedja;
import se.bistand.domain.logg.AuditLogg;
import se.bistand.domain.logg.Granskningsankare;
import se.bistand.domain.logg.NyAuditHandelse;

/** In-memory stand-ins for the logging and transaction ports, shared by the domain's service tests. */
public final class Minnesportar {

    private Minnesportar() {
    }

    /**
     * The household registered in the case as it is in {@code u} (role and birth date of each
     * member, the household size): for a decision-rules stub whose tests decide on one known household.
     */
    public static se.bistand.domain.beslut.RegistreratHushall hushall(se.bistand.domain.berakning.BerakningsUnderlag u) {
        return new se.bistand.domain.beslut.RegistreratHushall(u.medlemmar().stream()
                .map(m -> new se.bistand.domain.beslut.RegistreratHushall.Medlem(m.roll(), m.fodelsedatum())).toList(),
                u.personerIHushallet());
    }

    /** Runs the work directly (no database: nothing to commit or roll back). */
    public static Transaktioner direkt() {
        return new Transaktioner() {
            @Override
            public <T> T iTransaktion(Supplier<T> arbete) {
                return arbete.get();
            }
        };
    }

    /** An audit log that hands every new row to {@code mottagare}. */
    public static AuditLogg audit(Consumer<NyAuditHandelse> mottagare) {
        return new AuditLogg() {
            @Override
            public AuditHandelse registrera(NyAuditHandelse h) {
                mottagare.accept(h);
                return null;
            }

            @Override
            public void forVarje(Consumer<AuditHandelse> alla) {
            }

            @Override
            public List<AuditHandelse> senaste(int antal) {
                return List.of();
            }

            @Override
            public Granskningsankare huvud() {
                return new Granskningsankare(0, AuditKedja.START_HASH, "minne");
            }

            @Override
            public Granskningsankare ankra(String kalla) {
                return huvud().medKalla(kalla);
            }

            @Override
            public List<Granskningsankare> ankare() {
                return List.of();
            }
        };
    }

    /** An access log that hands "ATGARD: skäl" of every read to {@code mottagare}. */
    public static Atkomstlogg atkomst(Consumer<String> mottagare) {
        return new Atkomstlogg() {
            @Override
            public void registrera(Aktor aktor, Long personId, Long arendeId, String atgard, boolean tilldelad,
                                   String skal) {
                mottagare.accept(atgard + ": " + skal);
            }

            @Override
            public void registreraLista(Aktor aktor, String atgard, java.util.Collection<Long> personer,
                                        boolean tilldelad, String skal) {
                mottagare.accept(atgard + ": " + skal);
            }

            @Override
            public List<Post> senaste(int antal) {
                return List.of();
            }

            @Override
            public void forVarje(Consumer<se.bistand.domain.logg.AtkomstKedja.Rad> rader) {
            }

            @Override
            public Huvud huvud() {
                return new Huvud(0, se.bistand.domain.logg.AuditKedja.START_HASH);
            }

            @Override
            public List<Post> forArende(long arendeId) {
                return List.of();
            }

            @Override
            public List<Post> forPerson(long personId) {
                return List.of();
            }
        };
    }

    /**
     * People for {@link se.bistand.domain.arende.Skyddsfilter}: found by id and identity, with the
     * handläggare assigned to their cases. Writing is not supported.
     */
    public static se.bistand.domain.arende.PersonRepository personer(
            java.util.Map<se.bistand.domain.arende.Person, java.util.Set<se.bistand.domain.gemensam.Id.AnvandareId>>
                    medTilldelade) {
        return stod(se.bistand.domain.arende.PersonRepository.class, (metod, arg) -> switch (metod) {
            case "hitta" -> medTilldelade.keySet().stream().filter(p -> p.id().equals(arg[0])).findFirst();
            case "hittaIdentiteter" -> medTilldelade.keySet().stream()
                    .filter(p -> ((java.util.Collection<?>) arg[0]).contains(p.identitet())).toList();
            case "tilldeladeHandlaggare" -> medTilldelade.entrySet().stream()
                    .filter(e -> ((java.util.Collection<?>) arg[0]).contains(e.getKey().id()))
                    .collect(java.util.stream.Collectors.toMap(e -> e.getKey().id(), java.util.Map.Entry::getValue));
            default -> throw new UnsupportedOperationException(metod);
        });
    }

    /** A port of which a test uses no method: every call fails. */
    public static <T> T ingaAnrop(Class<T> port) {
        return stod(port, (metod, arg) -> {
            throw new UnsupportedOperationException(metod);
        });
    }

    private interface Svar {
        Object svara(String metod, Object[] arg);
    }

    private static <T> T stod(Class<T> port, Svar svar) {
        return port.cast(java.lang.reflect.Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port},
                (proxy, metod, arg) -> switch (metod.getName()) {
                    case "toString" -> port.getSimpleName() + " i minnet";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == arg[0];
                    default -> svar.svara(metod.getName(), arg);
                }));
    }
}
