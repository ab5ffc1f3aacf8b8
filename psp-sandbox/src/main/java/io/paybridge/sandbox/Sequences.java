package io.paybridge.sandbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** The next value of one of the sandbox's PostgreSQL sequences (order, account, notification, settlement ids). */
public final class Sequences {

    private Sequences() {
    }

    /** {@code nextval} of {@code psp_sandbox.<sequence>} in the current session. */
    public static Uni<Long> next(String sequence) {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("select nextval('psp_sandbox." + sequence + "')", Long.class).getSingleResult());
    }
}
