package io.paybridge.checkout.link.persistence;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jboss.logging.Logger;

/**
 * Erases the end user's name, email, country, locale, phone and national id from links that are closed:
 * paid or reversed (a CREDITED or DEBITED attempt), cancelled, or expired. They were kept only so that Pay
 * could make a Deposit; a closed link makes none. The merchant's end-user id, amounts and attempts stay.
 */
@ApplicationScoped
public class PaymentLinkErasure {

    private static final Logger LOG = Logger.getLogger(PaymentLinkErasure.class);
    private static final String ERASE = "UPDATE payment_link l SET end_user_first_name = NULL, end_user_last_name = NULL,"
            + " end_user_email = NULL, end_user_country = NULL, end_user_locale = NULL, end_user_phone = NULL,"
            + " end_user_national_id = NULL, personal_data_erased_at = $1"
            + " WHERE personal_data_erased_at IS NULL AND (cancelled_at IS NOT NULL OR expires_at <= $1 OR EXISTS ("
            + "SELECT 1 FROM payment_link_attempt a JOIN deposit_order d ON d.order_ref = a.order_ref"
            + " WHERE a.link_id = l.link_id AND d.status IN ('CREDITED', 'DEBITED')))";

    private final Pool pool;

    public PaymentLinkErasure(Pool pool) {
        this.pool = pool;
    }

    @Scheduled(identity = "payment-link-erasure", every = "${paybridge.payment-link.erasure-interval:5m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return eraseClosed(Instant.now())
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("erasing closed payment links' personal data failed, will retry: %s", failure.toString());
                    return 0;
                })
                .replaceWithVoid();
    }

    /** Erases the personal data of every link closed at {@code now}; returns how many links. */
    public Uni<Integer> eraseClosed(Instant now) {
        return pool.preparedQuery(ERASE).execute(Tuple.of(OffsetDateTime.ofInstant(now, ZoneOffset.UTC)))
                .map(result -> result.rowCount());
    }
}
