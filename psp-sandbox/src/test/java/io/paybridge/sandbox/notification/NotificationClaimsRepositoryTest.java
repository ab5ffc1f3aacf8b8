package io.paybridge.sandbox.notification;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.paybridge.sandbox.fixture.Db;
import io.paybridge.sandbox.fixture.FakeMerchant;
import io.paybridge.sandbox.fixture.TestOrders;
import io.paybridge.sandbox.order.SandboxOrder;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Claims against PostgreSQL: concurrent claimers get disjoint notifications, and an order's k-th is leased k times as long. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class NotificationClaimsRepositoryTest {

    /** Due this far ahead, the running worker leaves them alone; the claims below look that far. */
    private static final Duration AHEAD = Duration.ofSeconds(30);

    @Inject
    NotificationClaims claims;
    @Inject
    NotificationScheduler scheduler;
    @Inject
    Pollers pollers;

    private FakeMerchant merchant;

    @BeforeEach
    void startMerchant() throws Exception {
        merchant = FakeMerchant.start("claims");
    }

    @AfterEach
    void stopMerchant() {
        merchant.close();
    }

    @Test
    void twoClaimersAtOnceShareTheDueNotificationsWithoutOverlap() throws Throwable {
        SandboxOrder order = TestOrders.deposit(merchant).create();
        List<Long> scheduled = schedule(order, 6);
        Instant cutoff = Instant.now().plus(AHEAD);

        List<List<NotificationClaims.Claimed>> both = VertxContextSupport.subscribeAndAwait(() -> Uni.join().all(
                pollers.onOwnContext(() -> claims.claim(50, cutoff)), pollers.onOwnContext(() -> claims.claim(50, cutoff))).andFailFast());

        List<Long> first = idsOf(both.get(0), order);
        List<Long> second = idsOf(both.get(1), order);
        assertThat(first.stream().filter(second::contains)).as("claimed by both").isEmpty();
        List<Long> all = new ArrayList<>(first);
        all.addAll(second);
        assertThat(all).containsExactlyInAnyOrderElementsOf(scheduled);
    }

    @Test
    void anOrdersNotificationsAreLeasedLongerTheLaterTheirTurn() throws Throwable {
        SandboxOrder order = TestOrders.deposit(merchant).create();
        List<Long> scheduled = schedule(order, 3);
        Instant before = Instant.now();

        List<NotificationClaims.Claimed> claimed = VertxContextSupport.subscribeAndAwait(
                () -> pollers.onOwnContext(() -> claims.claim(50, Instant.now().plus(AHEAD))));

        List<NotificationClaims.Claimed> mine = claimed.stream().filter(c -> c.notification().orderId.equals(order.orderId)).toList();
        assertThat(mine).extracting(c -> c.notification().notificationId).containsExactlyElementsOf(scheduled);
        assertThat(mine).extracting(NotificationClaims.Claimed::attemptNo).containsOnly(1);
        Instant firstLease = mine.get(0).notification().dueAt;
        assertThat(firstLease).isAfterOrEqualTo(before.plus(Duration.ofMinutes(1)));
        assertThat(Duration.between(firstLease, mine.get(1).notification().dueAt)).isEqualTo(Duration.ofMinutes(1));
        assertThat(Duration.between(firstLease, mine.get(2).notification().dueAt)).isEqualTo(Duration.ofMinutes(2));
        List<NotificationClaims.Claimed> again = VertxContextSupport.subscribeAndAwait(
                () -> pollers.onOwnContext(() -> claims.claim(50, Instant.now().plus(AHEAD))));
        assertThat(idsOf(again, order)).as("leased notifications are not claimed again").isEmpty();
    }

    private static List<Long> idsOf(List<NotificationClaims.Claimed> claimed, SandboxOrder order) {
        return claimed.stream().map(NotificationClaims.Claimed::notification)
                .filter(n -> n.orderId.equals(order.orderId)).map(n -> n.notificationId).toList();
    }

    /** Queues {@code count} notifications due a little ahead, in one transaction; their ids in due order. */
    private List<Long> schedule(SandboxOrder order, int count) {
        return Db.inTransaction(() -> {
            Uni<List<Long>> ids = Uni.createFrom().item(new ArrayList<>());
            for (int i = 0; i < count; i++) {
                ids = ids.call(so -> scheduler.schedule(order, "pending", JsonNodeFactory.instance.objectNode()
                        .put("amount", "100.00").put("currency", "SEK"), AHEAD.dividedBy(2)).invoke(n -> so.add(n.notificationId)));
            }
            return ids;
        });
    }
}
