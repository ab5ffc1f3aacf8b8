package io.paybridge.checkout.charge;

import io.paybridge.checkout.charge.domain.CancelWindow;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The clock and cancel window charges use; a test replaces the {@link Clock} bean to fix "now". */
@Singleton
public class ChargeClock {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    CancelWindow cancelWindow(ChargeSettings settings, Clock clock) {
        return new CancelWindow(settings.zone(), clock);
    }
}
