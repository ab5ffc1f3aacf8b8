package io.paybridge.payout.account.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.payout.fixture.AccountPayoutDatabase;
import io.paybridge.payout.fixture.PayoutDatabase;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** After the order memory, an order's end user and an account nobody was named for are forgotten; attributed accounts stay. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class KnownAccountPurgeRepositoryTest {

    private static final String ACCOUNT = "INSERT INTO known_account (psp_order_id, account_id, end_user_id, verified,"
            + " notification_id, reported_at) VALUES ($1, $2, $3::varchar, true, $4, now() - interval '8 days')";

    @Inject
    KnownAccountPurge purge;

    @Inject
    AccountPayoutDatabase payouts;

    @Inject
    PayoutDatabase database;

    @Test
    void onlyWhatCanNoLongerBeAttributedIsForgotten() throws Throwable {
        String unattributed = id();
        String attributed = id();
        String order = "ord-" + UUID.randomUUID();
        database.execute(ACCOUNT, "ord-" + UUID.randomUUID(), unattributed, null, id());
        database.execute(ACCOUNT, "ord-" + UUID.randomUUID(), attributed, "user-" + UUID.randomUUID(), id());
        database.execute("INSERT INTO order_end_user (psp_order_id, end_user_id, seen_at) VALUES ($1, 'user-x',"
                + " now() - interval '8 days')", order);

        int removed = VertxContextSupport.subscribeAndAwait(() -> purge.purge(Instant.now()));

        assertThat(removed).isGreaterThanOrEqualTo(2);
        assertThat(payouts.accountReports(unattributed)).isZero();
        assertThat(payouts.accountReports(attributed)).isEqualTo(1);
        assertThat(payouts.orderEndUsers(order)).isZero();
    }

    private static String id() {
        return Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits() % 10_000_000_000L));
    }
}
