package io.paybridge.payout.refund.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Claims sends of refunds whose PSP answer is still awaited (REQUESTED or UNKNOWN), each claim counting an attempt
 * in its own short transaction before the PSP is called. Replicas claim with {@code SKIP LOCKED}, so one refund is
 * not resent by two of them at once; a resend is harmless anyway, being the identical request.
 */
@ApplicationScoped
public class RefundAttempts {

    private static final String RETURNING = " RETURNING refund_id, order_ref, psp_order_id, amount_minor, currency, uuid";
    private static final String CLAIM_ONE = "UPDATE refund SET attempts = attempts + 1, last_attempt_at = now(),"
            + " version = version + 1 WHERE refund_id = $1 AND status IN ('REQUESTED', 'UNKNOWN')" + RETURNING;
    private static final String CLAIM_DUE = "UPDATE refund SET attempts = attempts + 1, last_attempt_at = now(),"
            + " version = version + 1 WHERE refund_id IN (SELECT refund_id FROM refund"
            + " WHERE status IN ('REQUESTED', 'UNKNOWN') AND last_attempt_at < now() - make_interval(secs => $1)"
            + " ORDER BY last_attempt_at LIMIT $2 FOR UPDATE SKIP LOCKED)" + RETURNING;

    private final Pool pool;

    public RefundAttempts(Pool pool) {
        this.pool = pool;
    }

    /** A send of {@code refundId} if it still awaits the PSP's answer. */
    public Uni<Optional<RefundCall>> claim(String refundId) {
        return pool.withTransaction(connection -> connection.preparedQuery(CLAIM_ONE).execute(Tuple.of(refundId)))
                .map(rows -> calls(rows).stream().findFirst());
    }

    /** Sends of at most {@code limit} refunds whose last attempt is older than {@code waited}, the longest waiting first. */
    public Uni<List<RefundCall>> claimDue(Duration waited, int limit) {
        return pool.withTransaction(connection -> connection.preparedQuery(CLAIM_DUE)
                        .execute(Tuple.of(waited.toMillis() / 1000.0, limit)))
                .map(RefundAttempts::calls);
    }

    private static List<RefundCall> calls(RowSet<Row> rows) {
        List<RefundCall> calls = new ArrayList<>();
        for (Row row : rows) {
            calls.add(new RefundCall(row.getString("refund_id"), row.getString("order_ref"), row.getString("psp_order_id"),
                    row.getLong("amount_minor"), row.getString("currency"), row.getUUID("uuid")));
        }
        return calls;
    }
}
