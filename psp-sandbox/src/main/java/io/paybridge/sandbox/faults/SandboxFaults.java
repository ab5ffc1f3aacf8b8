package io.paybridge.sandbox.faults;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The faults in force, set by {@code PUT /sandbox/faults}. They are test settings, kept in memory:
 * a restart clears them (orders, notifications and money are in PostgreSQL and survive).
 */
@ApplicationScoped
public class SandboxFaults {

    /** Both kinds of fault together. */
    public record Settings(ApiFaults api, NotificationFaults notifications) {
        public static final Settings NONE = new Settings(ApiFaults.NONE, NotificationFaults.NONE);

        public Settings {
            api = api == null ? ApiFaults.NONE : api;
            notifications = notifications == null ? NotificationFaults.NONE : notifications;
        }
    }

    /** What to do with an API call after it was executed. */
    public enum AfterExecuting { ANSWER, ERROR, DROP }

    private final AtomicReference<Settings> settings = new AtomicReference<>(Settings.NONE);

    public Settings current() {
        return settings.get();
    }

    public void replace(Settings replacement) {
        settings.set(replacement == null ? Settings.NONE : replacement);
    }

    /** Consumes one after-executing fault for {@code method}, if one is pending: drops first, then errors. */
    public AfterExecuting takeAfterExecuting(String method) {
        while (true) {
            Settings now = settings.get();
            ApiFaults api = now.api();
            if (!api.appliesTo(method) || (api.dropsAfterExecuting() <= 0 && api.errorsAfterExecuting() <= 0)) {
                return AfterExecuting.ANSWER;
            }
            boolean drop = api.dropsAfterExecuting() > 0;
            ApiFaults next = drop
                    ? new ApiFaults(api.latencyMs(), api.errorsAfterExecuting(), api.dropsAfterExecuting() - 1, api.methods())
                    : new ApiFaults(api.latencyMs(), api.errorsAfterExecuting() - 1, 0, api.methods());
            if (settings.compareAndSet(now, new Settings(next, now.notifications()))) {
                return drop ? AfterExecuting.DROP : AfterExecuting.ERROR;
            }
        }
    }
}
