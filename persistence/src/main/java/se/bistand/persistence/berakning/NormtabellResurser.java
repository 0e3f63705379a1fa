package se.bistand.persistence.berakning;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import se.bistand.domain.berakning.Berakningstjanst;
import se.bistand.domain.berakning.InMemoryNormtabellRepository;
import se.bistand.domain.berakning.Normtabell;
import se.bistand.domain.berakning.NormtabellParser;
import se.bistand.domain.berakning.PrisbasbeloppTabell;

/**
 * The norm tables and prisbasbelopp shipped on the class path ({@code norm/} in the resources
 * module). {@code norm/tabeller.txt} lists the table files, since a class path cannot be
 * listed portably. Used by {@code admin calc} (no database) and to seed the database.
 */
public final class NormtabellResurser {

    public static final String MAPP = "norm/";
    public static final String LISTA = MAPP + "tabeller.txt";
    public static final String PRISBASBELOPP = MAPP + "prisbasbelopp.properties";

    private NormtabellResurser() {
    }

    /** The file names listed in {@code norm/tabeller.txt}, in order. */
    public static List<String> filer() {
        try (BufferedReader r = new BufferedReader(oppna(LISTA))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of one shipped table file. */
    public static String text(String fil) {
        try (BufferedReader r = new BufferedReader(oppna(MAPP + fil))) {
            return String.join("\n", r.lines().toList()) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every shipped table, parsed. */
    public static List<Normtabell> tabeller() {
        return filer().stream().map(f -> NormtabellParser.parseNormtabell(text(f))).toList();
    }

    public static PrisbasbeloppTabell prisbasbelopp() {
        try (Reader r = oppna(PRISBASBELOPP)) {
            return NormtabellParser.parsePrisbasbelopp(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A calculator over the shipped (confirmed) tables only, without a database. */
    public static Berakningstjanst berakningstjanst() {
        InMemoryNormtabellRepository repo = new InMemoryNormtabellRepository();
        tabeller().forEach(repo::spara);
        return new Berakningstjanst(repo, prisbasbelopp());
    }

    private static Reader oppna(String resurs) {
        InputStream in = NormtabellResurser.class.getClassLoader().getResourceAsStream(resurs);
        if (in == null) {
            throw new IllegalStateException("resource missing on the class path: " + resurs);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
