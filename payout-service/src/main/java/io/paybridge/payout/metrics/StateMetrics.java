package io.paybridge.payout.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.paybridge.payout.accountpayout.domain.PayoutStatus;
import io.paybridge.payout.refund.domain.RefundStatus;
import io.paybridge.payout.withdrawal.domain.WithdrawalStatus;
import io.paybridge.support.metrics.StatusGauges;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Refunds, account payouts and withdrawals by state, as gauges ({@code paybridge_payout_refunds},
 * {@code paybridge_payout_payouts}, {@code paybridge_payout_withdrawals}, each by {@code status}), counted from the
 * database every {@code paybridge.payout.metrics.interval}: what is stuck UNKNOWN or AWAITING_APPROVAL shows up here.
 */
// Started eagerly: its gauges must exist from the first scrape.
@Startup
@ApplicationScoped
public class StateMetrics {

    private static final Logger LOG = Logger.getLogger(StateMetrics.class);

    private final List<StatusGauges> gauges;

    public StateMetrics(MeterRegistry registry, Pool pool) {
        this.gauges = List.of(
                new StatusGauges(registry, pool, "paybridge.payout.refunds", "Refunds by state", "refund", names(RefundStatus.values())),
                new StatusGauges(registry, pool, "paybridge.payout.payouts", "Account payouts by state", "account_payout",
                        names(PayoutStatus.values())),
                new StatusGauges(registry, pool, "paybridge.payout.withdrawals", "Withdrawals by state", "withdrawal",
                        names(WithdrawalStatus.values())));
    }

    @Scheduled(identity = "payout-state-metrics", every = "${paybridge.payout.metrics.interval:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refresh() {
        return Uni.join().all(gauges.stream().map(StatusGauges::refresh).toList()).andCollectFailures().replaceWithVoid()
                .onFailure().recoverWithUni(failure -> {
                    LOG.warnf("could not count refunds, payouts and withdrawals by state: %s", failure.toString());
                    return Uni.createFrom().voidItem();
                });
    }

    @PreDestroy
    void close() {
        gauges.forEach(StatusGauges::close);
    }

    private static List<String> names(Enum<?>[] statuses) {
        return Arrays.stream(statuses).map(Enum::name).toList();
    }
}
