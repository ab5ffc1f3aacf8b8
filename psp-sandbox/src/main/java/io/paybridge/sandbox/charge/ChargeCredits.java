package io.paybridge.sandbox.charge;

import io.paybridge.sandbox.account.BankAccount;
import io.paybridge.sandbox.ledger.Bookings;
import io.paybridge.sandbox.notification.OrderNotices;
import io.paybridge.sandbox.order.OrderKind;
import io.paybridge.sandbox.order.OrderState;
import io.paybridge.sandbox.order.SandboxOrder;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.List;

/**
 * Collects due direct-debit charges: PENDING to CREDITED, the amount booked on the merchant account and a
 * {@code credit} notification queued, each charge in its own transaction.
 */
@ApplicationScoped
public class ChargeCredits {

    private static final Logger LOG = Logger.getLogger(ChargeCredits.class);

    private final Clock clock;
    private final ChargeConfig config;
    private final Bookings bookings;
    private final OrderNotices notifications;

    public ChargeCredits(Clock clock, ChargeConfig config, Bookings bookings, OrderNotices notifications) {
        this.clock = clock;
        this.config = config;
        this.bookings = bookings;
        this.notifications = notifications;
    }

    @Scheduled(every = "${paybridge.sandbox.charges.poll-every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> collectScheduled() {
        return collectDue().replaceWithVoid();
    }

    /** Collects every charge that is due now; answers how many were collected. */
    public Uni<Integer> collectDue() {
        return Panache.withSession(() -> SandboxOrder.<SandboxOrder>list("kind = ?1 and state = ?2 order by createdAt",
                        OrderKind.CHARGE, OrderState.PENDING))
                .map(pending -> pending.stream()
                        .filter(charge -> ChargeCalendar.isDue(charge, clock.instant(), config.asapDelay()))
                        .map(charge -> charge.orderId).toList())
                .flatMap(this::collectAll);
    }

    private Uni<Integer> collectAll(List<Long> orderIds) {
        return Multi.createFrom().iterable(orderIds)
                .onItem().transformToUniAndConcatenate(this::collect)
                .collect().asList()
                .map(collected -> (int) collected.stream().filter(Boolean::booleanValue).count());
    }

    private Uni<Boolean> collect(long orderId) {
        return Panache.withTransaction(() -> SandboxOrder.<SandboxOrder>findById(orderId, LockModeType.PESSIMISTIC_WRITE)
                        .flatMap(charge -> {
                            // cancelled or collected since it was listed
                            if (charge.state != OrderState.PENDING || !ChargeCalendar.isDue(charge, clock.instant(), config.asapDelay())) {
                                return Uni.createFrom().item(false);
                            }
                            charge.moveTo(OrderState.CREDITED);
                            return BankAccount.<BankAccount>findById(charge.accountId)
                                    .flatMap(account -> bookings.chargeCredited(charge, account == null ? null : account.clearinghouse))
                                    .flatMap(booked -> notifications.credit(charge, charge))
                                    .replaceWith(true);
                        }))
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf(failure, "charge %d could not be collected now; the next run tries again", orderId);
                    return false;
                });
    }
}
