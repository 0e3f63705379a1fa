package se.bistand.app.shell;

import se.bistand.app.AppContext;
import se.bistand.app.ui.BackgroundRunner;
import se.bistand.domain.behorighet.Aktor;

/**
 * The signed-in user's session: who, against which database, the background runner, and the
 * shell port ({@link Skal}) for what a feature asks of the main window.
 */
public record Session(AppContext ctx, Aktor aktor, BackgroundRunner runner, boolean demo, Skal skal) {

    /** A session without a main window (view-model tests, screens shown on their own). */
    public Session(AppContext ctx, Aktor aktor, BackgroundRunner runner, boolean demo) {
        this(ctx, aktor, runner, demo, Skal.inget());
    }

    /** The same session answered by the given shell (the main window passes itself). */
    public Session medSkal(Skal nytt) {
        return new Session(ctx, aktor, runner, demo, nytt);
    }
}
