package se.bistand.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import se.bistand.app.berakning.BerakningsJson;
import se.bistand.app.berakning.Berakningsspecifikation;
import se.bistand.persistence.berakning.NormtabellResurser;
import se.bistand.domain.berakning.BerakningsResultat;
import se.bistand.domain.berakning.BerakningsUnderlag;
import se.bistand.domain.berakning.Hushallsmedlem;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code admin calc [--explain] < household.json}: one household in the exchange format of
 * {@code calc-format.md} on standard input, the result as JSON on standard output. Uses the
 * same domain calculator as the UI ({@code Berakningstjanst}) over the norm tables shipped on
 * the class path; needs no database. Bad input: a message naming the field on standard error,
 * exit 2, nothing on standard output.
 */
@Command(name = "calc", description = "Beräknar försörjningsstöd för ett hushåll (JSON på standard in, JSON ut).")
final class Calc implements Callable<Integer> {

    @ParentCommand
    AdminCli admin;

    @Option(names = "--explain", description = "Skriv också en läsbar specifikation på standard fel.")
    boolean explain;

    @Override
    public Integer call() throws IOException {
        String json = new String(admin.stdin.readAllBytes(), StandardCharsets.UTF_8);
        BerakningsUnderlag underlag = BerakningsJson.las(json);
        BerakningsResultat r = NormtabellResurser.berakningstjanst().berakna(underlag);
        String ut = BerakningsJson.skriv(r);
        if (explain) {
            PrintWriter err = admin.spec.commandLine().getErr();
            err.print(Berakningsspecifikation.somText(Berakningsspecifikation.rader(r,
                    underlag.medlemmar().stream().map(Hushallsmedlem::roll).toList(), Optional.empty()),
                    Berakningsspecifikation.normtabellText(r)));
            err.flush();
        }
        PrintWriter out = admin.spec.commandLine().getOut();
        out.println(ut);
        out.flush();
        return 0;
    }
}
