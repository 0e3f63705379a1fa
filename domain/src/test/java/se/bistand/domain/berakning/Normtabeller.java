package se.bistand.domain.berakning;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Test helper: the norm tables and prisbasbelopp shipped in the resources module. */
public final class Normtabeller {

    static final List<String> FILER = List.of("riksnorm-2019.properties", "riksnorm-2021.properties",
            "riksnorm-2023.properties", "riksnorm-2026-demo.properties");

    private Normtabeller() {
    }

    static Normtabell las(String fil) {
        try (Reader r = oppna("norm/" + fil)) {
            return NormtabellParser.parseNormtabell(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Normtabell ar(int ar) {
        return FILER.stream().filter(f -> f.startsWith("riksnorm-" + ar)).map(Normtabeller::las)
                .findFirst().orElseThrow();
    }

    public static PrisbasbeloppTabell prisbasbelopp() {
        try (Reader r = oppna("norm/prisbasbelopp.properties")) {
            return NormtabellParser.parsePrisbasbelopp(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static InMemoryNormtabellRepository repository() {
        InMemoryNormtabellRepository repo = new InMemoryNormtabellRepository();
        FILER.forEach(f -> repo.spara(las(f)));
        return repo;
    }

    static Reader oppna(String resurs) {
        InputStream in = Normtabeller.class.getClassLoader().getResourceAsStream(resurs);
        if (in == null) {
            throw new IllegalStateException("resource missing: " + resurs);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
