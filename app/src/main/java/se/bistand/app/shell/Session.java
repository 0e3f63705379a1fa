package se.bistand.app.shell;

import se.bistand.app.AppContext;
import se.bistand.app.ui.BackgroundRunner;
import se.bistand.domain.behorighet.Aktor;

/** The signed-in user's session: who, against which database, and the background runner. */
public record Session(AppContext ctx, Aktor aktor, BackgroundRunner runner, boolean demo) {
}
