package io.paybridge.support.logging;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.handlers.ConsoleHandler;

/**
 * Switches the console log to one JSON object per line when the application starts (the few lines
 * Quarkus writes while booting stay text). The MDC, which carries {@code traceId} and {@code spanId},
 * is part of every line; messages never carry personal data, so none is added here.
 */
@ApplicationScoped
public class JsonConsoleLogs {

    void switchAtStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start, LogConfig config) {
        if (config.json()) {
            consoleHandlers().forEach(handler -> handler.setFormatter(new JsonLineFormatter()));
        }
    }

    /** The console handlers of the root logger, including those Quarkus wraps in its own handlers. */
    static List<ConsoleHandler> consoleHandlers() {
        List<ConsoleHandler> found = new ArrayList<>();
        for (Handler handler : LogContext.getLogContext().getLogger("").getHandlers()) {
            collect(handler, found);
        }
        return found;
    }

    private static void collect(Handler handler, List<ConsoleHandler> found) {
        if (handler instanceof ConsoleHandler console) {
            found.add(console);
        }
        if (handler instanceof ExtHandler parent) {
            for (Handler child : parent.getHandlers()) {
                collect(child, found);
            }
        }
    }
}
