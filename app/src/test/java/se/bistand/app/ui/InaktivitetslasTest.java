package se.bistand.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The lock screen comes by itself after the configured idle time. */
class InaktivitetslasTest extends FxTestBas {

    @Override
    protected void konfigurera(Properties p) {
        p.setProperty("las.inaktivSekunder", "1");
    }

    @Test
    void locksAfterTheConfiguredIdleTime() {
        loggaInSom("anna");
        vantaPa(() -> fonster.huvudfonster().arLast());
        assertThat(finns("#lasskarm")).isTrue();
    }
}
