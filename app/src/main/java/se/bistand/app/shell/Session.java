package se.bistand.app.shell;

import se.bistand.app.Tjanster;
import se.bistand.app.ui.BackgroundRunner;
import se.bistand.domain.behorighet.Aktor;

/**
 * The signed-in user's session: who, the background runner, whether this is a demo
 * installation, the shell port ({@link Skal}) for what a feature asks of the main window, and the
 * services a view hands on to its view-model's constructor. A view-model uses the session for
 * the actor and the runner only; it never reaches {@link #tjanster()} (ArchUnit).
 */
public record Session(Tjanster tjanster, Aktor aktor, BackgroundRunner runner, boolean demo, Skal skal) {

    /** A session without a main window (view-model tests, screens shown on their own). */
    public Session(Tjanster tjanster, Aktor aktor, BackgroundRunner runner, boolean demo) {
        this(tjanster, aktor, runner, demo, Skal.inget());
    }

    /** The same session answered by the given shell (the main window passes itself). */
    public Session medSkal(Skal nytt) {
        return new Session(tjanster, aktor, runner, demo, nytt);
    }
}
