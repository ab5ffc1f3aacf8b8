package io.paybridge.ingest.rejection;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.paybridge.ingest.inbox.Psp;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Records a refused callback: a counter per PSP and reason, a log line and an audit row with the
 * body's hash and the remote address, never the body. Recording never fails the answer: an audit
 * row that cannot be written (the database is down) is logged and dropped.
 */
@ApplicationScoped
public class Rejections {

    private static final Logger LOG = Logger.getLogger(Rejections.class);
    private static final String INSERT = "INSERT INTO rejected_notification (psp, reason, body_sha256, remote_address)"
            + " VALUES ($1, $2, $3, $4)";

    private final Pool pool;
    private final MeterRegistry registry;

    public Rejections(Pool pool, MeterRegistry registry) {
        this.pool = pool;
        this.registry = registry;
    }

    /** Counts, logs and audits the refusal; completes when the audit row is written or given up. */
    public Uni<Void> record(Psp psp, RejectionReason reason, String bodySha256, String remoteAddress) {
        counter(psp, reason).increment();
        LOG.warnf("rejected %s callback: %s (body sha256 %s, from %s)", psp.tag(), reason.tag(),
                bodySha256 == null ? "-" : bodySha256, remoteAddress);
        return pool.preparedQuery(INSERT).execute(Tuple.of(psp.name(), reason.name(), bodySha256, remoteAddress))
                .replaceWithVoid()
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("the audit row of a rejected %s callback was not written: %s", psp.tag(), failure.toString());
                    return null;
                });
    }

    private Counter counter(Psp psp, RejectionReason reason) {
        return Counter.builder("paybridge.ingest.callbacks.rejected")
                .description("Callbacks refused before anything was stored, by PSP and reason")
                .tag("psp", psp.tag()).tag("reason", reason.tag())
                .register(registry);
    }
}
