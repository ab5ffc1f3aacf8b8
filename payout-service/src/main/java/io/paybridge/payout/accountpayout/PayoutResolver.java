package io.paybridge.payout.accountpayout;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Resolves account payouts without a definite answer: REQUESTED ones whose send never recorded an answer (a crash,
 * a lost connection) and UNKNOWN ones are resent when due, always as the identical AccountPayout with the stored
 * MessageID and UUID, so the PSP answers with its first answer and never makes a second payout. The wait doubles per
 * attempt ({@code paybridge.payout.account-payouts.*}); replicas share the due payouts ({@code FOR UPDATE SKIP LOCKED}).
 * A notification on the payout's order resolves it as well.
 */
@ApplicationScoped
public class PayoutResolver {

    private static final Logger LOG = Logger.getLogger(PayoutResolver.class);

    private final PayoutBook book;
    private final AccountPayouts payouts;
    private final AccountPayoutConfig config;

    public PayoutResolver(PayoutBook book, AccountPayouts payouts, AccountPayoutConfig config) {
        this.book = book;
        this.payouts = payouts;
        this.config = config;
    }

    @Scheduled(identity = "account-payout-resolver", every = "${paybridge.payout.account-payouts.resend-every:30s}",
            delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return resendDue(Instant.now()).onFailure().recoverWithItem(failure -> {
            LOG.warnf("account payout resolver failed, will retry: %s", failure.toString());
            return List.of();
        }).replaceWithVoid();
    }

    /** Resends the payouts due at {@code now}, one after the other; returns the ids of those resent. */
    public Uni<List<String>> resendDue(Instant now) {
        return Panache.withTransaction(() -> book.claimDue(now, config.resendBatch()))
                .chain(due -> Multi.createFrom().iterable(due)
                        .onItem().transformToUniAndConcatenate(claimed -> payouts.resend(claimed)
                                .invoke(payout -> LOG.infof("account payout %s resent (attempt %d): %s", payout.payoutId,
                                        payout.sendAttempts, payout.status))
                                .map(payout -> payout.payoutId))
                        .collect().asList());
    }
}
