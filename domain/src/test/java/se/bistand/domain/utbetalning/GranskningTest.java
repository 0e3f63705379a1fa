package se.bistand.domain.utbetalning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.bistand.domain.utbetalning.UtbetalningsregelTest.ANNA;
import static se.bistand.domain.utbetalning.UtbetalningsregelTest.DAG;
import static se.bistand.domain.utbetalning.UtbetalningsregelTest.ERIK;
import static se.bistand.domain.utbetalning.UtbetalningsregelTest.KARIN;
import static se.bistand.domain.utbetalning.UtbetalningsregelTest.LARS;
import static se.bistand.domain.utbetalning.UtbetalningsregelTest.REGEL;
import static se.bistand.domain.utbetalning.UtbetalningsregelTest.rad;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.bistand.domain.behorighet.AnvandareRepository;
import se.bistand.domain.betalning.Riskbedomning;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.testhjalp.Minnesportar;

/** A sampled line is marked reviewed only by someone who opened it (the stored card and the case in brief). */
class GranskningTest {

    private final Set<String> oppnade = new HashSet<>();
    private final List<String> granskade = new ArrayList<>();
    private final List<String> handelser = new ArrayList<>();
    private final List<String> lasningar = new ArrayList<>();
    private Utbetalningslista lista = new Utbetalningslista(1, DAG, Utbetalningslista.Status.UTKAST, true,
            Optional.empty(), List.of(iStickprov(rad(1, 9_000, ANNA, ERIK))), List.of(), List.of(), 0);

    private static Utbetalningsrad iStickprov(Utbetalningsrad r) {
        return new Utbetalningsrad(r.id(), r.listaId(), r.attestId(), r.beslut(), r.mottagare(), r.attesteradAv(), true,
                Optional.empty(), Optional.empty());
    }

    /** The list of one sampled line in memory: only what reviewing uses. */
    private UtbetalningRepository repo() {
        return (UtbetalningRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {UtbetalningRepository.class}, (p, m, a) -> switch (m.getName()) {
                    case "hitta" -> Optional.of(lista);
                    case "harOppnat" -> oppnade.contains(a[0] + "/" + a[1]);
                    case "registreraOppning" -> oppnade.add(a[0] + "/" + a[1]) ? null : null;
                    case "markeraGranskad" -> granskade.add(a[0] + "/" + a[1]) ? null : null;
                    case "uppdateraStatus" -> null;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    private UtbetalningService tjanst() {
        AnvandareRepository inga = (AnvandareRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {AnvandareRepository.class}, (p, m, a) -> List.of());
        SigneringsregelTest.MinnesRegler regler = new SigneringsregelTest.MinnesRegler();
        regler.foresla(REGEL);
        regler.avgor(1, Signeringsregel.Status.GALLANDE, ERIK, Instant.EPOCH, 0);
        return new UtbetalningService(Minnesportar.direkt(), repo(), regler, inga,
                () -> new Riskbedomning(Map.of(), Set.of(), Set.of()), null, null,
                Minnesportar.audit(h -> handelser.add(h.handelse())), Minnesportar.atkomst(lasningar::add),
                Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC), new Random(1),
                new se.bistand.domain.arende.Skyddsfilter(Minnesportar.personer(Map.of()),
                        Minnesportar.ingaAnrop(se.bistand.domain.arende.ArendeRepository.class)));
    }

    @Test
    void markingALineReviewedWithoutOpeningItIsRefusedAndAudited() {
        UtbetalningService t = tjanst();
        assertThatThrownBy(() -> t.markeraGranskad(KARIN, 1, 1)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.key()).isEqualTo("utbetalning.ejOppnad"));
        assertThat(granskade).isEmpty();
        assertThat(handelser).containsExactly("STICKPROV_GRANSKNING_NEKAD");
    }

    @Test
    void openingRecordsItWithAnAccessLogRowAndThenTheOpenerMayMarkButNotSomeoneElse() {
        UtbetalningService t = tjanst();
        t.oppnaRad(LARS, 1, 1);
        assertThat(lasningar).singleElement().asString().startsWith("UTBETALNING_GRANSKA");
        assertThatThrownBy(() -> t.markeraGranskad(KARIN, 1, 1)).as("Lars opened it, not Karin")
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("utbetalning.ejOppnad"));
        t.oppnaRad(KARIN, 1, 1);
        t.markeraGranskad(KARIN, 1, 1);
        assertThat(granskade).containsExactly("1/" + KARIN.id());
        assertThat(handelser).contains("STICKPROV_GRANSKAT");
    }
}
