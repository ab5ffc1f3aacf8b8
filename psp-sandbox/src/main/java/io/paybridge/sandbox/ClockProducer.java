package io.paybridge.sandbox;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The one {@link Clock} the sandbox reads time from, so tests can move it (charge deadlines, settlement dates). */
@Singleton
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
